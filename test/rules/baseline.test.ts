import { describe, expect, it } from 'vitest';
import { baselineOf, compareWithBaseline, serializeBaseline } from '../../src/rules/baseline.js';
import type { Finding } from '../../src/rules/finding.js';
import { fingerprintOf } from '../../src/rules/finding.js';

const finding = (ruleId: string, subject: string, message = 'm'): Finding => ({
  ruleId,
  messageId: 'x',
  severity: 'high',
  layer: 'backup',
  subjects: [subject],
  message,
  evidence: [],
  blastRadius: [],
  mitigation: '',
  references: [],
  fingerprint: fingerprintOf(ruleId, 'x', [subject]),
});

describe('baseline', () => {
  const a = finding('backup/no-backup', 'wiki');
  const b = finding('backup/no-backup', 'db');
  const c = finding('power/no-automated-shutdown', 'ups1');

  it('splits new, known and fixed, and shrinks by the fixed entries only', () => {
    const baseline = baselineOf([a, b]);
    const comparison = compareWithBaseline([a, c], baseline);
    expect(comparison.new).toEqual([c]);
    expect(comparison.known).toEqual([a]);
    expect(comparison.fixed.map((entry) => entry.fingerprint)).toEqual([b.fingerprint]);
    // Shrink-only: the new finding c is not added.
    expect(comparison.next.findings.map((entry) => entry.fingerprint)).toEqual([a.fingerprint]);
  });

  it('identifies findings by rule, message key and subjects, not by the changing text', () => {
    const baseline = baselineOf([finding('storage/pool-above-fill-limit', 'tank', 'Pool "tank" is 82 % full')]);
    expect(compareWithBaseline([finding('storage/pool-above-fill-limit', 'tank', 'Pool "tank" is 85 % full')], baseline).new).toEqual([]);
  });

  it('serializes deterministically, sorted by fingerprint', () => {
    expect(serializeBaseline(baselineOf([c, b, a]))).toBe(serializeBaseline(baselineOf([a, b, c])));
    expect(baselineOf([c, a]).findings.map((entry) => entry.ruleId)).toEqual(['backup/no-backup', 'power/no-automated-shutdown']);
  });
});
