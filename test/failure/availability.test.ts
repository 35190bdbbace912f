import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceAvailability, SECONDS_PER_YEAR } from '../../src/failure/index.js';
import type { FailureGraph } from '../../src/failure/graph.js';
import { wilsonInterval } from '../../src/failure/availability-monte-carlo.js';
import { bruteForceDown, graphOf, type PlainNode } from '../helpers/failure.js';
import { plainNodes, randomNodes } from '../helpers/random-failure-graph.js';

const availabilityOf = (graph: FailureGraph, service: string, options: Parameters<typeof serviceAvailability>[2] = {}) =>
  serviceAvailability(graph, { workloads: [] }, { ...options, services: [service] })[0];

/** Availability by enumerating every up/down combination of the components (2^c states). */
function enumerate(graph: FailureGraph, root: number): number {
  const components = graph.nodes.flatMap((node, index) => (node.failable ? [index] : []));
  let total = 0;
  for (let mask = 0; mask < 1 << components.length; mask++) {
    let weight = 1;
    const failed: number[] = [];
    components.forEach((component, bit) => {
      const a = graph.nodes[component]?.availability ?? 1;
      if (mask & (1 << bit)) {
        failed.push(component);
        weight *= 1 - a;
      } else weight *= a;
    });
    if (!bruteForceDown(graph, failed).has(root)) total += weight;
  }
  return total;
}

const two = (gate: PlainNode['gate']): PlainNode[] => [
  { kind: 'host', name: 'a', availability: 0.999 },
  { kind: 'host', name: 'b', availability: 0.999 },
  { kind: 'workload', name: 'svc', availability: 1, inputs: ['host:a', 'host:b'], ...(gate ? { gate } : {}) },
];

describe('service availability: reference vectors', () => {
  it('AV4: two components of 0.999 in series give 0.998001, in parallel 0.999999', () => {
    expect(availabilityOf(graphOf(two({ kind: 'all' })), 'svc')?.availability).toBeCloseTo(0.999 * 0.999, 12);
    expect(availabilityOf(graphOf(two({ kind: 'all' })), 'svc')?.availability).toBeCloseTo(0.998001, 12);
    expect(availabilityOf(graphOf(two({ kind: 'any' })), 'svc')?.availability).toBeCloseTo(1 - 0.001 * 0.001, 12);
  });

  it('k-of-n identical: 2 of 3 at 0.99 is 3·0.99²·0.01 + 0.99³', () => {
    const graph = graphOf([
      ...['a', 'b', 'c'].map((name) => ({ kind: 'host' as const, name, availability: 0.99 })),
      { kind: 'workload', name: 'svc', availability: 1, gate: { kind: 'atLeast', k: 2 }, inputs: ['host:a', 'host:b', 'host:c'] },
    ]);
    expect(availabilityOf(graph, 'svc')?.availability).toBeCloseTo(3 * 0.99 ** 2 * 0.01 + 0.99 ** 3, 12);
  });

  it('AV1: 99.9 % is 8.76 h of downtime in a 8760-hour year', () => {
    const graph = graphOf([{ kind: 'workload', name: 'svc', availability: 0.999 }]);
    expect(availabilityOf(graph, 'svc')?.downtimePerYear).toBeCloseTo(8.76 * 3600, 6);
    expect(SECONDS_PER_YEAR).toBe(8760 * 3600);
  });

  it('a shared component is conditioned on, not counted twice: two hosts on one UPS', () => {
    const graph = graphOf([
      { kind: 'ups', name: 'u', availability: 0.99 },
      { kind: 'host', name: 'a', availability: 0.9, inputs: ['ups:u'] },
      { kind: 'host', name: 'b', availability: 0.9, inputs: ['ups:u'] },
      { kind: 'workload', name: 'svc', availability: 1, gate: { kind: 'any' }, inputs: ['host:a', 'host:b'] },
    ]);
    // 0.99 × (1 − 0.1²), not (1 − (1 − 0.99·0.9)²).
    expect(availabilityOf(graph, 'svc')).toMatchObject({ method: 'exact', availability: expect.closeTo(0.99 * 0.99, 12) });
  });

  it('compares with the SLO', () => {
    const graph = graphOf([{ kind: 'workload', name: 'svc', availability: 0.9995 }]);
    const model = { workloads: [{ id: 'svc', slo: 0.999 }, { id: 'other', slo: 0.9999 }] } as never;
    expect(serviceAvailability(graph, model, { services: ['svc'] })[0]).toMatchObject({ slo: 0.999, meetsSlo: 'yes' });
    const strict = { workloads: [{ id: 'svc', slo: 0.9999 }] } as never;
    expect(serviceAvailability(graph, strict)[0]).toMatchObject({ meetsSlo: 'no' });
  });
});

describe('service availability: exact and Monte Carlo', () => {
  it('the exact method equals enumeration of every state on random acyclic graphs', () => {
    fc.assert(
      fc.property(randomNodes({ maxNodes: 9, acyclic: true }), (nodes) => {
        const graph = graphOf(plainNodes(nodes));
        const root = nodes.length - 1;
        const id = graph.nodes[root]?.id ?? '';
        fc.pre(id.startsWith('workload:'));
        const result = availabilityOf(graph, id.slice('workload:'.length));
        expect(result?.method).toBe('exact');
        expect(result?.availability).toBeCloseTo(enumerate(graph, root), 10);
      }),
      { numRuns: 300 },
    );
  });

  it('Monte Carlo (seeded) lands within its 95 % interval of the exact value and repeats exactly', () => {
    const graph = graphOf([
      { kind: 'ups', name: 'u', availability: 0.95 },
      { kind: 'host', name: 'a', availability: 0.8, inputs: ['ups:u'] },
      { kind: 'host', name: 'b', availability: 0.8, inputs: ['ups:u'] },
      { kind: 'workload', name: 'svc', availability: 0.97, gate: { kind: 'atLeast', k: 1 }, inputs: ['host:a', 'host:b'] },
    ]);
    const exact = availabilityOf(graph, 'svc')?.availability ?? 0;
    const estimate = availabilityOf(graph, 'svc', { exactBudget: 0, samples: 50_000, seed: 7 });
    expect(estimate?.method).toBe('monte-carlo');
    expect(estimate?.interval?.[0]).toBeLessThanOrEqual(exact);
    expect(estimate?.interval?.[1]).toBeGreaterThanOrEqual(exact);
    expect(availabilityOf(graph, 'svc', { exactBudget: 0, samples: 50_000, seed: 7 })).toEqual(estimate);
  });

  it('uses Monte Carlo for a cyclic dependency', () => {
    const graph = graphOf([
      { kind: 'host', name: 'h', availability: 0.99 },
      { kind: 'workload', name: 'router', availability: 0.99, inputs: ['host:h', 'vlan:lan'] },
      { kind: 'vlan', name: 'lan', inputs: ['workload:router'] },
      { kind: 'workload', name: 'svc', availability: 1, inputs: ['vlan:lan'] },
    ]);
    const result = availabilityOf(graph, 'svc', { samples: 20_000 });
    expect(result?.method).toBe('monte-carlo');
    expect(result?.interval?.[0]).toBeLessThanOrEqual(0.99 * 0.99);
    expect(result?.interval?.[1]).toBeGreaterThanOrEqual(0.99 * 0.99);
  });

  it('Wilson interval of 0.5 over 100 trials is about ±0.096', () => {
    const [low, high] = wilsonInterval(0.5, 100);
    expect(low).toBeCloseTo(0.4038, 3);
    expect(high).toBeCloseTo(0.5962, 3);
  });

  it('availability never rises when a component’s availability falls (exact and Monte Carlo)', () => {
    fc.assert(
      fc.property(randomNodes({ maxNodes: 8 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (nodes, pick, factor) => {
        const graph = graphOf(plainNodes(nodes));
        const services = graph.nodes.filter((node) => node.kind === 'workload');
        const components = graph.nodes.filter((node) => node.failable);
        fc.pre(services.length > 0);
        const lowered = components[pick % components.length];
        const overrides = new Map([[lowered?.id ?? '', (lowered?.availability ?? 1) * factor]]);
        for (const options of [{}, { exactBudget: 0, samples: 500 }]) {
          const before = serviceAvailability(graph, { workloads: [] }, { ...options, services: services.map((node) => node.name) });
          const after = serviceAvailability(graph, { workloads: [] }, { ...options, overrides, services: services.map((node) => node.name) });
          before.forEach((row, index) => expect(after[index]?.availability).toBeLessThanOrEqual(row.availability + 1e-12));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('component availabilities from the spec', () => {
  it('come from the entity, then settings.availability by kind, then the documented defaults', async () => {
    const { buildFailureGraph } = await import('../../src/failure/index.js');
    const { modelOf } = await import('../helpers/failure.js');
    const graph = buildFailureGraph(
      modelOf(`
version: 1
site: { name: a }
settings: { availability: { host: 99%, switch: 99.9% } }
hosts: [{ id: h1, role: server, availability: 95% }, { id: h2, role: server }]
network: { devices: [{ id: sw, kind: switch }, { id: gw, kind: gateway }] }
workloads: [{ id: svc, kind: service, host: h1 }]
`),
    );
    const node = (id: string) => graph.nodes[graph.index.get(id) ?? -1];
    expect(node('host:h1')).toMatchObject({ availability: 0.95, availabilitySource: 'spec' });
    expect(node('host:h2')).toMatchObject({ availability: 0.99, availabilitySource: 'settings.availability.host' });
    expect(node('device:sw')).toMatchObject({ availability: 0.999, availabilitySource: 'settings.availability.switch' });
    expect(node('device:gw')).toMatchObject({ availability: 0.9995, availabilitySource: 'default gateway' });
    // svc needs h1 (0.95) and runs at the workload default 0.9995.
    expect(availabilityOf(graph, 'svc')?.availability).toBeCloseTo(0.95 * 0.9995, 12);
  });
});
