/**
 * Likelihood and impact of what each built-in rule finds, in the words a risk register uses: what has to
 * happen for the risk to strike (or that it holds already), and what it costs when it does. The figures
 * behind a finding (its evidence facts, its blast radius) are printed beside these in the report; the
 * sources of the rates are the rules' own references (`kestra explain <rule>`).
 */

export interface RiskProfile {
  readonly likelihood: string;
  readonly impact: string;
}

const profiles: Readonly<Record<string, RiskProfile>> = {
  'availability/n-plus-one': { likelihood: 'on the next node failure', impact: 'HA guests stay down although HA is enabled' },
  'availability/single-point-of-failure': { likelihood: 'on any fault of this one component', impact: 'outage of every service it carries until it is repaired' },
  'backup/no-backup': { likelihood: 'on the first deletion, corruption, ransomware or failed upgrade', impact: 'the workload and its data are lost' },
  'backup/no-immutable-copy': { likelihood: 'when ransomware or a stolen admin account reaches the backups', impact: 'every backup copy can be deleted or encrypted' },
  'backup/no-offsite-copy': { likelihood: 'on fire, theft, flood or a surge at the site', impact: 'every copy is lost together with the originals' },
  'backup/offsite-copy-unencrypted': { likelihood: 'whenever someone at the offsite location reads the disk', impact: 'every backed-up file and guest disk is readable by others' },
  'backup/restore-untested': { likelihood: 'a broken backup is found only at restore time', impact: 'the restore fails when it is needed' },
  'backup/rpo-not-met': { likelihood: 'certain on the worst day: the schedule already exceeds the RPO', impact: 'more data lost than the recovery point objective allows' },
  'backup/rto-not-met': { likelihood: 'certain on the next full restore: the estimate already exceeds the RTO', impact: 'the outage runs past the recovery time objective' },
  'backup/target-shares-fate-with-source': { likelihood: 'on a fault, theft or corruption of the shared host or pool', impact: 'data and backup are lost together' },
  'cluster/corosync-without-redundant-link': { likelihood: 'when backup or migration traffic saturates the shared link, or it fails', impact: 'nodes lose quorum; HA fences them' },
  'cluster/ha-guest-without-shared-storage': { likelihood: 'on the next failure of the guest’s node', impact: 'the HA guest cannot restart elsewhere' },
  'cluster/ha-with-fewer-than-three-votes': { likelihood: 'on any node or link failure', impact: 'the survivor fences itself instead of recovering guests' },
  'cluster/two-node-without-qdevice': { likelihood: 'on any node or link failure, planned reboots included', impact: 'the survivor loses quorum: /etc/pve read-only, no HA restart' },
  'compute/memory-overcommit': { likelihood: 'whenever the guests use the memory they were given', impact: 'swapping, ballooning stalls or the OOM killer stopping a guest' },
  'compute/vcpu-overcommit': { likelihood: 'whenever several guests are busy at once', impact: 'guests wait for CPU time; latency-sensitive services slow down' },
  'general/open-question': { likelihood: 'unknown until the question is answered', impact: 'the rules that need the figure cannot judge it' },
  'network/device-config-not-backed-up': { likelihood: 'on the device’s failure or a bad firmware upgrade', impact: 'hours rebuilding VLANs, firewall rules and VPN peers from memory' },
  'network/flat-network-with-iot': { likelihood: 'as soon as one IoT device is compromised', impact: 'it can reach every laptop, NAS and hypervisor' },
  'network/link-saturated': { likelihood: 'every time the backup or migration flows run together', impact: 'latency-sensitive traffic (corosync, storage) starves' },
  'observability/alerting-depends-on-watched-hosts': { likelihood: 'when the hosts running the alerting go down', impact: 'the outage that matters most sends no alert' },
  'observability/host-not-monitored': { likelihood: 'on any fault of the host', impact: 'it is found when its services stop, not before' },
  'observability/no-backup-job-monitoring': { likelihood: 'whenever a job fails (full target, expired credential)', impact: 'the gap is found at restore time' },
  'observability/no-external-alert-route': { likelihood: 'when the site or its uplink is down', impact: 'no alert leaves the site' },
  'observability/no-scrub-monitoring': { likelihood: 'silent corruption accumulates between scrubs', impact: 'a resilver hits unrepaired errors' },
  'observability/no-smart-monitoring': { likelihood: 'most disk failures announce themselves and go unseen', impact: 'the first sign is a faulted disk' },
  'observability/no-ups-monitoring': { likelihood: 'on the next outage or failed self-test', impact: 'a worn battery is found when the power goes' },
  'observability/service-not-monitored': { likelihood: 'on any crash, expired certificate or full disk of the service', impact: 'users find the outage before the owner does' },
  'power/critical-device-not-on-ups': { likelihood: 'on every power blip', impact: 'the device reboots; services drop, hosts may crash mid-write' },
  'power/no-automated-shutdown': { likelihood: 'on any outage longer than the UPS runtime', impact: 'every host it feeds loses power mid-write' },
  'power/ups-overloaded': { likelihood: 'on every outage, and on the restart inrush after it', impact: 'minutes of runtime, or an overload trip' },
  'power/ups-runtime-too-short': { likelihood: 'on any outage long enough to start the shutdown', impact: 'hosts lose power mid-shutdown' },
  'security/admin-exposed-to-wan': { likelihood: 'scanned from the internet within minutes; exploited at scale', impact: 'an attacker with admin access to the exposed system' },
  'security/management-on-untrusted-vlan': { likelihood: 'any device on that VLAN can reach it today', impact: 'admin interfaces one compromised device away' },
  'security/management-reachable-from-untrusted': { likelihood: 'as soon as one IoT or guest device is compromised', impact: 'admin interfaces of the whole site within its reach' },
  'security/remote-access-by-port-forward': { likelihood: 'probed from the internet continuously', impact: 'the forwarded service exposed between patch releases' },
  'security/remote-access-without-mfa': { likelihood: 'when a client key or password leaks (a stolen laptop or phone)', impact: 'the inside of the network opens to the holder' },
  'security/secrets-in-inventory': { likelihood: 'whenever the inventory is shared, committed or pasted', impact: 'a leaked credential' },
  'security/zone-not-isolated': { likelihood: 'as soon as one IoT or guest device is compromised', impact: 'trusted, server and storage networks within its reach' },
  'storage/ceph-fewer-than-three-nodes': { likelihood: 'on any host or monitor failure', impact: 'the cluster stops or cannot place its replicas' },
  'storage/ceph-no-room-to-reheal': { likelihood: 'on the next host failure', impact: 'the cluster stays degraded until the host returns' },
  'storage/ceph-pool-replication': { likelihood: 'on the next OSD failure', impact: 'one copy left; a second error loses data' },
  'storage/critical-data-without-redundancy': { likelihood: 'on the next disk failure', impact: 'everything on the pool is lost; restore from backup' },
  'storage/pool-above-fill-limit': { likelihood: 'holds today', impact: 'fragmentation slows writes; no room for snapshots or resilvers' },
  'storage/pool-fills-within-six-months': { likelihood: 'within six months at the present growth', impact: 'the pool crosses its fill limit' },
  'storage/raidz1-large-disks': { likelihood: 'a second failure or read error during a long resilver', impact: 'the whole pool is lost' },
  'storage/single-parity-raid-large-disks': { likelihood: 'a second failure or read error during a long rebuild', impact: 'the whole array is lost' },
  'storage/smr-disk-in-zfs': { likelihood: 'on the next resilver', impact: 'the resilver takes days or drops the disk' },
};

/** The profile of `ruleId`; a custom rule without one is marked as not assessed rather than guessed. */
export function riskProfileOf(ruleId: string): RiskProfile {
  return profiles[ruleId] ?? { likelihood: 'not assessed (custom rule)', impact: 'see the rule’s message' };
}

/** Rule ids with a profile, for the test that every built-in rule has one. */
export const profiledRuleIds: readonly string[] = Object.keys(profiles);
