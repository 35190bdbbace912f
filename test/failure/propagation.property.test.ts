import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blastRadii, impact, singlePointsOfFailure } from '../../src/failure/index.js';
import type { FailureGraph } from '../../src/failure/graph.js';
import { groupByKind } from '../../src/failure/impact.js';
import { bruteForceDown, graphOf } from '../helpers/failure.js';
import { plainNodes, randomNodes } from '../helpers/random-failure-graph.js';

const components = (graph: FailureGraph) => graph.nodes.flatMap((node, index) => (node.failable ? [index] : []));
const downSet = (graph: FailureGraph, failed: readonly number[]) => new Set(impact(graph, failed.map((index) => (graph.nodes[index] as { id: string }).id)).down);

describe('failure propagation (properties)', () => {
  it('every blast radius (kill sets, cycles included) equals remove-and-propagate brute force', () => {
    fc.assert(
      fc.property(randomNodes(), (nodes) => {
        const graph = graphOf(plainNodes(nodes));
        for (const radius of blastRadii(graph)) {
          const x = graph.index.get(radius.component) as number;
          const expected = [...bruteForceDown(graph, [x])].filter((index) => index !== x);
          expect(radius.down).toEqual(groupByKind(graph, expected));
          expect(radius.size).toBe(expected.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the SPOF finder agrees with brute force: exactly the components whose loss takes a workload or VLAN down', () => {
    fc.assert(
      fc.property(randomNodes(), (nodes) => {
        const graph = graphOf(plainNodes(nodes));
        const expected = components(graph).filter((x) =>
          [...bruteForceDown(graph, [x])].some((index) => index !== x && ['workload', 'vlan'].includes(graph.nodes[index]?.kind ?? '')),
        );
        expect(singlePointsOfFailure(graph).map((spof) => graph.index.get(spof.component)).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an input to an `any` gate (redundancy) never enlarges a blast radius', () => {
    fc.assert(
      fc.property(randomNodes(), fc.nat(), fc.nat(), (nodes, pick, extraPick) => {
        const candidates = nodes.map((node, index) => ({ node, index })).filter(({ node, index }) => node.gate === 'any' && node.inputs.some((input) => input.to !== index));
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length] as { index: number };
        const before = graphOf(plainNodes(nodes));
        const after = graphOf(plainNodes(nodes, { node: target.index, input: extraPick % nodes.length }));
        const radiusAfter = new Map(blastRadii(after).map((radius) => [radius.component, radius]));
        for (const radius of blastRadii(before)) {
          const grown = radiusAfter.get(radius.component);
          for (const [kind, names] of Object.entries(grown?.down ?? {})) {
            expect(radius.down[kind as keyof typeof radius.down] ?? []).toEqual(expect.arrayContaining([...names]));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('failing more components never brings anything back up', () => {
    fc.assert(
      fc.property(randomNodes(), fc.array(fc.nat()), fc.array(fc.nat()), (nodes, first, more) => {
        const graph = graphOf(plainNodes(nodes));
        const pool = components(graph);
        const some = first.map((pick) => pool[pick % pool.length] as number);
        const all = [...some, ...more.map((pick) => pool[pick % pool.length] as number)];
        const smaller = downSet(graph, some);
        const larger = downSet(graph, all);
        for (const id of smaller) expect(larger.has(id)).toBe(true);
        expect(larger).toEqual(new Set([...bruteForceDown(graph, all)].map((index) => graph.nodes[index]?.id)));
      }),
      { numRuns: 300 },
    );
  });
});
