import { describe, expect, it } from 'vitest';
import type { DiagramSpec } from '../../../src/render/diagrams/diagram-spec.js';
import { missingEdgeLabels } from '../../../src/render/diagrams/edge-check.js';
import { columns, fitDiagram } from '../../../src/render/diagrams/fit-diagram.js';

const star: DiagramSpec = {
  id: 'star',
  title: 'star',
  direction: 'TD',
  nodes: [{ id: 'sw', lines: ['sw', 'switch'] }, ...['h1', 'h2', 'h3'].map((id) => ({ id, lines: [id, 'hypervisor'] }))],
  edges: ['h1', 'h2', 'h3'].map((id) => ({ from: 'sw', to: id, label: '1G' })),
};

/** A stand-in renderer: one line per node, as wide as all its labels side by side, plus each edge label. */
const draw = (spec: DiagramSpec) => `${spec.nodes.map((node) => node.lines.join(' ')).join(' | ')}\n${spec.edges.map((edge) => edge.label).join(' ')}`;

describe('fitDiagram', () => {
  it('keeps the full diagram when it fits', () => {
    const fitted = fitDiagram(star, draw, 200);
    expect(fitted.spec).toBe(star);
    expect(fitted.simplified).toBeUndefined();
  });

  it('shortens labels to ids, then merges sibling leaves, until it fits', () => {
    expect(fitDiagram(star, draw, 20).simplified).toBe('labels shortened to ids');
    const merged = fitDiagram(star, draw, 10);
    expect(merged.simplified).toMatch(/merged into one box/);
    expect(merged.spec.nodes.map((node) => node.lines)).toEqual([['sw'], ['h1', 'h2', 'h3']]);
    expect(merged.spec.edges).toEqual([{ from: 'sw', to: 'merged:h1,h2,h3', label: '1G' }]);
  });

  it('says what is wrong when nothing fits or an edge is lost', () => {
    expect(fitDiagram(star, draw, 2).problem).toMatch(/columns wide/);
    expect(fitDiagram(star, () => 'nothing', 200).problem).toMatch(/lost 1× "1G"; the Mermaid source has every link/);
  });

  it('measures width in code points, not bytes', () => {
    expect(columns('┌──┐\n│a│')).toBe(4);
  });
});

describe('missingEdgeLabels', () => {
  const spec: DiagramSpec = { ...star, edges: [...star.edges, { from: 'sw', to: 'h1', label: '1G+PoE' }] };

  it('counts each label as a whole, so "1G" inside "1G+PoE" does not count', () => {
    expect(missingEdgeLabels(spec, '1G 1G 1G 1G+PoE')).toEqual([]);
    expect(missingEdgeLabels(spec, '1G+PoE 1G')).toEqual([{ label: '1G', missing: 2 }]);
  });
});
