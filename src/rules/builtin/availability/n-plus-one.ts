import { formatMemory } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import type { NPlusOneResult } from '../../../failure/n-plus-one.js';
import { defineRule, type Subject } from '../../rule.js';

interface NodeLoss extends Subject {
  readonly result: NPlusOneResult;
}

export const nPlusOne = defineRule({
  meta: {
    id: 'availability/n-plus-one',
    layer: 'availability',
    title: 'HA guests cannot restart after a node failure (N+1)',
    severity: 'high',
    rationale:
      'HA only helps if, when one node fails, the survivors keep quorum and have the memory to start its HA guests next to their own. Otherwise the guests stay down (or, without quorum, the survivors fence themselves) exactly when HA was meant to save them.',
    remediation: 'Keep enough free memory on the other nodes for the largest node\'s HA guests (or add RAM or a node), give the cluster a third vote, and restrict HA groups to nodes that can take the load.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#_cluster_resource_manager', 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_quorum'],
    messages: {
      noQuorum: 'If "{node}" fails, cluster "{cluster}" loses quorum: HA guests {guests} cannot restart.',
      noRoom: 'If "{node}" fails, the other nodes of "{cluster}" lack {missing} of memory to restart HA guests {guests}.',
    },
    needs: ['failure'],
    analyzers: ['compute'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, memory: 16GB, os: Proxmox VE 8.2, cpu: { cores: 4, threads: 8 } }
  - { id: pve2, role: hypervisor, memory: 16GB, os: Proxmox VE 8.2, cpu: { cores: 4, threads: 8 } }
  - { id: pve3, role: hypervisor, memory: 16GB, os: Proxmox VE 8.2, cpu: { cores: 4, threads: 8 } }
  - { id: nas, role: nas }
storage:
  shares: [{ id: vmstore, host: nas, protocol: nfs }]
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3], ha: { enabled: true }, sharedStorage: [{ id: nfs, kind: nfs, source: vmstore }] }
workloads:
  - { id: a, kind: vm, host: pve1, cluster: lab, vcpu: 2, memory: 12GB, storage: nfs, ha: true }
  - { id: b, kind: vm, host: pve2, cluster: lab, vcpu: 2, memory: 12GB, storage: nfs, ha: true }
  - { id: c, kind: vm, host: pve3, cluster: lab, vcpu: 2, memory: 12GB, storage: nfs, ha: true }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, memory: 64GB, os: Proxmox VE 8.2, cpu: { cores: 4, threads: 8 } }
  - { id: pve2, role: hypervisor, memory: 64GB, os: Proxmox VE 8.2, cpu: { cores: 4, threads: 8 } }
  - { id: pve3, role: hypervisor, memory: 64GB, os: Proxmox VE 8.2, cpu: { cores: 4, threads: 8 } }
  - { id: nas, role: nas }
storage:
  shares: [{ id: vmstore, host: nas, protocol: nfs }]
clusters:
  proxmox:
    - { id: lab, nodes: [pve1, pve2, pve3], ha: { enabled: true }, sharedStorage: [{ id: nfs, kind: nfs, source: vmstore }] }
workloads:
  - { id: a, kind: vm, host: pve1, cluster: lab, vcpu: 2, memory: 12GB, storage: nfs, ha: true }
  - { id: b, kind: vm, host: pve2, cluster: lab, vcpu: 2, memory: 12GB, storage: nfs, ha: true }
  - { id: c, kind: vm, host: pve3, cluster: lab, vcpu: 2, memory: 12GB, storage: nfs, ha: true }
`,
    },
  },
  subjects: ({ model, failure }) =>
    (failure?.nPlusOne.results ?? []).flatMap((result): NodeLoss[] => {
      const cluster = model.clusters.proxmox.find((candidate) => candidate.id === result.cluster);
      return cluster ? [{ id: cluster.id, source: cluster.source, result }] : [];
    }),
  check(loss: NodeLoss, context) {
    const { result } = loss;
    const data = { node: result.failedNode, cluster: result.cluster };
    if (!result.quorate && result.displaced.length > 0) {
      context.report({ messageId: 'noQuorum', data: { ...data, guests: result.displaced.join(', ') }, subjects: [result.failedNode], blastRadius: [...result.displaced, ...result.fenced] });
      return;
    }
    // Guests on local storage are cluster/ha-guest-without-shared-storage's finding.
    const noRoom = result.cannotRestart.filter((guest) => guest.reason === 'no-room');
    if (noRoom.length === 0) return;
    const evidence = result.survivors.map((survivor) => `compute/${survivor.host}/guest-memory-capacity`).filter((id) => context.fact(id));
    context.report({
      messageId: 'noRoom',
      data: { ...data, missing: formatMemory(bytes(result.missingMemory)), guests: noRoom.map((guest) => guest.guest).join(', ') },
      subjects: [result.failedNode],
      evidence,
      blastRadius: noRoom.map((guest) => guest.guest),
    });
  },
});
