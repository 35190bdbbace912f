/**
 * Facts of one classic RAID array or Synology SHR volume: raw, usable, fault tolerance, SMR disks and
 * the shared usage facts (planning capacity, used, fill, days to the fill limit).
 */
import { RAID_MINIMUM_DISKS, raidFaultTolerance, raidUsableCapacity } from '../../calc/raid/raid-usable-capacity.js';
import type { Assumption, Model, RaidArray } from '../../model/types.js';
import type { Fact } from '../fact.js';
import { factInput, subjectFacts } from '../subject-facts.js';
import { usageFacts } from './capacity-facts.js';
import { resolveDisks } from './resolve-disks.js';

const RAID_REFERENCE: Readonly<Record<RaidArray['level'], string>> = {
  raid0: 'https://raid.wiki.kernel.org/index.php/RAID_setup',
  raid1: 'https://raid.wiki.kernel.org/index.php/RAID_setup',
  raid5: 'https://raid.wiki.kernel.org/index.php/RAID_setup',
  raid6: 'https://raid.wiki.kernel.org/index.php/RAID_setup',
  raid10: 'https://raid.wiki.kernel.org/index.php/RAID_setup',
  shr: 'https://kb.synology.com/en-global/DSM/tutorial/What_is_Synology_Hybrid_RAID_SHR',
  shr2: 'https://kb.synology.com/en-global/DSM/tutorial/What_is_Synology_Hybrid_RAID_SHR',
};

const USABLE_FORMULA: Readonly<Record<RaidArray['level'], string>> = {
  raid0: 'Σ disk sizes',
  raid1: 'smallest disk',
  raid5: '(n − 1) × smallest disk',
  raid6: '(n − 2) × smallest disk',
  raid10: 'n × smallest disk / 2',
  shr: 'Σ disk sizes − largest disk (SHR layers; = RAID 5 for identical disks)',
  shr2: 'Σ disk sizes − two largest disks (SHR-2 layers; = RAID 6 for identical disks)',
};

/** Computes the facts of `array` in `model`. */
export function raidArrayFacts(array: RaidArray, model: Model): { readonly facts: Fact[]; readonly assumptions: Assumption[] } {
  const facts = subjectFacts('storage', array.id, array.source);
  const host = model.hosts.find((candidate) => candidate.id === array.host);
  const { disks } = resolveDisks(host, array.disks);
  const sizes = disks.map((disk) => disk.size);
  const raw = facts.known('raw', sizes.reduce((sum, size) => sum + size, 0), {
    label: 'Raw capacity',
    unit: 'bytes',
    formula: 'Σ disk sizes',
    inputs: disks.map((disk) => ({ name: `${array.host}:${disk.id}`, value: disk.size, unit: 'bytes' as const, source: disk.source })),
  });
  const out: Fact[] = [raw, facts.known('smr-disks', disks.filter((disk) => disk.smr === true).length, { label: 'SMR disks', unit: 'count', formula: 'disks marked smr: true' })];
  const minimum = RAID_MINIMUM_DISKS[array.level];
  if (disks.length < minimum) {
    const question = `${array.id} is ${array.level} over ${disks.length} disk(s); it needs at least ${minimum}, so its capacity cannot be computed.`;
    out.push(facts.unknown('usable', question, { label: 'Usable capacity', unit: 'bytes', formula: USABLE_FORMULA[array.level] }));
    out.push(facts.unknown('fault-tolerance', question, { label: 'Fault tolerance', unit: 'count', formula: 'disks the array survives losing' }));
    return { facts: out, assumptions: [] };
  }
  const usable = facts.known('usable', raidUsableCapacity(array.level, sizes), {
    label: 'Usable capacity',
    unit: 'bytes',
    formula: USABLE_FORMULA[array.level],
    inputs: [factInput('raw', raw), { name: 'disks', value: disks.length, unit: 'count' }, { name: 'level', value: array.level, unit: 'text', source: array.source }],
    reference: RAID_REFERENCE[array.level],
  });
  out.push(
    usable,
    facts.known('fault-tolerance', raidFaultTolerance(array.level, disks.length), {
      label: 'Fault tolerance',
      unit: 'count',
      formula: array.level === 'raid10' ? 'disks the array is guaranteed to survive losing (RAID 10: one; a second only in the other mirror)' : 'disks the array survives losing',
      inputs: [{ name: 'level', value: array.level, unit: 'text', source: array.source }, { name: 'disks', value: disks.length, unit: 'count' }],
      reference: RAID_REFERENCE[array.level],
    }),
  );
  const usage = usageFacts(facts, { kind: 'RAID array', subject: array.id, specPath: 'storage.raid[]', usable, used: array.used, growthPerMonth: array.growthPerMonth, source: array.source });
  out.push(...usage.facts);
  return { facts: out, assumptions: usage.assumptions };
}
