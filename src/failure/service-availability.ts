/**
 * Availability of every service (workload) from its components' availabilities: exact where the
 * dependency subgraph allows (availability-exact.ts), else a seeded Monte Carlo estimate with its
 * 95 % interval (availability-monte-carlo.ts). Expected downtime per year is (1 − A) × 8760 h
 * (365-day year), compared with the workload's SLO when it has one. Component figures come from the
 * graph (spec, then `settings.availability`, then availability-defaults.ts) unless overridden.
 * Not modelled: the ≈ 2 min HA failover (which caps HA at about 99.999 %,
 * https://pve.proxmox.com/pve-docs/chapter-ha-manager.html), correlated failures, and whether the
 * survivors have memory for restarted guests (see nPlusOne).
 */
import { compareText } from '../intake/diagnostic.js';
import type { Model } from '../model/types.js';
import { exactAvailability } from './availability-exact.js';
import { monteCarloAvailability } from './availability-monte-carlo.js';
import type { FailureGraph } from './graph.js';
import { hashText } from './prng.js';
import { serviceSubgraph } from './service-subgraph.js';

export const SECONDS_PER_YEAR = 8760 * 3600;

export interface ServiceAvailability {
  readonly service: string;
  readonly availability: number;
  readonly method: 'exact' | 'monte-carlo';
  /** 95 % confidence interval of a Monte Carlo estimate. */
  readonly interval?: readonly [number, number];
  readonly samples?: number;
  /** Expected seconds down per 8760-hour year. */
  readonly downtimePerYear: number;
  readonly slo?: number;
  /** "uncertain" when the SLO lies inside the Monte Carlo interval. */
  readonly meetsSlo?: 'yes' | 'no' | 'uncertain';
  /** Components the service depends on (itself included). */
  readonly components: number;
}

export interface AvailabilityOptions {
  /** Availability per component node id, replacing the graph's figures. */
  readonly overrides?: ReadonlyMap<string, number>;
  /** Monte Carlo seed (default 1) and samples (default 100,000). */
  readonly seed?: number;
  readonly samples?: number;
  /** Most node evaluations the exact method may spend per service (default 1,000,000). */
  readonly exactBudget?: number;
  /** Workload ids to compute (default all). */
  readonly services?: readonly string[];
}

/** Availability of each workload of `model` in `graph`, sorted by id. */
export function serviceAvailability(graph: FailureGraph, model: Pick<Model, 'workloads'>, options: AvailabilityOptions = {}): ServiceAvailability[] {
  const availabilityOf = (index: number): number => {
    const node = graph.nodes[index];
    return (node && options.overrides?.get(node.id)) ?? node?.availability ?? 1;
  };
  const slos = new Map(model.workloads.map((workload) => [workload.id, workload.slo]));
  const wanted = options.services ?? model.workloads.map((workload) => workload.id);
  return [...wanted].sort(compareText).flatMap((service): ServiceAvailability[] => {
    const root = graph.index.get(`workload:${service}`);
    if (root === undefined) return [];
    const subgraph = serviceSubgraph(graph, root, availabilityOf);
    const components = subgraph.failable.reduce((total, flag) => total + flag, 0);
    const exact = exactAvailability(subgraph, options.exactBudget ?? 1_000_000);
    const slo = slos.get(service);
    if (exact !== undefined) {
      return [{ service, availability: exact, method: 'exact' as const, downtimePerYear: (1 - exact) * SECONDS_PER_YEAR, ...sloVerdict(slo, exact, exact, exact), components }];
    }
    const estimate = monteCarloAvailability(subgraph, options.samples ?? 100_000, ((options.seed ?? 1) ^ hashText(service)) >>> 0);
    return [
      {
        service,
        availability: estimate.availability,
        method: 'monte-carlo' as const,
        interval: estimate.interval,
        samples: estimate.samples,
        downtimePerYear: (1 - estimate.availability) * SECONDS_PER_YEAR,
        ...sloVerdict(slo, estimate.availability, estimate.interval[0], estimate.interval[1]),
        components,
      },
    ];
  });
}

function sloVerdict(slo: number | undefined, value: number, low: number, high: number): Pick<ServiceAvailability, 'slo' | 'meetsSlo'> {
  if (slo === undefined) return {};
  return { slo, meetsSlo: low >= slo ? 'yes' : high < slo ? 'no' : value >= slo && low === high ? 'yes' : 'uncertain' };
}
