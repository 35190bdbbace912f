import { describe, expect, it } from 'vitest';
import { missingEdgeLabels } from '../../../src/render/diagrams/edge-check.js';
import { failureDomainDiagram } from '../../../src/render/diagrams/failure-domains.js';
import { MAX_DIAGRAM_COLUMNS, columns } from '../../../src/render/diagrams/fit-diagram.js';
import { offlineSvg, renderAsciiDiagrams, renderSvgDiagrams, tidy } from '../../../src/render/diagrams/render-diagrams.js';
import { topologyDiagram } from '../../../src/render/diagrams/topology.js';
import { exampleFiles } from '../../helpers/paths.js';
import { loadExample, modelOf } from '../../helpers/load-example.js';

describe('ASCII diagrams of the examples (beautiful-mermaid)', () => {
  it.each(exampleFiles)('%s: every edge drawn, at most 100 columns, no simplification needed', async (file) => {
    const { model } = await loadExample(file);
    const specs = [topologyDiagram(model), failureDomainDiagram(model)];
    const drawn = await renderAsciiDiagrams(specs);
    for (const spec of specs) {
      const diagram = drawn.get(spec.id);
      expect(diagram?.problem).toBeUndefined();
      expect(diagram?.simplified).toBeUndefined();
      expect(missingEdgeLabels(spec, diagram?.drawing ?? '')).toEqual([]);
      expect(columns(diagram?.drawing ?? '')).toBeLessThanOrEqual(MAX_DIAGRAM_COLUMNS);
      // No colour codes: the drawing is plain text in a Markdown code block.
      expect(diagram?.drawing).not.toMatch(/\u001b\[/);
    }
  });

  it('fits a wide site to 100 columns by simplifying, still drawing every edge', async () => {
    const hosts = Array.from({ length: 12 }, (_, index) => `  - { id: node${index + 1}, role: hypervisor, nics: [{ id: eth0, speed: 1GbE, connectedTo: "sw:p${index + 1}" }] }`).join('\n');
    const ports = Array.from({ length: 12 }, (_, index) => `{ id: p${index + 1} }`).join(', ');
    const model = modelOf(`version: 1\nsite: { name: wide }\nhosts:\n${hosts}\nnetwork:\n  devices:\n    - { id: sw, kind: switch, ports: [${ports}] }\n`);
    const spec = topologyDiagram(model);
    const diagram = (await renderAsciiDiagrams([spec])).get(spec.id);
    expect(diagram?.simplified).toBeDefined();
    expect(diagram?.problem).toBeUndefined();
    expect(columns(diagram?.drawing ?? '')).toBeLessThanOrEqual(MAX_DIAGRAM_COLUMNS);
    expect(diagram?.mermaid).toContain('node12');
  });

  it('draws the same bytes every time', async () => {
    const { model } = await loadExample('three-node-ceph.yaml');
    const spec = topologyDiagram(model);
    const [first, second] = [await renderAsciiDiagrams([spec]), await renderAsciiDiagrams([spec])];
    expect(first.get(spec.id)?.drawing).toBe(second.get(spec.id)?.drawing);
  });
});

describe('SVG diagrams', () => {
  it('are offline and self-contained: no web-font import, no script, ids prefixed per diagram', async () => {
    const { model } = await loadExample('two-node-homelab.yaml');
    const specs = [topologyDiagram(model), failureDomainDiagram(model)];
    const svgs = await renderSvgDiagrams(specs);
    for (const spec of specs) {
      const svg = svgs.get(spec.id) ?? '';
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/@import|https?:\/\/fonts|<script/i);
      for (const match of svg.matchAll(/\sid="([^"]+)"/g)) expect(match[1]?.startsWith(`${spec.id}-`)).toBe(true);
      for (const match of svg.matchAll(/url\(#([^)]+)\)/g)) expect(match[1]?.startsWith(`${spec.id}-`)).toBe(true);
    }
    expect((await renderSvgDiagrams(specs)).get(specs[0]?.id ?? '')).toBe(svgs.get(specs[0]?.id ?? ''));
  });

  it('offlineSvg strips what an SVG could fetch or run', () => {
    const svg = offlineSvg(`<svg id="a" onload="x()"><style>@import url('https://fonts.example/x?a;b');</style><script>alert(1)</script><use href="#a"/><path marker-end="url(#a)"/></svg>`, 'd');
    expect(svg).toBe(`<svg id="d-a"><style></style><use href="#d-a"/><path marker-end="url(#d-a)"/></svg>`);
  });
});

describe('tidy', () => {
  it('drops trailing spaces and collapses runs of blank lines', () => {
    expect(tidy('\na  \n\n\n\nb \n\n')).toBe('a\n\nb');
  });
});
