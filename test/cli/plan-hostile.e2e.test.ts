import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { hostileGoal, hostileModel, hostileSiteName, longId, writeHostileSpec } from '../helpers/hostile-spec.js';
import { parseMarkdown, walk } from '../helpers/markdown-ast.js';
import { runCli } from '../helpers/run-cli.js';

const spec = writeHostileSpec();
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

describe('hostile names are escaped in every format', () => {
  it('Markdown: no HTML, no stray markup, every table row keeps its columns, the text reads as written', () => {
    const result = runCli(['plan', spec]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const tree = parseMarkdown(result.stdout);
    const types = new Set<string>();
    walk(tree, (node) => {
      types.add(node.type);
      if (node.type === 'table') {
        const widths = node.children.map((row) => row.children.length);
        expect(new Set(widths).size).toBe(1);
      }
    });
    expect(types.has('html')).toBe(false);
    expect(types.has('image')).toBe(false);
    const title = tree.children[0];
    expect(title?.type === 'heading' && toString(title)).toBe(`Architecture report: ${oneLine(hostileSiteName)}`);
    const text = toString(tree);
    expect(text).toContain(oneLine(hostileModel));
    expect(text).toContain(`Goal: ${oneLine(hostileGoal)}`);
    expect(text).toContain(longId);
    // Only the report's own headings: nothing the input wrote became one.
    walk(tree, (node) => {
      if (node.type === 'heading') expect(toString(node)).not.toMatch(/not a heading/);
    });
  });

  it('HTML: no tag from the input survives; the text is there, escaped', () => {
    const result = runCli(['plan', spec, '--format', 'html']);
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).not.toMatch(/<script|<img|<\/td><\/tr><\/table>|onerror=alert\(2\)>/i);
    expect(html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; | pipes | **bold** `tick` [x](http://x) line1\nline2');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain(longId);
  });

  it('JSON: strings kept exactly as written, the document parses', () => {
    const result = runCli(['plan', spec, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.site).toBe(hostileSiteName);
    expect(result.stdout).toContain(JSON.stringify(hostileModel));
    expect(result.stdout).toContain(longId);
  });

  it('diagrams shorten the 500-character id instead of drawing a 500-column box', () => {
    const result = runCli(['plan', spec]);
    const drawings = [...result.stdout.matchAll(/```text\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');
    expect(drawings.length).toBeGreaterThan(0);
    for (const drawing of drawings) for (const line of drawing.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });
});
