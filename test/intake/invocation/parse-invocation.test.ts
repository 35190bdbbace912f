import { describe, expect, it } from 'vitest';
import { parseInvocation } from '../../../src/intake/invocation/parse-invocation.js';

const seedFirst =
  'Persona: Kestra. Task: Design a two-node Proxmox cluster with shared storage and backup strategy. Inputs: hardware-inventory.md. Patterns: chain-of-thought + rule-based reasoning.';
const seedSecond =
  'Persona: Kestra. Task: Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN. Inputs: network-map.png summary. Patterns: planning-phase + orchestration (for worker stage).';

describe('parseInvocation', () => {
  it("reads the seed's first example verbatim", () => {
    expect(parseInvocation(seedFirst)).toEqual({
      ok: true,
      invocation: {
        persona: 'Kestra',
        task: 'Design a two-node Proxmox cluster with shared storage and backup strategy',
        inputs: ['hardware-inventory.md'],
        patterns: ['chain-of-thought', 'rule-based-reasoning'],
      },
    });
  });

  it("reads the seed's second example, dropping the parenthetical remark", () => {
    expect(parseInvocation(seedSecond)).toEqual({
      ok: true,
      invocation: {
        persona: 'Kestra',
        task: 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN',
        inputs: ['network-map.png summary'],
        patterns: ['planning-phase', 'orchestration'],
      },
    });
  });

  it('takes fields in any order with labels in any case', () => {
    const result = parseInvocation('PATTERNS: meta-rules and recursive-self-eval. inputs: a.yaml, b.md and c.yaml. task: Plan it. persona: kestra.');
    expect(result).toEqual({
      ok: true,
      invocation: { persona: 'Kestra', task: 'Plan it', inputs: ['a.yaml', 'b.md', 'c.yaml'], patterns: ['meta-rules', 'recursive-self-eval'] },
    });
  });

  it.each([
    ['chain-of-thought + rule-based reasoning', ['chain-of-thought', 'rule-based-reasoning']],
    ['chain-of-thought, planning-phase', ['chain-of-thought', 'planning-phase']],
    ['patterns/chain-of-thought.md and patterns/meta-rules.md', ['chain-of-thought', 'meta-rules']],
    ['Recursive Self Evaluation + Orchestration', ['recursive-self-eval', 'orchestration']],
    ['cot + cot', ['chain-of-thought']],
  ])('separates patterns %j', (patterns, expected) => {
    const result = parseInvocation(`Persona: Kestra. Inputs: x.yaml. Patterns: ${patterns}.`);
    expect(result.ok && result.invocation.patterns).toEqual(expected);
  });

  it('keeps a long free-form task with commas, "and", periods and lower-case label words', () => {
    const task =
      'Plan a staged move of the family NAS to a mirrored pool, keep the photos online, and check the following task: the UPS must cover the switch. Then, if budget allows, add a QDevice';
    const result = parseInvocation(`Persona: Kestra. Task: ${task}. Inputs: home.yaml.`);
    expect(result.ok && result.invocation.task).toBe(task);
  });

  it('reads JSON-quoted values and items', () => {
    const result = parseInvocation('Persona: Kestra. Task: "Inputs: are quoted." Inputs: "my inventory, v2.yaml", b.yaml.');
    expect(result.ok && result.invocation).toEqual({ persona: 'Kestra', task: 'Inputs: are quoted.', inputs: ['my inventory, v2.yaml', 'b.yaml'], patterns: [] });
  });

  it('accepts fields without separating punctuation when the label is capitalised', () => {
    const result = parseInvocation('Persona: Kestra Task: Plan backups Inputs: a.yaml');
    expect(result.ok && result.invocation).toEqual({ persona: 'Kestra', task: 'Plan backups', inputs: ['a.yaml'], patterns: [] });
  });

  it('rejects another persona, listing the supported one', () => {
    const result = parseInvocation('Persona: Athena. Task: x. Inputs: a.yaml.');
    expect(result).toMatchObject({ ok: false, message: 'persona "Athena" is not supported', hint: 'supported personas: Kestra' });
  });

  it('rejects an unknown pattern, listing the supported ones with a suggestion', () => {
    const result = parseInvocation('Persona: Kestra. Inputs: a.yaml. Patterns: chain-of-thought + tree-of-thought.');
    expect(result).toMatchObject({ ok: false, message: 'unknown pattern "tree-of-thought"' });
    expect(!result.ok && result.hint).toBe(
      'supported patterns: planning-phase, chain-of-thought, rule-based-reasoning, recursive-self-eval, meta-rules, orchestration',
    );
    const typo = parseInvocation('Persona: Kestra. Patterns: rule-basd.');
    expect(!typo.ok && typo.hint).toMatch(/^did you mean "rule-based-reasoning"\? supported patterns: /);
  });

  it.each([
    ['Persona: Kestra. Task: a. Task: b.', '"Task:" is given twice'],
    ['Persona: Kestra. Task: . Inputs: a.yaml', '"Task:" is empty'],
    ['Persona: Kestra. Inputs: a.yaml, , b.yaml', 'an input is empty'],
    ['Persona: Kestra. Task: "open', 'Task: a quoted value is not closed with "'],
    ['Persona: Kestra. Task: "x" and more. Inputs: a', 'Task: unexpected text "and more. Inputs: a" after the quoted value'],
    ['Do it. Task: x.', 'unlabelled text "Do it" before the first label'],
  ])('rejects %j', (text, message) => {
    expect(parseInvocation(text)).toMatchObject({ ok: false, message });
  });

  it('takes unlabelled leading text as the task when no Task: is given', () => {
    expect(parseInvocation('Design a backup strategy. Inputs: a.yaml.')).toMatchObject({ ok: true, invocation: { task: 'Design a backup strategy', inputs: ['a.yaml'] } });
  });
});
