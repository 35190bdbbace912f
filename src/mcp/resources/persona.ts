import { readFile } from 'node:fs/promises';
import { packageFile, type KestraResource } from './resource.js';

/** The persona Kestra implements (docs/persona.md): its rules, patterns, output expectations and failure modes. */
export const personaResource: KestraResource = {
  uri: 'kestra://persona',
  name: 'persona',
  title: 'Kestra – Systems & Infra Architect (persona)',
  description: "The persona Kestra implements: purpose, rules, recommended patterns, example invocations, output expectations and failure modes to avoid. The prompts embed it.",
  mimeType: 'text/markdown',
  read: () => readFile(packageFile('docs/persona.md'), 'utf8'),
};
