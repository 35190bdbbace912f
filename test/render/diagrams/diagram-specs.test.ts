import { describe, expect, it } from 'vitest';
import { failureDomainDiagram, failureDomains } from '../../../src/render/diagrams/failure-domains.js';
import { mermaidSource, labelText, MAX_LABEL_LENGTH } from '../../../src/render/diagrams/mermaid-source.js';
import { topologyDiagram } from '../../../src/render/diagrams/topology.js';
import { loadExample, modelOf } from '../../helpers/load-example.js';

describe('topologyDiagram', () => {
  it('draws every cable of the two-node homelab once, from the WAN down, with its speed', async () => {
    const { model } = await loadExample('two-node-homelab.yaml');
    const diagram = topologyDiagram(model);
    expect(diagram.edges).toEqual([
      { from: 'isp', to: 'gw', label: '500M/100M' },
      { from: 'gw', to: 'sw1', label: '1G' },
      { from: 'sw1', to: 'ap1', label: '1G+PoE' },
      { from: 'sw1', to: 'nas', label: '1G' },
      { from: 'sw1', to: 'pve1', label: '1G' },
      // pve2's NIC is 2.5GbE but its switch port is 1GbE: the cable runs at the slower end.
      { from: 'sw1', to: 'pve2', label: '1G' },
    ]);
    expect(diagram.nodes.find((node) => node.id === 'pve1')?.lines).toEqual(['pve1', 'hypervisor', 'power: ups1']);
    expect(diagram.nodes.find((node) => node.id === 'ap1')?.lines).toEqual(['ap1', 'access-point', 'power: PoE sw1']);
  });

  it('merges parallel cables into one counted edge', async () => {
    const { model } = await loadExample('three-node-ceph.yaml');
    const edges = topologyDiagram(model).edges;
    expect(edges.filter((edge) => edge.to === 'pve1')).toEqual([
      { from: 'core', to: 'pve1', label: '2×10G' },
      { from: 'corosync-sw', to: 'pve1', label: '1G' },
    ]);
  });

  it('leaves out devices with no cable, and draws nothing when nothing is cabled', () => {
    const model = modelOf('version: 1\nsite: { name: x }\nhosts:\n  - { id: lone, role: server }\n');
    expect(topologyDiagram(model).edges).toEqual([]);
  });
});

describe('failureDomainDiagram', () => {
  it('lists what shares each power source, switch and host, power in the order it flows', async () => {
    const { model } = await loadExample('three-node-ceph.yaml');
    expect(failureDomains(model).map((domain) => `${domain.source} ${domain.label}: ${domain.members.join(', ')}`)).toEqual([
      'circuit-a powers: ups-rack',
      'ups-rack powers: pdu1',
      'pdu1 powers: core, corosync-sw, fw, pbs, pve1, pve2, pve3',
      'core carries: fw, pbs, pve1, pve2, pve3',
      'corosync-sw carries: pve1, pve2, pve3',
      'pve1 runs: dc1, gitea, k3s-1',
      'pve2 runs: homeassistant, k3s-2, postgres',
      'pve3 runs: ci-runner, k3s-3, media, monitoring',
    ]);
  });

  it('marks a PoE-powered device in its switch box and a dual-fed device in both power boxes', () => {
    const model = modelOf(`version: 1
site: { name: x }
power:
  ups: [{ id: ups-a }, { id: ups-b }]
hosts:
  - { id: h1, role: server, power: { feeds: [ups-a, ups-b] } }
network:
  devices:
    - { id: sw, kind: switch, ports: [{ id: p1 }] }
    - { id: ap, kind: access-point, ports: [{ id: e0 }], power: { poeFrom: "sw:p1" } }
  links: [{ a: "ap:e0", b: "sw:p1" }]
`);
    expect(failureDomains(model).map((domain) => `${domain.source}: ${domain.members.join(', ')}`)).toEqual(['ups-a: h1 (also ups-b)', 'ups-b: h1 (also ups-a)', 'sw: ap (PoE)']);
  });

  it('says SPOF in the box of each single point of failure it is given', async () => {
    const { model } = await loadExample('two-node-homelab.yaml');
    const diagram = failureDomainDiagram(model, { spofs: new Set(['ups1', 'sw1']) });
    expect(diagram.nodes.find((node) => node.id === 'ups1')?.lines).toEqual(['ups1', 'UPS', 'SPOF']);
    expect(diagram.nodes.find((node) => node.id === 'pve1')?.lines).toEqual(['pve1', 'hypervisor']);
  });
});

describe('mermaidSource', () => {
  it('uses positional node ids and `A -->|label| B` edges', () => {
    const source = mermaidSource({ id: 'd', title: 't', direction: 'TD', nodes: [{ id: 'a', lines: ['a', 'x'] }, { id: 'b', lines: ['b'] }], edges: [{ from: 'a', to: 'b', label: '1G' }] });
    expect(source).toBe('graph TD\n  n0["a<br/>x"]\n  n1["b"]\n  n0 -->|1G| n1\n');
  });

  it('keeps only plain characters in labels and shortens long ones', () => {
    expect(labelText('<b>x</b>')).toBe('b x /b');
    expect(labelText('a|b"c[d]')).toBe('a b c d');
    expect([...labelText('x'.repeat(500))]).toHaveLength(MAX_LABEL_LENGTH);
    expect(labelText('x'.repeat(500)).endsWith('…')).toBe(true);
    expect(labelText('\n\t')).toBe('?');
  });

  it('refuses an edge to a node that is not in the diagram', () => {
    expect(() => mermaidSource({ id: 'd', title: 't', direction: 'TD', nodes: [], edges: [{ from: 'a', to: 'b', label: 'x' }] })).toThrow(/unknown node/);
  });
});
