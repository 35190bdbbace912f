import { existsSync, readFileSync } from 'node:fs';

/** The name in Kestra's package.json. */
const PACKAGE_NAME = 'kestra-architect';

/** A resource the Kestra MCP server offers: a fixed URI and a function that reads its text. */
export interface KestraResource {
  /** e.g. "kestra://schema/spec.json". */
  readonly uri: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly mimeType: string;
  read(): Promise<string>;
}

/**
 * A file shipped with the package (docs/, examples/). The package root is the nearest folder above this
 * module with Kestra's package.json: the module sits in src/ or dist/ at one depth, and in the bundled
 * CLI (dist/cli/kestra.cjs) at another.
 */
export function packageFile(relative: string): URL {
  return new URL(relative, packageRoot());
}

let root: URL | undefined;

function packageRoot(): URL {
  if (root) return root;
  for (let directory = new URL('./', import.meta.url); ; directory = new URL('../', directory)) {
    const manifest = new URL('package.json', directory);
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return (root = directory);
    if (new URL('../', directory).href === directory.href) throw new Error(`cannot find the ${PACKAGE_NAME} package above ${import.meta.url}`);
  }
}
