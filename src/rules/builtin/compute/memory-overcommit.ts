import { formatMemory } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import { defineRule } from '../../rule.js';

export const memoryOvercommit = defineRule({
  meta: {
    id: 'compute/memory-overcommit',
    layer: 'compute',
    title: 'Guest memory exceeds what the host can give',
    severity: 'high',
    rationale:
      'Guest memory plus what the host keeps for itself (hypervisor base, ZFS ARC, Ceph OSD memory targets) must fit in physical RAM. Overcommitted memory ends in ballooning stalls, swapping or the OOM killer stopping a guest; Proxmox sizing is 2 GB for the host plus guests plus about 1 GB per TB of ZFS or Ceph storage.',
    remediation: 'Reduce guest memory, cap the ZFS ARC (zfs_arc_max), move guests to another node, or add RAM.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#install_recommended_requirements', 'https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_zfs_limit_memory_usage', 'https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_memory'],
    messages: { overcommitted: 'Host "{host}" is {short} short of memory: guests need more than the {capacity} left after the host\'s own reservations.' },
    needs: ['facts'],
    analyzers: ['compute'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, cpu: { cores: 8, threads: 16 }, memory: 16GB }
workloads:
  - { id: a, kind: vm, host: pve1, vcpu: 2, memory: 8GB }
  - { id: b, kind: vm, host: pve1, vcpu: 2, memory: 8GB }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, cpu: { cores: 8, threads: 16 }, memory: 64GB }
workloads:
  - { id: a, kind: vm, host: pve1, vcpu: 2, memory: 8GB }
  - { id: b, kind: vm, host: pve1, vcpu: 2, memory: 8GB }
`,
    },
  },
  subjects: ({ model, number }) => model.hosts.filter((host) => number(`compute/${host.id}/memory-headroom`) !== undefined),
  check(host, context) {
    const id = `compute/${host.id}/memory-headroom`;
    const headroom = context.number(id) ?? 0;
    if (headroom >= 0) return;
    const capacity = context.number(`compute/${host.id}/guest-memory-capacity`);
    context.report({
      messageId: 'overcommitted',
      data: { host: host.id, short: formatMemory(bytes(-headroom)), capacity: capacity === undefined ? 'memory' : formatMemory(bytes(capacity)) },
      evidence: [id, `compute/${host.id}/guest-memory-capacity`, `compute/${host.id}/memory-allocated`, `compute/${host.id}/memory-reserved`].filter((fact) => context.fact(fact)),
    });
  },
});
