/**
 * Routes backup data takes: from each source's host to the job's target (out through the WAN uplink
 * when the target is offsite), and back from a target to the host a workload is restored onto.
 */
import type { BackupJob, BackupTarget } from '../../model/types.js';
import type { Placement } from '../placement.js';
import { mergeRoutes, type Route, type Router } from './routes.js';

/** Where one end of a backup transfer is: a host on site, or offsite. */
type Place = { readonly kind: 'host'; readonly host: string } | { readonly kind: 'offsite' } | { readonly kind: 'unknown'; readonly reason: string };

function targetPlace(target: BackupTarget, placement: Placement): Place {
  if (target.offsite) return { kind: 'offsite' };
  const host = placement.hostOf(target.id);
  return host === undefined ? { kind: 'unknown', reason: `backup target ${target.id} names no host, pool or share` } : { kind: 'host', host };
}

function sourcePlace(source: string, placement: Placement): Place {
  const target = placement.targets.get(source);
  if (target !== undefined) return targetPlace(target, placement);
  const host = placement.hostOf(source);
  return host === undefined ? { kind: 'unknown', reason: `${source} does not run on one host` } : { kind: 'host', host };
}

function routeBetween(from: Place, to: Place, router: Router): Route {
  if (from.kind === 'unknown') return from;
  if (to.kind === 'unknown') return to;
  if (from.kind === 'offsite' && to.kind === 'offsite') return { kind: 'unknown', reason: 'both ends are offsite; the path between two remote sites is not modelled' };
  if (to.kind === 'offsite') return router.offsite((from as { host: string }).host, 'up');
  if (from.kind === 'offsite') return router.offsite(to.host, 'down');
  return router.between(from.host, to.host);
}

/** The route one run of a job takes: the union of every source's route to the target. */
export function jobRoute(job: BackupJob, placement: Placement, router: Router): Route {
  const target = placement.targets.get(job.target);
  if (target === undefined) return { kind: 'unknown', reason: `job ${job.id} writes to an unknown target` };
  const to = targetPlace(target, placement);
  return mergeRoutes(job.sources.map((source) => routeBetween(sourcePlace(source, placement), to, router)));
}

/** The route a restore from `target` onto `host` takes. */
export function restoreRoute(target: BackupTarget, host: string, placement: Placement, router: Router): Route {
  return routeBetween(targetPlace(target, placement), { kind: 'host', host }, router);
}
