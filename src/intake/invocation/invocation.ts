/** The persona's invocation form: `Persona: Kestra. Task: …. Inputs: …. Patterns: … + ….` */
import type { PatternId } from './pattern-ids.js';

/** What an invocation asks for. Inputs are paths as written, resolved later against the working directory. */
export interface Invocation {
  readonly persona: 'Kestra';
  readonly task?: string;
  readonly inputs: readonly string[];
  /** In the order given, without repeats. */
  readonly patterns: readonly PatternId[];
}

/** The personas Kestra answers to. */
export const SUPPORTED_PERSONAS = ['Kestra'] as const;

/** The labelled fields of an invocation, each with the spellings accepted for its label. */
export const invocationFields = {
  persona: ['persona'],
  task: ['task'],
  inputs: ['inputs', 'input'],
  patterns: ['patterns', 'pattern'],
} as const;
export type InvocationField = keyof typeof invocationFields;

/** Separators between items of a list field; "and" counts only as a whole word. */
export const listSeparators: Readonly<Record<'inputs' | 'patterns', RegExp>> = {
  inputs: /^\s*(?:[,;]|\s+and\s+)\s*/i,
  patterns: /^\s*(?:[,;+&]|\s+and\s+)\s*/i,
};
