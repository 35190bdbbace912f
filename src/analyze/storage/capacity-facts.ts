/**
 * The capacity facts ZFS pools and RAID arrays share: planning capacity, used, fill and days to the
 * fill limit. Each is unknown, with its question, when the spec lacks what it needs.
 */
import { daysToFillLimit, DAYS_PER_MONTH, fillRatio } from '../../calc/storage/fill-forecast.js';
import { DEFAULT_FILL_LIMIT, FILL_LIMIT_SOURCES } from '../../calc/storage/fill-limit.js';
import type { Bytes, Ratio } from '../../model/quantities.js';
import type { Assumption, Source } from '../../model/types.js';
import type { Fact, KnownFact } from '../fact.js';
import { assumptionAt, factInput, type SubjectFacts } from '../subject-facts.js';

export interface VolumeUsage {
  /** "ZFS pool", "RAID array": how questions name the subject. */
  readonly kind: string;
  readonly subject: string;
  /** The spec path questions point at, e.g. "storage.zfs[].used". */
  readonly specPath: string;
  readonly usable: KnownFact;
  readonly used?: Bytes;
  readonly growthPerMonth?: Bytes;
  readonly fillLimit?: Ratio;
  readonly source: Source;
}

/** planning-capacity, used, fill and days-to-fill-limit for one volume, and the fill-limit assumption if taken. */
export function usageFacts(facts: SubjectFacts, volume: VolumeUsage): { readonly facts: Fact[]; readonly assumptions: Assumption[] } {
  const usable = volume.usable.value as number;
  const limit = volume.fillLimit ?? DEFAULT_FILL_LIMIT;
  const limitAssumed = volume.fillLimit === undefined;
  const limitInput = { name: 'fill limit', value: limit, unit: 'ratio' as const, source: volume.source, ...(limitAssumed ? { assumed: true } : {}) };
  const usableInput = factInput('usable', volume.usable);
  const assumptions = limitAssumed
    ? [
        assumptionAt(
          'storage/fill-limit-80',
          `Volumes without a fillLimit are planned to 80 % full: the Solaris Internals ZFS Best Practices Guide says keep pools under 80 % (${FILL_LIMIT_SOURCES[0]}); Oracle Solaris 11.4 allows up to 90 % (${FILL_LIMIT_SOURCES[1]}); OpenZFS gives no number.`,
          volume.source,
        ),
      ]
    : [];
  const planning = facts.known('planning-capacity', usable * limit, {
    label: 'Planning capacity',
    unit: 'bytes',
    formula: 'usable × fill limit',
    inputs: [usableInput, limitInput],
    reference: FILL_LIMIT_SOURCES[0],
  });
  const out: Fact[] = [planning];
  const missingUsed = `${volume.subject} used space is not given; its fill level cannot be computed (add "used" to ${volume.kind} ${volume.subject}).`;
  if (volume.used === undefined) {
    out.push(facts.unknown('used', missingUsed, { label: 'Used', unit: 'bytes', formula: `${volume.specPath}.used` }));
    out.push(facts.unknown('fill', missingUsed, { label: 'Fill', unit: 'ratio', formula: 'used / usable', inputs: [usableInput] }));
    out.push(facts.unknown('days-to-fill-limit', missingUsed, { label: 'Days to fill limit', unit: 'days', formula: '(usable × fill limit − used) / (growth per month / 30)', inputs: [usableInput, limitInput] }));
    return { facts: out, assumptions };
  }
  if (!(usable > 0)) {
    const empty = `${volume.subject} has no usable capacity; its fill level cannot be computed (check the sizes of its disks).`;
    out.push(facts.known('used', volume.used, { label: 'Used', unit: 'bytes', formula: `${volume.specPath}.used` }));
    out.push(facts.unknown('fill', empty, { label: 'Fill', unit: 'ratio', formula: 'used / usable', inputs: [usableInput] }));
    out.push(facts.unknown('days-to-fill-limit', empty, { label: 'Days to fill limit', unit: 'days', formula: '(usable × fill limit − used) / (growth per month / 30)', inputs: [usableInput, limitInput] }));
    return { facts: out, assumptions };
  }
  const used = facts.known('used', volume.used, { label: 'Used', unit: 'bytes', formula: `${volume.specPath}.used`, inputs: [{ name: 'used', value: volume.used, unit: 'bytes', source: volume.source }] });
  const usedInput = factInput('used', used);
  out.push(used, facts.known('fill', fillRatio(volume.used, volume.usable.value as Bytes), { label: 'Fill', unit: 'ratio', formula: 'used / usable', inputs: [usedInput, usableInput] }));
  const daysFields = { label: 'Days to fill limit', unit: 'days' as const, formula: `(usable × fill limit − used) / (growth per month / ${DAYS_PER_MONTH})` };
  if (volume.growthPerMonth === undefined) {
    out.push(
      facts.unknown('days-to-fill-limit', `${volume.subject} growth per month is not given; when it reaches its fill limit cannot be computed (add "growthPerMonth" to ${volume.kind} ${volume.subject}).`, {
        ...daysFields,
        inputs: [usableInput, limitInput, usedInput],
      }),
    );
  } else {
    const days = daysToFillLimit(volume.used, volume.usable.value as Bytes, limit, volume.growthPerMonth);
    out.push(
      facts.known('days-to-fill-limit', days, {
        ...daysFields,
        inputs: [usableInput, limitInput, usedInput, { name: 'growth per month', value: volume.growthPerMonth, unit: 'bytes', source: volume.source }],
      }),
    );
  }
  return { facts: out, assumptions };
}
