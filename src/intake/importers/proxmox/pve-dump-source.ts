/**
 * A directory of `pvesh get <path> --output-format json > DIR/<file>.json` dumps, for users who
 * will not give a tool network access to their cluster. File names follow dumpFileName().
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asRecord } from '../json-fields.js';
import { SourceError } from '../source-error.js';
import { dumpFileName, type PveSource } from './pve-source.js';

/** A source that reads `dir/<dumpFileName(path)>`. */
export function pveDumpSource(dir: string): PveSource {
  const description = `pvesh dump in ${dir}`;
  return {
    description,
    async get(path) {
      const name = dumpFileName(path);
      const file = join(dir, name);
      const hint = `create it on a cluster node with: pvesh get ${path} --output-format json > ${file} (or run scripts/pve-dump.sh)`;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { found: false, status: 404, reason: `${description} has no ${name}`, hint };
        throw new SourceError(`cannot read ${file} (${code ?? 'unknown error'})`, 'check the directory and its permissions');
      }
      // pvesh leaves an empty file behind when the command failed (the path does not exist on this node).
      if (text.trim() === '') return { found: false, status: 404, reason: `${file} is empty (the pvesh command failed)`, hint };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        // The parser's message quotes the file; it is left out in case the file holds something private.
        throw new SourceError(`${file} is not valid JSON`, `write it again with --output-format json: pvesh get ${path} --output-format json > ${file}`);
      }
      // Accept a raw API answer ({"data": …}) as well as pvesh's bare data.
      const record = asRecord(parsed);
      const data = record && Object.keys(record).length === 1 && 'data' in record ? record.data : parsed;
      return { found: true, data };
    },
  };
}
