/**
 * Validates a SARIF log against the SARIF 2.1.0 JSON Schema: the OASIS 2.1.0 schema expressed in JSON
 * Schema draft 2020-12, as shipped by Microsoft's SARIF SDK (see test/fixtures/sarif/README.md).
 * Shared by every test of Kestra's SARIF output (`kestra analyze` and `kestra lint`).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './paths.js';

const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);

/** The compiled validator; after a call, `validateSarif.errors` holds what failed. */
export const validateSarif = ajv.compile(JSON.parse(readFileSync(join(fixturesDir, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')));
