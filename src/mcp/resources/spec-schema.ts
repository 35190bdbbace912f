import type { KestraResource } from './resource.js';

/** The JSON Schema of the spec, as `kestra schema` prints it. */
export const specSchemaResource: KestraResource = {
  uri: 'kestra://schema/spec.json',
  name: 'spec-schema',
  title: 'Kestra spec JSON Schema',
  description: 'The JSON Schema of a Kestra spec (YAML or JSON): every field with its unit and default. Read it before writing or fixing an inventory.',
  mimeType: 'application/schema+json',
  async read() {
    const { specJsonSchema } = await import('../../model/json-schema.js');
    return `${JSON.stringify(specJsonSchema(), null, 2)}\n`;
  },
};
