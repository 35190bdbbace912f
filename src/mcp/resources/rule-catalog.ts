import { ruleCatalog } from '../rule-catalog.js';
import type { KestraResource } from './resource.js';

/** The rule catalog, as `kestra rules --format json` prints it. */
export const ruleCatalogResource: KestraResource = {
  uri: 'kestra://rules',
  name: 'rules',
  title: 'Kestra rule catalog',
  description: 'Every built-in rule: id, layer, default severity, title, rationale, remediation and references. The findings of analyze cite these ids.',
  mimeType: 'application/json',
  async read() {
    return `${JSON.stringify((await ruleCatalog()).entries, null, 2)}\n`;
  },
};
