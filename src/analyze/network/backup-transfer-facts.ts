/**
 * Network facts of backups: how long one run of each job takes over the slowest hop on its route,
 * how long seeding each offsite target takes over the WAN uplink, and the peak utilisation of every
 * hop that backup flows cross.
 */
import { peakLinkUtilisation, type Flow } from '../../calc/network/link-utilisation.js';
import { transferTime } from '../../calc/network/transfer-time.js';
import { formatRate } from '../../intake/units/index.js';
import { bitsPerSecond, bytes, type BitsPerSecond } from '../../model/quantities.js';
import type { BackupJob, Model } from '../../model/types.js';
import { backupVolumesOf, type Estimate } from '../backup/backup-volume.js';
import type { Fact, FactInput } from '../fact.js';
import type { Placement } from '../placement.js';
import { subjectFacts } from '../subject-facts.js';
import { jobRoute } from './backup-routes.js';
import { mergeRoutes, type Hop, type Route, type Router } from './routes.js';

const hopInput = (hop: Hop): FactInput => ({ name: `${hop.id} goodput`, value: hop.goodput, unit: 'bits-per-second', factId: hop.factId });

/** Transfer-time, offsite-seed-time and peak-utilisation facts. */
export function backupTransferFacts(model: Model, placement: Placement, router: Router): Fact[] {
  const volumes = backupVolumesOf(model);
  const routes = new Map(model.backups.jobs.map((job) => [job.id, jobRoute(job, placement, router)]));
  const facts: Fact[] = [];
  const flowsByHop = new Map<string, { hop: Hop; flows: Flow[] }>();

  for (const job of model.backups.jobs) {
    const route = routes.get(job.id) as Route;
    const run = volumes.runBytes(job);
    facts.push(transferTimeFact(job, run, route));
    if (route.kind !== 'network' || !run.ok || job.duration === undefined || job.duration <= 0) continue;
    const rate = bitsPerSecond((run.value * 8) / job.duration);
    for (const hop of route.hops) {
      const entry = flowsByHop.get(hop.id) ?? { hop, flows: [] };
      entry.flows.push({ id: job.id, rate });
      flowsByHop.set(hop.id, entry);
    }
  }

  for (const target of model.backups.targets.filter((candidate) => candidate.offsite)) {
    const jobs = volumes.jobsInto(target.id);
    if (jobs.length === 0) continue;
    const seedFacts = subjectFacts('network', target.id, target.source);
    const fields = { label: 'Offsite seed time', unit: 'seconds' as const, formula: 'Σ first-run bytes of the jobs into it × 8 / slowest hop goodput (WAN upload)' };
    const sizes = jobs.map((job) => volumes.seedBytes(job));
    const missingSize = sizes.find((size): size is Extract<Estimate, { ok: false }> => !size.ok);
    const route = mergeRoutes(jobs.map((job) => routes.get(job.id) as Route));
    if (missingSize !== undefined) {
      facts.push(seedFacts.unknown('offsite-seed-time', `Seeding ${target.id} cannot be timed: ${missingSize.question}`, fields));
    } else if (route.kind !== 'network') {
      facts.push(seedFacts.unknown('offsite-seed-time', routeQuestion(`seeding ${target.id}`, route), fields));
    } else {
      const known = sizes as Extract<Estimate, { ok: true }>[];
      const total = known.reduce((sum, size) => sum + size.value, 0);
      facts.push(
        seedFacts.known('offsite-seed-time', transferTime(bytes(total), route.bottleneck.goodput), {
          ...fields,
          formula: `first-run bytes [${known.map((size) => size.formula).join(' + ')}] × 8 / ${route.bottleneck.id} goodput ${formatRate(route.bottleneck.goodput)} (slowest of ${route.hops.map((hop) => hop.id).join(', ')})`,
          inputs: [...known.flatMap((size) => size.inputs), hopInput(route.bottleneck)],
        }),
      );
    }
  }

  for (const { hop, flows } of [...flowsByHop.values()]) {
    const { peakLoad, utilisation } = peakLinkUtilisation(hop.goodput, flows);
    facts.push(
      subjectFacts('network', hop.id, undefined).known('peak-utilisation', utilisation, {
        label: 'Peak utilisation by backup flows',
        unit: 'ratio',
        formula: `Σ flow rates ${formatRate(peakLoad)} (${flows.map((flow) => `${flow.id} ${formatRate(flow.rate)}`).join(' + ')}) / goodput ${formatRate(hop.goodput)}; flows assumed to overlap, each at its run's bytes / duration`,
        inputs: [...flows.map((flow): FactInput => ({ name: `${flow.id} rate`, value: flow.rate, unit: 'bits-per-second' })), hopInput(hop)],
      }),
    );
  }
  return facts;
}

function transferTimeFact(job: BackupJob, run: Estimate, route: Route): Fact {
  const facts = subjectFacts('network', job.id, job.source);
  const fields = { label: 'Transfer time of one run', unit: 'seconds' as const, formula: "one run's bytes × 8 / slowest hop goodput" };
  if (!run.ok) return facts.unknown('transfer-time', `Job ${job.id}'s run cannot be timed: ${run.question}`, fields);
  if (route.kind !== 'network') return facts.unknown('transfer-time', routeQuestion(`job ${job.id}`, route), fields);
  const goodput: BitsPerSecond = route.bottleneck.goodput;
  return facts.known('transfer-time', transferTime(bytes(run.value), goodput), {
    ...fields,
    formula: `run bytes [${run.formula}] × 8 / ${route.bottleneck.id} goodput ${formatRate(goodput)} (slowest of ${route.hops.map((hop) => hop.id).join(', ')}); disks and protocol overhead above TCP not modelled`,
    inputs: [...run.inputs, ...route.hops.map(hopInput)],
  });
}

/** The open question for a transfer whose route is not over the network. */
export function routeQuestion(what: string, route: Exclude<Route, { kind: 'network' }>): string {
  if (route.kind === 'same-host') return `The data of ${what} stays on one host, so no network link limits it; what rate do its disks achieve?`;
  return `The route of ${what} is unknown: ${route.reason}. How is it cabled?`;
}
