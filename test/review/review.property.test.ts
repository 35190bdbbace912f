/**
 * The review never throws and always answers with located findings, whatever it is given: random
 * text, Markdown-shaped noise, binary bytes decoded as text, huge input and the parser's worst cases.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPlanMarkdown } from '../../src/review/index.js';
import { fixturesDir } from '../helpers/paths.js';

const markdownPieces = ['# ', '## ', '### Step 1\n', '- ', '1. ', '> ', '`', '```\n', '**', '_', '[', '](', '|', '|---|', '\n', '\n\n', ' ', 'Rollback:', 'Risks', 'zpool destroy tank', 'as needed', '32 GB RAM', 'pve1', 'VLAN 30', '<!--', '\t', '\\', '[^1]: '];
const markdownNoise = fc.array(fc.constantFrom(...markdownPieces), { maxLength: 300 }).map((pieces) => pieces.join(''));

function expectWellFormed(markdown: string): void {
  const result = reviewPlanMarkdown(markdown);
  const lines = markdown.split('\n').length;
  for (const finding of result.findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.message.length).toBeGreaterThan(0);
  }
  expect(result.scores.overall).toBeGreaterThanOrEqual(0);
  expect(result.scores.overall).toBeLessThanOrEqual(100);
}

describe('reviewPlanMarkdown never throws', () => {
  it('on random strings (full Unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), expectWellFormed), { numRuns: 200 });
  });

  it('on Markdown-shaped noise', () => {
    fc.assert(fc.property(markdownNoise, expectWellFormed), { numRuns: 300 });
  });

  it('on binary bytes read as text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectWellFormed(new TextDecoder('utf-8').decode(bytes))), { numRuns: 100 });
  });

  it('on the parser\'s worst cases: deep nesting, delimiter runs, giant lines', () => {
    const cases = [
      '>'.repeat(50_000),
      '- '.repeat(20_000),
      `${'*'.repeat(30_000)}x${'*'.repeat(30_000)}`,
      Array.from({ length: 3000 }, (_, index) => `${' '.repeat(2 * index)}- x`).join('\n'),
      '[^a]: '.repeat(20_000),
      'a'.repeat(400_000),
      '\u0000\uffff\ud800'.repeat(1000),
    ];
    for (const markdown of cases) {
      const started = performance.now();
      expectWellFormed(markdown);
      expect(performance.now() - started).toBeLessThan(20_000);
    }
  });

  it('reports over-long input as unreadable instead of parsing it', () => {
    const result = reviewPlanMarkdown('x'.repeat(600_000));
    expect(result.findings.map((finding) => [finding.ruleId, finding.severity, finding.line])).toEqual([['plan/unreadable', 'error', 1]]);
    expect(result.checks.every((check) => check.status === 'not-applicable')).toBe(true);
  });

  it('reports a line nested too deep, and still reviews the rest at the same positions', () => {
    const markdown = `## Rollback\n\n${'> '.repeat(40)}deep\n\n## Steps\n\n1. \`zpool destroy tank\`\n`;
    const result = reviewPlanMarkdown(markdown);
    expect(result.findings.filter((finding) => ['plan/unreadable', 'plan/destructive-without-backup'].includes(finding.ruleId)).map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`)).toEqual([
      '3:1 plan/unreadable',
      '7:5 plan/destructive-without-backup',
    ]);
  });

  it('is deterministic: the same plan gives the same result', () => {
    const markdown = readFileSync(join(fixturesDir, 'plans', 'chat-assistant.md'), 'utf8');
    expect(JSON.stringify(reviewPlanMarkdown(markdown))).toBe(JSON.stringify(reviewPlanMarkdown(markdown)));
  });

  it('reviews a large realistic plan (about 200 KB) in well under the time a person waits', () => {
    const markdown = readFileSync(join(fixturesDir, 'plans', 'good-homelab.md'), 'utf8').repeat(40);
    const started = performance.now();
    const result = reviewPlanMarkdown(markdown);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.stats.steps).toBe(160);
  });
});
