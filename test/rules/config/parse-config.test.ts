/** kestra.config.yaml: severity overrides, options, custom rules (valid and broken, with located errors). */
import { describe, expect, it } from 'vitest';
import { fact } from '../../helpers/rule-tester.js';
import { parseRuleConfig } from '../../../src/rules/config/parse-config.js';
import { runRules } from '../../../src/rules/engine.js';
import { builtInRules } from '../../../src/rules/registry.js';
import { analysisOf, specModel } from '../../helpers/rule-tester.js';

const spec = `version: 1
site: { name: Test }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: hdd, size: 4TB, kind: hdd, count: 2 }] }
storage:
  zfs: [{ id: tank, host: pve1, vdevs: [{ layout: mirror, disks: [hdd] }] }]
workloads:
  - { id: wiki, kind: vm, host: pve1, criticality: high, vcpu: 2 }
  - { id: db, kind: vm, host: pve1, criticality: critical, rpo: 1h, vcpu: 4 }
  - { id: media, kind: ct, host: pve1, criticality: low }
`;

function parse(text: string) {
  return parseRuleConfig('kestra.config.yaml', text, builtInRules);
}

describe('custom rules', () => {
  const config = `rules:
  - id: custom/important-without-rpo
    title: Important workloads state an RPO
    layer: backup
    severity: high
    for: workloads
    when:
      - { field: criticality, in: [critical, high] }
      - { field: rpo, exists: false }
    message: 'Workload "{id}" is {criticality} but states no RPO.'
  - id: custom/pool-over-70
    title: Pools stay below 70 %
    for: zfs-pools
    when:
      - { fact: "storage/{id}/fill", gt: 70%, as: fill }
    message: 'Pool {id} is {fill} full.'
`;

  it('compile to rules that report located findings with filled-in messages', () => {
    const parsed = parse(config);
    expect(parsed.diagnostics).toEqual([]);
    const { model } = specModel(spec);
    const report = runRules({ model, analysis: analysisOf([fact('storage/tank/fill', 0.75, 'ratio')]), rules: parsed.config?.rules ?? [] });
    expect(report.findings.map((finding) => [finding.ruleId, finding.severity, finding.subjects[0], finding.location?.line, finding.message])).toEqual([
      ['custom/pool-over-70', 'medium', 'tank', 6, 'Pool tank is 75% full.'],
      ['custom/important-without-rpo', 'high', 'wiki', 8, 'Workload "wiki" is high but states no RPO.'],
    ]);
    expect(report.findings[0]?.evidence).toEqual(['storage/tank/fill']);
  });

  it('an unknown fact never fires (no guessing)', () => {
    const { model } = specModel(spec);
    const report = runRules({ model, analysis: analysisOf(), rules: parse(config).config?.rules ?? [] });
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['custom/important-without-rpo']);
  });

  it('compares numbers, lengths and quantities with units', () => {
    const parsed = parse(`rules:
  - id: custom/big-vm
    title: Few vCPUs
    for: workloads
    when: [{ field: vcpu, gte: 4 }]
    message: '{id} has {vcpu} vCPUs'
  - id: custom/two-disks
    title: Hosts with two disks
    for: hosts
    when: [{ field: disks.length, equals: 2 }, { field: role, notEquals: nas }]
    message: '{id}'
`);
    expect(parsed.diagnostics).toEqual([]);
    const { model } = specModel(spec);
    const report = runRules({ model, analysis: analysisOf(), rules: parsed.config?.rules ?? [] });
    expect(report.findings.map((finding) => finding.message)).toEqual(['pve1', 'db has 4 vCPUs']);
  });

  it('a broken custom rule gets located errors, all at once', () => {
    const parsed = parse(`rules:
  - id: custom/broken
    title: Broken
    for: workloads
    when:
      - { field: critically, in: [high] }
      - { field: rpo }
      - { fact: "backup/{id}/achieved-rpo", gt: soon }
    message: '{nme} is broken'
`);
    expect(parsed.config).toBeUndefined();
    expect(parsed.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column, diagnostic.code, diagnostic.message, diagnostic.hint])).toEqual([
      [6, 18, 'invalid-custom-rule', '"critically" is not a field of workloads', 'did you mean "criticality"?'],
      [7, 9, 'invalid-custom-rule', 'a condition compares nothing', 'add e.g. "exists: false" or "gt: 80%"'],
      [8, 49, 'invalid-custom-rule', '"soon" is not a number or a quantity', 'write the unit after the number'],
      [9, 14, 'invalid-custom-rule', 'placeholder {nme}: "nme" is not a field of workloads', 'did you mean "name"?'],
    ]);
  });

  it('schema errors in the file are located too, and custom ids may not reuse built-in ids', () => {
    const wrong = parse('rules:\n  - id: custom/x\n    title: X\n    for: toasters\n    when: [{ field: id, exists: true }]\n    message: x\n');
    expect(wrong.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column, diagnostic.code])).toEqual([[4, 10, 'invalid-value']]);
    const clash = parse('rules:\n  - id: backup/no-offsite-copy\n    title: Mine\n    for: workloads\n    when: [{ field: id, exists: true }]\n    message: x\n');
    expect(clash.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column, diagnostic.code])).toEqual([[2, 9, 'duplicate-rule-id']]);
    const syntax = parse('rules: [\n');
    expect(syntax.diagnostics[0]?.code).toBe('yaml-syntax');
  });
});

describe('severity overrides and options', () => {
  it('accepts known ids and parses options with units', () => {
    const parsed = parse('severity:\n  backup/no-immutable-copy: low\n  observability/no-ups-monitoring: off\noptions:\n  storage/raidz1-large-disks: { minDiskSize: 4TB }\n  backup/restore-untested: { maxDays: 180 }\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.config).toMatchObject({ severity: { 'backup/no-immutable-copy': 'low', 'observability/no-ups-monitoring': 'off' }, options: { 'storage/raidz1-large-disks': { minDiskSize: 4e12 }, 'backup/restore-untested': { maxDays: 180 } } });
  });

  it('names unknown rule ids and bad options where they are written', () => {
    const parsed = parse('severity:\n  backup/no-ofsite-copy: low\noptions:\n  backup/restore-untested: { maxDays: -3 }\n  backup/no-backup: { x: 1 }\n');
    expect(parsed.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column, diagnostic.code, diagnostic.hint ?? ''])).toEqual([
      [2, 3, 'unknown-rule-id', 'did you mean "backup/no-offsite-copy"?'],
      [4, 39, 'out-of-range', 'change the value to fit the range'],
      [5, 21, 'rule-has-no-options', 'run "kestra explain backup/no-backup" to see what the rule reads'],
    ]);
  });
});
