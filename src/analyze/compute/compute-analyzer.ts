/**
 * The compute analyzer: per host, the vCPU and memory its guests take against what it has, after
 * the memory the host keeps for itself (platform, ZFS ARC, Ceph OSDs). Fact ids in FACTS.md,
 * layer "compute". Reads the storage facts for datastore sizes, so it runs after storage.
 */
import { guestMemoryCapacity, memoryCommitRatio, memoryHeadroom, overcommitRatio } from '../../calc/compute/host-capacity.js';
import { ARC_RULE_FORMULA } from '../../calc/compute/zfs-arc-max.js';
import { bytes } from '../../model/quantities.js';
import type { Assumption, Host, Model } from '../../model/types.js';
import { defineAnalyzer } from '../analyzer.js';
import type { Fact, FactInput } from '../fact.js';
import { factInput, subjectFacts } from '../subject-facts.js';
import { guestLoad } from './guest-load.js';
import { ARC_REFERENCE, memoryReservation } from './memory-reservation.js';

const QM_REFERENCE = 'https://pve.proxmox.com/pve-docs/chapter-qm.html';

/** The compute facts of one host. */
export function hostComputeFacts(host: Host, model: Model, upstream: ReadonlyMap<string, Fact>): { readonly facts: Fact[]; readonly assumptions: readonly Assumption[] } {
  const facts = subjectFacts('compute', host.id, host.source);
  const load = guestLoad(host, model);
  const out: Fact[] = [];
  const guestInputs = (pick: 'vcpu' | 'memory'): FactInput[] =>
    load.guests.filter((guest) => guest[pick] !== undefined).map((guest) => ({ name: guest.id, value: guest[pick] ?? 0, unit: pick === 'vcpu' ? ('count' as const) : ('bytes' as const), source: guest.source }));
  const guestsFormula = 'guests placed on the host (workloads with host, not inside another workload)';

  const vcpuFields = { label: 'vCPU allocated', unit: 'count' as const, formula: `Σ vCPU of ${guestsFormula}`, inputs: guestInputs('vcpu') };
  const vcpu =
    load.missingVcpu.length > 0
      ? facts.unknown('vcpu-allocated', `${load.missingVcpu.join(', ')} vCPU count is not given; the vCPUs allocated on ${host.id} cannot be computed (add "vcpu").`, vcpuFields)
      : facts.known('vcpu-allocated', load.vcpu, vcpuFields);
  out.push(vcpu);
  const threads = host.cpu?.threads;
  const overcommitFields = { label: 'vCPU overcommit', unit: 'ratio' as const, formula: 'vCPU allocated / hardware threads', reference: QM_REFERENCE };
  if (vcpu.status === 'known' && (threads !== undefined || load.vcpu === 0)) {
    out.push(facts.known('vcpu-overcommit', threads === undefined ? 0 : overcommitRatio(load.vcpu, threads), { ...overcommitFields, inputs: [factInput('vCPU allocated', vcpu), { name: 'threads', value: threads ?? null, unit: 'count', source: host.source }] }));
  } else {
    const question = threads === undefined ? `${host.id} CPU threads are not given; its vCPU overcommit cannot be computed (add "cpu.threads" to host ${host.id}).` : (vcpu.status === 'unknown' ? vcpu.question : '');
    out.push(facts.unknown('vcpu-overcommit', question, { ...overcommitFields, inputs: [factInput('vCPU allocated', vcpu)] }));
  }

  const allocatedFields = { label: 'Memory allocated', unit: 'bytes' as const, formula: `Σ memory of ${guestsFormula}`, inputs: guestInputs('memory') };
  const allocated =
    load.missingMemory.length > 0
      ? facts.unknown('memory-allocated', `${load.missingMemory.join(', ')} memory is not given; the memory allocated on ${host.id} cannot be computed (add "memory").`, allocatedFields)
      : facts.known('memory-allocated', load.memory, allocatedFields);
  out.push(allocated);

  const reservation = memoryReservation(host, model, upstream);
  const arcFields = { label: 'ZFS ARC maximum', unit: 'bytes' as const, reference: ARC_REFERENCE };
  const memoryInput: FactInput = { name: 'physical memory', value: host.memory ?? null, unit: 'bytes', source: host.source };
  if (reservation.arc === undefined) out.push(facts.known('arc-max', 0, { ...arcFields, formula: 'no ZFS pool on this host: no ARC' }));
  else if (typeof reservation.arc === 'string') out.push(facts.unknown('arc-max', reservation.arc, { ...arcFields, formula: 'ZFS ARC default by OpenZFS version' }));
  else out.push(facts.known('arc-max', reservation.arc.value, { ...arcFields, formula: ARC_RULE_FORMULA[reservation.arc.rule], inputs: [memoryInput] }));

  const partInputs: FactInput[] = reservation.parts.map((part) => ({ name: part.name, value: typeof part.value === 'string' ? null : part.value, unit: 'bytes', ...(part.assumed ? { assumed: true } : {}) }));
  const reservedFields = { label: 'Memory reserved', unit: 'bytes' as const, formula: reservedFormula(reservation.platform), inputs: partInputs };
  const missingPart = reservation.parts.find((part) => typeof part.value === 'string');
  const reserved =
    missingPart !== undefined
      ? facts.unknown('memory-reserved', missingPart.value as string, reservedFields)
      : facts.known('memory-reserved', reservation.parts.reduce((sum, part) => sum + (part.value as number), 0), { ...reservedFields, ...(reservation.parts[0] ? { reference: reservation.parts[0].reference } : {}) });
  out.push(reserved);

  const noMemory = `${host.id} memory is not given; its guest memory capacity cannot be computed (add "memory" to host ${host.id}).`;
  const capacityFields = { label: 'Guest memory capacity', unit: 'bytes' as const, formula: 'physical memory − memory reserved', inputs: [memoryInput, factInput('memory reserved', reserved)] };
  const capacity =
    host.memory === undefined || reserved.status === 'unknown'
      ? facts.unknown('guest-memory-capacity', host.memory === undefined ? noMemory : (reserved as { question: string }).question, capacityFields)
      : facts.known('guest-memory-capacity', guestMemoryCapacity(host.memory, bytes(reserved.value as number)), capacityFields);
  out.push(capacity);

  const headroomFields = { label: 'Memory headroom', unit: 'bytes' as const, formula: 'guest memory capacity − memory allocated (negative: overcommitted)', inputs: [factInput('guest memory capacity', capacity), factInput('memory allocated', allocated)] };
  const commitFields = { label: 'Memory commit', unit: 'ratio' as const, formula: '(memory allocated + memory reserved) / physical memory', inputs: [factInput('memory allocated', allocated), factInput('memory reserved', reserved), memoryInput] };
  const blocker = [capacity, allocated, reserved].find((fact) => fact.status === 'unknown');
  if (blocker !== undefined && blocker.status === 'unknown') {
    out.push(facts.unknown('memory-headroom', blocker.question, headroomFields), facts.unknown('memory-commit-ratio', blocker.question, commitFields));
  } else if (host.memory !== undefined) {
    out.push(
      facts.known('memory-headroom', memoryHeadroom(bytes(capacity.value as number), bytes(allocated.value as number)), headroomFields),
      facts.known('memory-commit-ratio', memoryCommitRatio(bytes(allocated.value as number), bytes(reserved.value as number), host.memory), commitFields),
    );
  }
  return { facts: out, assumptions: reservation.assumptions };
}

function reservedFormula(platform: 'proxmox-ve' | 'proxmox-backup-server' | 'truenas' | 'none'): string {
  switch (platform) {
    case 'proxmox-ve':
      return 'Proxmox VE base 2 GiB + ZFS ARC maximum + Ceph OSD memory targets';
    case 'proxmox-backup-server':
      return 'PBS 4 GiB + 1 GiB per TiB of datastore + Ceph OSD memory targets';
    case 'truenas':
      return 'TrueNAS 8 GiB + 1 GiB per drive beyond 8 + 1 GiB per 50 GB L2ARC';
    case 'none':
      return 'ZFS ARC maximum + Ceph OSD memory targets (no platform rule for this OS)';
  }
}

export const computeAnalyzer = defineAnalyzer({
  id: 'compute',
  layer: 'compute',
  title: 'Compute: vCPU and memory per host',
  dependsOn: ['storage'],
  analyze({ model, facts }) {
    const out: Fact[] = [];
    const assumptions: Assumption[] = [];
    for (const host of model.hosts) {
      const result = hostComputeFacts(host, model, facts);
      out.push(...result.facts);
      assumptions.push(...result.assumptions);
    }
    return { facts: out, assumptions };
  },
});
