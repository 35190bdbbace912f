// Regenerates schema/kestra.schema.json from the built model (run after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { specJsonSchema } from '../dist/model/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/kestra.schema.json', import.meta.url), `${JSON.stringify(specJsonSchema(), null, 2)}\n`);
