import { readdir, readFile } from 'node:fs/promises';
import { compareText } from '../../intake/diagnostic.js';
import { packageFile, type KestraResource } from './resource.js';

const mimeTypes: Readonly<Record<string, string>> = { yaml: 'application/yaml', yml: 'application/yaml', json: 'application/json', md: 'text/markdown' };

/** The example inventories shipped in examples/, one resource each: how a spec is written. */
export async function exampleResources(): Promise<KestraResource[]> {
  const directory = packageFile('examples/');
  const names = (await readdir(directory).catch(() => [] as string[])).filter((name) => mimeTypes[name.split('.').pop() ?? ''] !== undefined).sort(compareText);
  return names.map((name) => ({
    uri: `kestra://examples/${name}`,
    name: `example-${name.replace(/\.[^.]+$/u, '')}`,
    title: `Example inventory ${name}`,
    description: `The bundled example ${name}: a complete inventory to copy the format from.`,
    mimeType: mimeTypes[name.split('.').pop() ?? ''] ?? 'text/plain',
    read: () => readFile(new URL(name, directory), 'utf8'),
  }));
}
