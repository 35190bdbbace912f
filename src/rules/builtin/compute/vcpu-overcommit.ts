import { z } from 'zod';
import { defineRule } from '../../rule.js';

export const vcpuOvercommit = defineRule({
  meta: {
    id: 'compute/vcpu-overcommit',
    layer: 'compute',
    title: 'vCPU overcommit beyond a safe ratio',
    severity: 'medium',
    rationale:
      'KVM lets guests have more vCPUs in total than the host has threads, and moderate overcommit is fine because guests rarely peak together: the Proxmox docs call 16 vCPUs on 8 cores (2:1) "perfectly safe". Well beyond that, guests wait for CPU time (steal) whenever several are busy, and latency-sensitive services suffer first.',
    remediation: 'Trim vCPUs of guests that do not use them (most services need 1–2), move guests to a less loaded node, or add a node; watch CPU steal/ready time.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_cpu'],
    messages: { overcommitted: 'Host "{host}" has {ratio} vCPUs per hardware thread allocated (limit {limit}).' },
    options: z.strictObject({ maxRatio: z.number().positive().default(2).describe('Highest acceptable vCPU : thread ratio.') }),
    needs: ['facts'],
    analyzers: ['compute'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, cpu: { cores: 4, threads: 4 }, memory: 64GB }
workloads:
  - { id: a, kind: vm, host: pve1, vcpu: 8, memory: 4GB }
  - { id: b, kind: vm, host: pve1, vcpu: 8, memory: 4GB }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, cpu: { cores: 4, threads: 8 }, memory: 64GB }
workloads:
  - { id: a, kind: vm, host: pve1, vcpu: 4, memory: 4GB }
  - { id: b, kind: vm, host: pve1, vcpu: 4, memory: 4GB }
`,
    },
  },
  subjects: ({ model, number }) => model.hosts.filter((host) => number(`compute/${host.id}/vcpu-overcommit`) !== undefined),
  check(host, context) {
    const id = `compute/${host.id}/vcpu-overcommit`;
    const value = context.number(id) ?? 0;
    if (value <= context.options.maxRatio) return;
    context.report({ messageId: 'overcommitted', data: { host: host.id, ratio: `${Math.round(value * 100) / 100}:1`, limit: `${context.options.maxRatio}:1` }, evidence: [id, `compute/${host.id}/vcpu-allocated`].filter((fact) => context.fact(fact)) });
  },
});
