/**
 * The built-in rules, one line each, sorted by id. Adding a rule is one file under
 * builtin/<layer>/<rule-name>.ts (the file name is the id), one line here and its test cases.
 */
import type { AnyRule } from './rule.js';
import { nPlusOne } from './builtin/availability/n-plus-one.js';
import { singlePointOfFailure } from './builtin/availability/single-point-of-failure.js';
import { noBackup } from './builtin/backup/no-backup.js';
import { noImmutableCopy } from './builtin/backup/no-immutable-copy.js';
import { noOffsiteCopy } from './builtin/backup/no-offsite-copy.js';
import { offsiteCopyUnencrypted } from './builtin/backup/offsite-copy-unencrypted.js';
import { restoreUntested } from './builtin/backup/restore-untested.js';
import { rpoNotMet } from './builtin/backup/rpo-not-met.js';
import { rtoNotMet } from './builtin/backup/rto-not-met.js';
import { targetSharesFateWithSource } from './builtin/backup/target-shares-fate-with-source.js';
import { corosyncWithoutRedundantLink } from './builtin/cluster/corosync-without-redundant-link.js';
import { haGuestWithoutSharedStorage } from './builtin/cluster/ha-guest-without-shared-storage.js';
import { haWithFewerThanThreeVotes } from './builtin/cluster/ha-with-fewer-than-three-votes.js';
import { twoNodeWithoutQdevice } from './builtin/cluster/two-node-without-qdevice.js';
import { memoryOvercommit } from './builtin/compute/memory-overcommit.js';
import { vcpuOvercommit } from './builtin/compute/vcpu-overcommit.js';
import { openQuestion } from './builtin/general/open-question.js';
import { deviceConfigNotBackedUp } from './builtin/network/device-config-not-backed-up.js';
import { flatNetworkWithIot } from './builtin/network/flat-network-with-iot.js';
import { linkSaturated } from './builtin/network/link-saturated.js';
import { alertingDependsOnWatchedHosts } from './builtin/observability/alerting-depends-on-watched-hosts.js';
import { hostNotMonitored } from './builtin/observability/host-not-monitored.js';
import { noBackupJobMonitoring } from './builtin/observability/no-backup-job-monitoring.js';
import { noExternalAlertRoute } from './builtin/observability/no-external-alert-route.js';
import { noScrubMonitoring } from './builtin/observability/no-scrub-monitoring.js';
import { noSmartMonitoring } from './builtin/observability/no-smart-monitoring.js';
import { noUpsMonitoring } from './builtin/observability/no-ups-monitoring.js';
import { serviceNotMonitored } from './builtin/observability/service-not-monitored.js';
import { criticalDeviceNotOnUps } from './builtin/power/critical-device-not-on-ups.js';
import { noAutomatedShutdown } from './builtin/power/no-automated-shutdown.js';
import { upsOverloaded } from './builtin/power/ups-overloaded.js';
import { upsRuntimeTooShort } from './builtin/power/ups-runtime-too-short.js';
import { adminExposedToWan } from './builtin/security/admin-exposed-to-wan.js';
import { managementOnUntrustedVlan } from './builtin/security/management-on-untrusted-vlan.js';
import { managementReachableFromUntrusted } from './builtin/security/management-reachable-from-untrusted.js';
import { remoteAccessByPortForward } from './builtin/security/remote-access-by-port-forward.js';
import { remoteAccessWithoutMfa } from './builtin/security/remote-access-without-mfa.js';
import { secretsInInventory } from './builtin/security/secrets-in-inventory.js';
import { zoneNotIsolated } from './builtin/security/zone-not-isolated.js';
import { cephFewerThanThreeNodes } from './builtin/storage/ceph-fewer-than-three-nodes.js';
import { cephNoRoomToReheal } from './builtin/storage/ceph-no-room-to-reheal.js';
import { cephPoolReplication } from './builtin/storage/ceph-pool-replication.js';
import { criticalDataWithoutRedundancy } from './builtin/storage/critical-data-without-redundancy.js';
import { poolAboveFillLimit } from './builtin/storage/pool-above-fill-limit.js';
import { poolFillsWithinSixMonths } from './builtin/storage/pool-fills-within-six-months.js';
import { raidz1LargeDisks } from './builtin/storage/raidz1-large-disks.js';
import { singleParityRaidLargeDisks } from './builtin/storage/single-parity-raid-large-disks.js';
import { smrDiskInZfs } from './builtin/storage/smr-disk-in-zfs.js';

export const builtInRules: readonly AnyRule[] = [
  nPlusOne,
  singlePointOfFailure,
  noBackup,
  noImmutableCopy,
  noOffsiteCopy,
  offsiteCopyUnencrypted,
  restoreUntested,
  rpoNotMet,
  rtoNotMet,
  targetSharesFateWithSource,
  corosyncWithoutRedundantLink,
  haGuestWithoutSharedStorage,
  haWithFewerThanThreeVotes,
  twoNodeWithoutQdevice,
  memoryOvercommit,
  vcpuOvercommit,
  openQuestion,
  deviceConfigNotBackedUp,
  flatNetworkWithIot,
  linkSaturated,
  alertingDependsOnWatchedHosts,
  hostNotMonitored,
  noBackupJobMonitoring,
  noExternalAlertRoute,
  noScrubMonitoring,
  noSmartMonitoring,
  noUpsMonitoring,
  serviceNotMonitored,
  criticalDeviceNotOnUps,
  noAutomatedShutdown,
  upsOverloaded,
  upsRuntimeTooShort,
  adminExposedToWan,
  managementOnUntrustedVlan,
  managementReachableFromUntrusted,
  remoteAccessByPortForward,
  remoteAccessWithoutMfa,
  secretsInInventory,
  zoneNotIsolated,
  cephFewerThanThreeNodes,
  cephNoRoomToReheal,
  cephPoolReplication,
  criticalDataWithoutRedundancy,
  poolAboveFillLimit,
  poolFillsWithinSixMonths,
  raidz1LargeDisks,
  singleParityRaidLargeDisks,
  smrDiskInZfs,
];
