/**
 * Blueprint proxmox-cluster: a Proxmox VE cluster that survives one node failure. It decides quorum
 * (QDevice on an existing host, QDevice on a new SBC, a third node, or nothing), shared storage (ZFS
 * replication, Ceph, NFS from the NAS), the corosync links and which guests HA restarts, each by
 * stated rules over computed figures, then checks N+1 on the target it builds.
 */
import { builtInAnalyzers } from '../../../analyze/registry.js';
import { runAnalysis } from '../../../analyze/run-analysis.js';
import { nPlusOne } from '../../../failure/index.js';
import { formatMemory } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import type { Risk } from '../../blueprint.js';
import { defineBlueprint } from '../../blueprint.js';
import { purchaseAssumptions } from '../../purchase.js';
import { matchKeywords } from '../../keyword-match.js';
import { BLUEPRINT, clusterContext, haCandidates } from './cluster-context.js';
import { corosyncDecision } from './corosync-options.js';
import { haDecision, nodeMemory, nPlusOneMemory } from './ha-options.js';
import { quorumDecision } from './quorum-options.js';
import { storageDecision } from './storage-options.js';
import { transformCluster } from './transform.js';

export const proxmoxCluster = defineBlueprint({
  id: BLUEPRINT,
  title: 'Proxmox VE cluster',
  summary: 'quorum (QDevice or third node), shared storage (ZFS replication, Ceph, NFS), corosync links, HA and N+1',
  example: 'Design a two-node Proxmox cluster with shared storage and backup strategy',
  keywords: [
    { term: 'proxmox', synonyms: ['pve', 'proxmox ve'], weight: 3 },
    { term: 'cluster', synonyms: ['clustering'], weight: 2 },
    { term: 'quorum', synonyms: ['qdevice', 'corosync', 'qnetd'], weight: 3 },
    { term: 'high availability', synonyms: ['ha', 'failover'], weight: 2 },
    { term: 'shared storage', synonyms: ['replication', 'ceph'], weight: 2 },
    { term: 'node', synonyms: ['hypervisor'], weight: 1 },
    { term: 'live migration', weight: 2 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context) {
    const cluster = clusterContext(context);
    const quorum = quorumDecision(cluster);
    const nodeCount = quorum.choice.kind === 'third-node' ? cluster.nodes.length + 1 : cluster.nodes.length;
    const defaultHa = haCandidates(cluster.guests, ['critical', 'high']);
    const storage = storageDecision(cluster, nodeCount, defaultHa);
    const corosync = corosyncDecision(cluster, nodeCount);
    const memory = nodeMemory(context.analysis, cluster.nodes.map((node) => node.id));
    const ha = haDecision(cluster, memory);
    const built = transformCluster(cluster, quorum.choice, storage.choice, corosync.choice, ha.guests);
    // N+1 on the target itself, with its own analysis: what the plan promises, checked.
    const targetAnalysis = runAnalysis(built.model, builtInAnalyzers);
    const haGuests = built.model.workloads.filter((workload) => ha.guests.some((guest) => guest.id === workload.id));
    const check = nPlusOneMemory(nodeMemory(targetAnalysis, built.nodes), haGuests);
    const failing = check.filter((result) => result.shortfall === null || result.shortfall > 0);
    // The failure model's N+1 places each displaced guest on a survivor (first fit), per node failure.
    const placement = nPlusOne(built.model, targetAnalysis).results.filter((result) => result.cluster === cluster.clusterId);
    const unplaced = placement.filter((result) => !result.quorate || result.cannotRestart.length > 0);
    const qdeviceHost = built.model.clusters.proxmox.find((entity) => entity.id === cluster.clusterId)?.qdevice?.host;
    const replicated = storage.decision.choice.optionId === 'zfs-replication';
    const risks: Risk[] = [
      ...(qdeviceHost !== undefined
        ? [{ id: 'cluster/qdevice-shared-fate', description: `The QDevice on ${qdeviceHost} is the third vote: with ${qdeviceHost} down, one more node failure costs quorum, and HA nodes without quorum fence themselves after 60 s (watchdog).`, blastRadius: [cluster.clusterId, ...haGuests.map((guest) => guest.id)], mitigation: `Monitor ${qdeviceHost} and corosync-qnetd; never patch ${qdeviceHost} and a node at the same time.` }]
        : []),
      ...(replicated ? [{ id: 'cluster/replication-rpo', description: 'A failover restarts guests from the last replica: up to 15 min of writes are lost.', blastRadius: haGuests.map((guest) => guest.id), mitigation: 'Shorten the interval for guests with tighter RPOs (pvesr update <job> --schedule */5); keep backups for the rest.' }] : []),
      ...unplaced.map((result) => ({ id: `cluster/n-plus-one-placement-${result.failedNode}`, description: `The failure model finds that when ${result.failedNode} fails ${result.quorate ? `${result.cannotRestart.map((entry) => `${entry.guest} (${entry.reason})`).join(', ')} cannot restart` : 'the survivors lose quorum'}.`, blastRadius: result.displaced.slice(), mitigation: 'Free memory on the survivors or move the guests to shared or replicated storage.' })),
      ...failing.map((result) => ({ id: `cluster/n-plus-one-${result.failed}`, description: result.shortfall === null ? `N+1 cannot be checked when ${result.failed} fails: memory facts are unknown.` : `When ${result.failed} fails the survivors lack ${formatMemory(bytes(result.shortfall))} to restart its HA guests.`, blastRadius: haGuests.filter((guest) => guest.host === result.failed).map((guest) => guest.id), mitigation: 'Add memory, or take low-criticality guests out of HA.' })),
      { id: 'cluster/fencing', description: 'With HA active, a node that loses quorum reboots itself after the watchdog timeout (60 s), taking its guests with it.', blastRadius: built.nodes.slice(), mitigation: 'Keep corosync on its own link; test fencing once in a maintenance window.' },
    ];
    const validation = [
      'pvecm status: Quorate: Yes with the expected votes of the target; corosync-cfgtool -s shows every link connected',
      ...(replicated ? ['pvesr status: every replication job OK within one interval'] : []),
      'ha-manager status: every HA guest started; quorum OK',
      ...built.nodes.map((node) => `Failure drill in a maintenance window: power ${node} off; its HA guests (${haGuests.filter((guest) => guest.host === node).map((guest) => guest.id).join(', ') || 'none'}) run elsewhere within about 3 min (HA detection ~2 min), the cluster stays quorate`),
      ...check.map((result) => `N+1 when ${result.failed} fails: ${formatMemory(bytes(result.needed))} to restart, ${result.free === null ? 'unknown' : formatMemory(bytes(result.free))} free on the survivors${result.shortfall === 0 ? ' — holds' : ''}`),
      ...placement.map((result) => `Failure model, ${result.failedNode} down: ${result.quorate ? 'quorate' : 'NOT quorate'}; restarted ${result.restarted.map((entry) => `${entry.guest} → ${entry.to}`).join(', ') || 'nothing'}${result.cannotRestart.length > 0 ? `; cannot restart ${result.cannotRestart.map((entry) => `${entry.guest} (${entry.reason})`).join(', ')}` : ''}`),
    ];
    return {
      blueprint: BLUEPRINT,
      title: 'Proxmox VE cluster',
      summary: `${quorum.decision.options.find((option) => option.id === quorum.decision.choice.optionId)?.title}; shared storage: ${storage.decision.options.find((option) => option.id === storage.decision.choice.optionId)?.title}; corosync: ${corosync.decision.options.find((option) => option.id === corosync.decision.choice.optionId)?.title}; HA for ${ha.guests.map((guest) => guest.id).join(', ') || 'no guest'}. N+1 ${failing.length === 0 && unplaced.length === 0 ? 'holds for every single node failure' : 'does not hold'}.`,
      decisions: [quorum.decision, storage.decision, corosync.decision, ha.decision],
      target: built.model,
      purchases: built.purchases,
      risks,
      validation,
      rollback: ['ha-manager remove <sid> for each HA guest (guests keep running)', 'pvesr delete <job> for each replication job', 'pvecm qdevice remove (when a QDevice was added)', 'Restore /root/corosync.conf.baseline (bump config_version) to drop the added link'],
      assumptions: purchaseAssumptions(context.prices, built.purchases),
      openQuestions: failing.filter((result) => result.shortfall === null).map((result) => ({ id: `design/${BLUEPRINT}/memory-unknown-${result.failed}`, subject: result.failed, text: `N+1 for ${result.failed} cannot be checked: the memory of the host or its guests is not given.` })),
    };
  },
});
