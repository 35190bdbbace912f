import { describe, expect, it } from 'vitest';
import { buildFailureGraph, clusterVotes, impact } from '../../src/failure/index.js';
import { modelOf } from '../helpers/failure.js';

const nodes = (count: number) => Array.from({ length: count }, (_, index) => ({ host: `n${index + 1}`, votes: 1 }));

describe('clusterVotes (domain reference, section 3)', () => {
  it.each([
    ['Q1', 4, false, 4, 3],
    ['Q2', 3, false, 3, 2],
    ['Q3', 8, false, 8, 5],
    ['Q4', 2, false, 2, 2],
    ['Q6', 2, true, 3, 2],
    ['Q7', 15, false, 15, 8],
    ['Q8', 15, true, 29, 15],
  ] as const)('%s: %i nodes, QDevice %s → expected %i, quorum %i', (_id, count, qdevice, expected, quorum) => {
    const votes = clusterVotes({ nodes: nodes(count), ...(qdevice ? { qdevice: { host: 'q' } } : {}) });
    expect(votes).toMatchObject({ expected, quorum });
    // Re-derived: a strict majority, floor(expected / 2) + 1; the QDevice has 1 vote (even) or N − 1 (odd).
    expect(votes.quorum).toBe(Math.floor(votes.expected / 2) + 1);
    expect(votes.qdevice).toBe(qdevice ? (count % 2 === 0 ? 1 : count - 1) : 0);
  });
});

describe('quorum in the failure graph', () => {
  const spec = (count: number, qdevice: boolean) => `
version: 1
site: { name: q }
hosts:
${Array.from({ length: count }, (_, index) => `  - { id: n${index + 1}, role: hypervisor }`).join('\n')}
  - { id: q, role: sbc }
clusters:
  proxmox: [{ id: c, nodes: [${Array.from({ length: count }, (_, index) => `n${index + 1}`).join(', ')}]${qdevice ? ', qdevice: { host: q }' : ''} }]
`;
  const quorumLost = (yaml: string, failed: string[]) => impact(buildFailureGraph(modelOf(yaml)), failed).byKind.cluster !== undefined;
  const hostIds = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `host:n${from + index}`);

  it('Q3: 8 nodes tolerate 3 failures; the 4th makes the cluster inquorate', () => {
    expect(quorumLost(spec(8, false), hostIds(1, 3))).toBe(false);
    expect(quorumLost(spec(8, false), hostIds(1, 4))).toBe(true);
  });

  it('Q8: 15 nodes with a QDevice survive all but one node failing, and no node failing once the QDevice is down', () => {
    expect(quorumLost(spec(15, true), hostIds(1, 14))).toBe(false);
    expect(quorumLost(spec(15, true), ['host:q'])).toBe(false);
    expect(quorumLost(spec(15, true), ['host:q', 'host:n1'])).toBe(true);
  });

  it('Q4: a two-node cluster without QDevice loses quorum with either node', () => {
    expect(quorumLost(spec(2, false), ['host:n2'])).toBe(true);
    expect(quorumLost(spec(2, true), ['host:n2'])).toBe(false);
  });
});

describe('the graph records votes as weights', () => {
  it('a QDevice in a 15-node cluster is one input worth 14 votes (pvecm: N − 1 for odd counts)', async () => {
    const { inputsOf } = await import('../../src/failure/index.js');
    const graph = buildFailureGraph(
      modelOf(`
version: 1
site: { name: w }
hosts:
${Array.from({ length: 15 }, (_, index) => `  - { id: n${index + 1}, role: hypervisor }`).join('\n')}
  - { id: q, role: sbc }
clusters: { proxmox: [{ id: c, nodes: [${Array.from({ length: 15 }, (_, index) => `n${index + 1}`).join(', ')}], qdevice: { host: q } }] }
`),
    );
    const inputs = inputsOf(graph, 'cluster:c');
    expect(inputs).toHaveLength(16);
    expect(inputs.find((input) => input.id === 'host:q')?.weight).toBe(14);
    expect(graph.nodes[graph.index.get('cluster:c') ?? -1]?.gate).toEqual({ kind: 'atLeast', k: 15 });
  });
});
