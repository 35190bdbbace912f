#!/usr/bin/env node
/**
 * The `kestra` executable. It runs the bundled CLI (dist/cli/kestra.cjs, see bundle-entry.ts) compiled
 * from the V8 code cache written at build time (dist/cli/kestra.cache): a cold Node would otherwise spend
 * most of a short run resolving, reading and compiling some 970 modules. When the bundle is missing (a
 * build without scripts/bundle.mjs) or KESTRA_NO_BUNDLE is set, it runs the modules directly; a cache
 * written by another Node version is rejected by V8 and the bundle is compiled as usual. Same commands,
 * same output either way; this file only decides how the program is loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.js';

const bundleFile = fileURLToPath(new URL('./kestra.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('./kestra.cache', import.meta.url));
const argv = process.argv.slice(2);

if (process.env['KESTRA_NO_BUNDLE'] === undefined && existsSync(bundleFile)) {
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  await loadBundle(bundleFile, readFileSync(bundleFile, 'utf8'), cachedData).exports.main(argv);
} else {
  const { main } = await import('./bundle-entry.js');
  await main(argv);
}
