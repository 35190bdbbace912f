import { describe, expect, it } from 'vitest';
import { defaultPatterns } from '../../src/report/patterns/default-patterns.js';
import { sectionStages } from '../../src/report/patterns/orchestration.js';
import { buildExampleReport } from '../helpers/build-example-report.js';
import { loadExample } from '../helpers/load-example.js';
import { sectionText } from '../helpers/section-text.js';

const section = async (id: string, options: Parameters<typeof buildExampleReport>[1]) => {
  const report = await buildExampleReport('two-node-homelab.yaml', options);
  return { report, text: sectionText(report.sections.find((item) => item.id === id)) };
};

describe('pattern modules', () => {
  it('planning-phase opens with mission, inputs, constraints, risks, unknowns, deliverables and acceptance criteria', async () => {
    const { report, text } = await section('planning-phase', { patterns: ['planning-phase'], task: 'Add a QDevice' });
    expect(report.sections[0]?.title).toBe('Planning Phase');
    for (const heading of ['Mission', 'Inputs', 'Constraints', 'Key risks', 'Unknowns', 'Deliverables', 'Acceptance criteria']) expect(text).toContain(heading);
    expect(text).toContain('Add a QDevice');
    expect(text).toContain('Budget at most 600.00 EUR.');
    expect(text).toContain('No outage of homeassistant at any step.');
  });

  it('chain-of-thought works through each layer in five stages', async () => {
    const { text } = await section('architecture-narrative', { patterns: ['chain-of-thought'] });
    for (const layer of ['Network', 'Compute', 'Storage', 'Security']) expect(text).toContain(layer);
    expect(text.match(/1\. Assumptions\./g)).toHaveLength(7);
    expect(text.match(/5\. Risks and next actions\./g)).toHaveLength(7);
    const plain = await section('architecture-narrative', { patterns: [] });
    expect(plain.text).not.toContain('1. Assumptions.');
  });

  it('rule-based-reasoning lists the rules in force, and says so when no catalog is loaded', async () => {
    const { text } = await section('risks', { patterns: ['rule-based-reasoning'] });
    expect(text).toContain('Rules in force');
    expect(text).toContain('No rule catalog is loaded for this report');
  });

  it('recursive-self-eval shows the critique and what the revision changed', async () => {
    const { text } = await section('self-review', { patterns: ['recursive-self-eval'] });
    expect(text).toContain('Critique and revision');
    expect(text).toContain('Guardrail findings computed by the rules | no rules ran and no open question about it | added the open question: Which guardrails does the site break?');
    // The first draft's critique is lint's: it names no single point of failure.
    expect(text).toContain('plan/spof-not-named | warning | Risks | the plan never names a single point of failure (or says there is none)');
    expect(text).toContain('Fix: the changes below. Re-review: every check passes.');
    const without = await section('self-review', { patterns: [] });
    expect(without.text).not.toContain('Critique and revision');
  });

  it('meta-rules apply the house style: risks first, concise, and state it', async () => {
    const houseStyle = (model: import('../../src/model/types.js').Model) => ({ ...model, settings: { ...model.settings, caution: 'risks-first' as const, concise: true, requiredSections: ['Risks'] } });
    const { report, text } = await section('self-review', { patterns: ['meta-rules'], model: houseStyle });
    expect(report.sections.map((item) => item.id).slice(0, 3)).toEqual(['summary', 'risks', 'current-state']);
    expect(text).toContain('Caution: risks first (the Risks section follows the Summary).');
    expect(text).toContain('Concise: yes (explanatory paragraphs left out).');
    expect(report.sections.flatMap((item) => item.blocks).some((block) => block.kind === 'paragraph' && block.detail)).toBe(false);
    const plain = await buildExampleReport('two-node-homelab.yaml', { patterns: [] });
    expect(plain.sections.flatMap((item) => item.blocks).some((block) => block.kind === 'paragraph' && block.detail)).toBe(true);
  });

  it('orchestration labels every section planner, worker or QA, and names the pipeline in the Summary', async () => {
    const { report, text } = await section('summary', { patterns: ['orchestration'] });
    expect(report.sections.map((item) => item.stage)).toEqual(report.sections.map((item) => sectionStages[item.id]));
    expect(report.sections.find((item) => item.id === 'self-review')?.stage).toBe('qa');
    expect(text).toContain('Planner: Summary, Current State, Target State, Options Compared.');
  });
});

describe('defaultPatterns', () => {
  it.each([
    [undefined, ['chain-of-thought', 'rule-based-reasoning', 'recursive-self-eval']],
    ['Design a two-node Proxmox cluster with shared storage and backup strategy', ['chain-of-thought', 'rule-based-reasoning', 'recursive-self-eval']],
    ['Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN', ['planning-phase', 'rule-based-reasoning', 'recursive-self-eval', 'orchestration']],
  ])('for %j', async (task, expected) => {
    const { model } = await loadExample('two-node-homelab.yaml');
    expect(defaultPatterns(task, model).patterns).toEqual(expected);
  });

  it('adds meta-rules when the spec sets a house style, and says why', async () => {
    const { model } = await loadExample('two-node-homelab.yaml');
    const choice = defaultPatterns(undefined, { ...model, settings: { ...model.settings, concise: true } });
    expect(choice.patterns).toContain('meta-rules');
    expect(choice.reason).toMatch(/house style/);
  });
});
