/**
 * Backup facts of each workload: the RPO its best backup achieves (and its best offsite copy's
 * bound), the RTO estimate of its fastest restore, and its 3-2-1 census. The primary counts as one
 * copy and one medium; each backup copy adds a copy and, when new, its medium (disk, cloud, tape…).
 */
import { chainedRpoBound } from '../../calc/backup/recovery-point.js';
import { recoveryTime } from '../../calc/backup/recovery-time.js';
import { evaluateThreeTwoOne, evaluateThreeTwoOneOneZero } from '../../calc/backup/three-two-one.js';
import { formatBytes, formatDuration, formatRate } from '../../intake/units/index.js';
import { bitsPerSecond, bytes, seconds, type BitsPerSecond, type Seconds } from '../../model/quantities.js';
import type { BackupJob, Model, Workload } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import { restoreRoute } from '../network/backup-routes.js';
import { routeQuestion } from '../network/backup-transfer-facts.js';
import type { Router } from '../network/routes.js';
import type { Placement } from '../placement.js';
import { subjectFacts, type SubjectFacts } from '../subject-facts.js';
import { protectionOf, targetMedium, type BackupCopy } from './backup-copies.js';
import { jobRpo } from './job-facts.js';

/** Detection, provisioning and boot times assumed in RTO estimates. */
export const RTO_DEFAULTS = { detect: seconds(300), provision: seconds(0), boot: seconds(300) } as const;

/** Every backup fact of one workload. */
export function workloadBackupFacts(workload: Workload, model: Model, placement: Placement, router: Router): Fact[] {
  const facts = subjectFacts('backup', workload.id, workload.source);
  const protection = protectionOf(workload, model, placement);
  const copies = protection.copies.filter((copy) => !copy.samePool);
  const direct = protection.direct.filter((entry) => !entry.samePool).map((entry) => entry.job);
  const via = (copy: BackupCopy) => copy.chain.map((job) => job.id).join(' → ');
  return [...rpoFacts(workload, direct, copies, facts, placement), rtoFact(workload, copies, facts, placement, router), ...censusFacts(copies, protection.copies.length - copies.length, facts, via)];
}

function rpoFacts(workload: Workload, direct: readonly BackupJob[], copies: readonly BackupCopy[], facts: SubjectFacts, placement: Placement): Fact[] {
  const fields = { label: 'Achieved RPO', unit: 'seconds' as const, formula: 'smallest worst-case RPO of the jobs that back it up' };
  if (direct.length === 0) return [facts.unknown('achieved-rpo', unprotectedQuestion(workload, placement), fields)];
  const output: Fact[] = [];
  const rpos = direct.map((job) => ({ job, rpo: jobRpo(job) }));
  const known = rpos.filter((entry): entry is typeof entry & { rpo: Seconds } => entry.rpo !== undefined).sort((a, b) => a.rpo - b.rpo);
  const unknownJobs = rpos.filter((entry) => entry.rpo === undefined);
  // A job without a duration still has an RPO of at least its longest gap; the best known RPO stands only if no such job could beat it.
  const best = known[0];
  const couldBeat = unknownJobs.filter((entry) => best === undefined || entry.job.schedule.longestGapSeconds < best.rpo);
  if (best === undefined || couldBeat.length > 0) {
    output.push(facts.unknown('achieved-rpo', `How long does a run of ${couldBeat.map((entry) => entry.job.id).join(', ')} take (duration)? It decides the RPO of ${workload.id}.`, fields));
  } else {
    output.push(
      facts.known('achieved-rpo', best.rpo, {
        ...fields,
        formula: `worst-case RPO of ${best.job.id}${known.length > 1 ? `, the smallest of ${known.map((entry) => entry.job.id).join(', ')}` : ''}`,
        inputs: known.map((entry): FactInput => ({ name: `${entry.job.id} RPO`, value: entry.rpo, unit: 'seconds', factId: `backup/${entry.job.id}/rpo` })),
      }),
    );
  }
  const offsite = copies.filter((copy) => copy.target.offsite);
  if (offsite.length > 0) {
    const offsiteFields = { label: 'Offsite RPO bound', unit: 'seconds' as const, formula: 'Σ (longest gap + duration) over the jobs that carry the data offsite' };
    const bounds = offsite.flatMap((copy) => (copy.chain.every((job) => job.duration !== undefined) ? [{ copy, bound: chainedRpoBound(copy.chain.map((job) => ({ longestGap: job.schedule.longestGapSeconds, duration: job.duration as Seconds }))) }] : []));
    const bestOffsite = bounds.sort((a, b) => a.bound - b.bound)[0];
    output.push(
      bestOffsite === undefined
        ? facts.unknown('offsite-rpo', `How long do the runs of ${offsite[0]?.chain.filter((job) => job.duration === undefined).map((job) => job.id).join(', ')} take (duration)? They carry ${workload.id} offsite.`, offsiteFields)
        : facts.known('offsite-rpo', bestOffsite.bound, {
            ...offsiteFields,
            formula: `Σ (longest gap + duration) over ${bestOffsite.copy.chain.map((job) => job.id).join(' → ')} to ${bestOffsite.copy.target.id}: a bound, the sync may just miss the newest backup`,
            inputs: bestOffsite.copy.chain.map((job): FactInput => ({ name: `${job.id} RPO`, value: jobRpo(job) as number, unit: 'seconds', factId: `backup/${job.id}/rpo` })),
          }),
    );
  }
  return output;
}

function rtoFact(workload: Workload, copies: readonly BackupCopy[], facts: SubjectFacts, placement: Placement, router: Router): Fact {
  const fields = { label: 'RTO estimate', unit: 'seconds' as const, formula: 'detect + provision + restore bytes / restore rate + boot' };
  if (copies.length === 0) return facts.unknown('rto-estimate', `${workload.id} has no backup copy, so its RTO cannot be estimated; which job backs it up?`, fields);
  const host = placement.hostOf(workload.id);
  const questions: string[] = [];
  let best: { total: Seconds; fact: Fact } | undefined;
  for (const copy of copies) {
    const restored = placement.workloads.get(copy.coveredVia) ?? workload;
    if (restored.disk === undefined) {
      questions.push(`How big is ${restored.id}'s disk (disk)? A restore of ${workload.id} from ${copy.target.id} moves it.`);
      continue;
    }
    let rate: BitsPerSecond;
    let rateInput: FactInput;
    let rateText: string;
    if (copy.target.restoreRate !== undefined) {
      rate = copy.target.restoreRate;
      rateText = `${copy.target.id} restoreRate ${formatRate(rate)}`;
      rateInput = { name: `${copy.target.id} restore rate`, value: rate, unit: 'bits-per-second', source: copy.target.source };
    } else {
      if (host === undefined) {
        questions.push(`Which host does ${workload.id} run on? The restore path cannot be traced.`);
        continue;
      }
      const route = restoreRoute(copy.target, host, placement, router);
      if (route.kind !== 'network') {
        questions.push(`${routeQuestion(`a restore from ${copy.target.id} onto ${host}`, route)} (restoreRate)`);
        continue;
      }
      rate = route.bottleneck.goodput;
      rateText = `${route.bottleneck.id} goodput ${formatRate(rate)}, the slowest hop from ${copy.target.id}; no restoreRate given`;
      rateInput = { name: `${route.bottleneck.id} goodput`, value: rate, unit: 'bits-per-second', factId: route.bottleneck.factId };
    }
    const result = recoveryTime({ size: bytes(restored.disk), rate: bitsPerSecond(rate), ...RTO_DEFAULTS });
    if (best !== undefined && result.total >= best.total) continue;
    best = {
      total: result.total,
      fact: facts.known('rto-estimate', result.total, {
        ...fields,
        formula: `detect ${formatDuration(RTO_DEFAULTS.detect)} + provision ${formatDuration(RTO_DEFAULTS.provision)} + restore ${formatDuration(result.transfer)} [${restored.id} disk ${formatBytes(bytes(restored.disk))} × 8 / ${rateText}] + boot ${formatDuration(RTO_DEFAULTS.boot)}; fastest copy: ${copy.target.id}`,
        inputs: [
          { name: `${restored.id} disk`, value: restored.disk, unit: 'bytes', source: restored.source },
          rateInput,
          { name: 'detect', value: RTO_DEFAULTS.detect, unit: 'seconds', assumed: true },
          { name: 'provision', value: RTO_DEFAULTS.provision, unit: 'seconds', assumed: true },
          { name: 'boot', value: RTO_DEFAULTS.boot, unit: 'seconds', assumed: true },
        ],
      }),
    };
  }
  return best?.fact ?? facts.unknown('rto-estimate', questions[0] ?? `The restore of ${workload.id} cannot be timed.`, fields);
}

function censusFacts(copies: readonly BackupCopy[], samePool: number, facts: SubjectFacts, via: (copy: BackupCopy) => string): Fact[] {
  const media = new Set(['primary storage', ...copies.map((copy) => targetMedium(copy.target))]);
  const offsite = copies.filter((copy) => copy.target.offsite);
  const immutable = copies.filter((copy) => copy.target.immutable || copy.target.offline);
  const verified = copies.length > 0 && copies.filter((copy) => copy.chain.length === 1).every((copy) => copy.chain[0]?.verify === true || copy.chain[0]?.lastRestoreTest !== undefined);
  const census = { copies: 1 + copies.length, media: media.size, offsite: offsite.length, immutable: immutable.length, verified };
  const list = copies.map((copy) => `${copy.target.id} (${via(copy)})`).join(', ') || 'none';
  const skipped = samePool > 0 ? `; ${samePool} on the workload's own pool not counted` : '';
  const copyInputs = copies.map((copy): FactInput => ({ name: copy.target.id, value: via(copy), unit: 'text', source: copy.target.source }));
  const rule = evaluateThreeTwoOne(census);
  const strict = evaluateThreeTwoOneOneZero(census);
  return [
    facts.known('copies', census.copies, { label: 'Copies', unit: 'count', formula: `primary + backup copies: ${list}${skipped}`, inputs: copyInputs }),
    facts.known('media', census.media, { label: 'Distinct media', unit: 'count', formula: `primary storage + distinct media of the copies: ${[...media].join(', ')}`, inputs: copyInputs }),
    facts.known('offsite-copies', census.offsite, { label: 'Offsite copies', unit: 'count', formula: `copies on offsite targets: ${offsite.map((copy) => copy.target.id).join(', ') || 'none'}`, inputs: copyInputs }),
    facts.known('encrypted-offsite', offsite.length > 0 && offsite.every((copy) => copy.encrypted), {
      label: 'Offsite copies encrypted',
      unit: 'boolean',
      formula: offsite.length === 0 ? 'no offsite copy' : `every offsite copy written by an encrypting job: ${offsite.map((copy) => `${copy.target.id} ${copy.encrypted ? 'encrypted' : 'not encrypted'}`).join(', ')}`,
      inputs: copyInputs,
    }),
    facts.known('immutable-copies', census.immutable, { label: 'Immutable or offline copies', unit: 'count', formula: `copies on immutable or offline targets: ${immutable.map((copy) => copy.target.id).join(', ') || 'none'}`, inputs: copyInputs }),
    facts.known('three-two-one', rule.passes, { label: '3-2-1', unit: 'boolean', formula: `≥ 3 copies, ≥ 2 media, ≥ 1 offsite${rule.shortfalls.length > 0 ? `; short: ${rule.shortfalls.join(', ')}` : ''}`, inputs: copyInputs, reference: 'https://docslib.org/doc/1223610/data-backup-options-paul-ruggiero-and-matthew-a' }),
    facts.known('three-two-one-one-zero', strict.passes, { label: '3-2-1-1-0', unit: 'boolean', formula: `3-2-1 + ≥ 1 immutable/offline copy + verified restores${strict.shortfalls.length > 0 ? `; short: ${strict.shortfalls.join(', ')}` : ''}`, inputs: copyInputs }),
  ];
}

/** The question for a workload no job covers. */
function unprotectedQuestion(workload: Workload, placement: Placement): string {
  const host = placement.hostOf(workload.id);
  const names = [workload.runsOn, host === undefined ? undefined : `its host ${host}`, workload.storage === undefined ? undefined : `its storage ${workload.storage}`].filter((name) => name !== undefined);
  return `No backup job covers ${workload.id}: no job's sources name it${names.length > 0 ? ` or ${names.join(', ')}` : ''}. Which job backs it up?`;
}
