/**
 * Renders diagram specs with beautiful-mermaid (https://github.com/lukilabs/beautiful-mermaid): ASCII for
 * Markdown, SVG for HTML. The package bundles a layout engine and costs hundreds of milliseconds to load,
 * so it is imported here, lazily, and only `kestra plan` reaches this module.
 */
import type { DiagramSpec } from './diagram-spec.js';
import { type FittedDiagram, fitDiagram } from './fit-diagram.js';
import { mermaidSource } from './mermaid-source.js';

/** A diagram drawn for Markdown: the ASCII art and the Mermaid source it was drawn from. */
export interface AsciiDiagram extends FittedDiagram {
  readonly mermaid: string;
}

/**
 * Vertical space between boxes in left-to-right diagrams, whose disconnected parts are stacked: the
 * renderer's default (5) leaves long empty stretches there. Top-down diagrams keep the default, which is
 * what leaves room for the edge labels between rows.
 */
const STACKED_PADDING_Y = 2;

/** Draws each diagram as ASCII (Unicode box drawing), fitted to 100 columns, keyed by diagram id. */
export async function renderAsciiDiagrams(specs: readonly DiagramSpec[]): Promise<Map<string, AsciiDiagram>> {
  if (specs.length === 0) return new Map();
  const { renderMermaidASCII } = await import('beautiful-mermaid');
  const draw = (spec: DiagramSpec) => tidy(renderMermaidASCII(mermaidSource(spec), { colorMode: 'none', ...(spec.direction === 'LR' ? { paddingY: STACKED_PADDING_Y } : {}) }));
  return new Map(
    specs.map((spec) => {
      const fitted = fitDiagram(spec, draw);
      return [spec.id, { ...fitted, mermaid: mermaidSource(fitted.spec) }];
    }),
  );
}

/** Draws each diagram as a self-contained SVG (no web fonts, ids prefixed per diagram), keyed by diagram id. */
export async function renderSvgDiagrams(specs: readonly DiagramSpec[]): Promise<Map<string, string>> {
  if (specs.length === 0) return new Map();
  const { renderMermaidSVG } = await import('beautiful-mermaid');
  return new Map(specs.map((spec) => [spec.id, offlineSvg(renderMermaidSVG(mermaidSource(spec), { bg: '#ffffff', fg: '#1f2328' }), spec.id)]));
}

/** Trailing spaces removed and runs of blank lines collapsed: the same drawing, fewer bytes. */
export function tidy(drawing: string): string {
  return drawing
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The SVG made safe to inline offline: the web-font `@import` removed (the report must not touch the
 * network), ids and their references prefixed so two diagrams in one page do not share markers, and
 * anything that could run script dropped.
 */
export function offlineSvg(svg: string, prefix: string): string {
  const safePrefix = prefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return svg
    .replace(/@import\s+url\([^)]*\)\s*;?/g, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\bid="([^"]+)"/g, (_match, id: string) => `id="${safePrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_match, id: string) => `url(#${safePrefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_match, id: string) => `href="#${safePrefix}-${id}"`);
}
