// Bundles the CLI into one CommonJS file (dist/cli/kestra.cjs) and writes the V8 code cache the
// launcher (dist/cli/bin.js) compiles it from (dist/cli/kestra.cache). See src/cli/bin.ts for why.
// The cache is written after one warm-up run of `kestra plan` on a bundled example, so that it holds
// compiled code for what the main job runs; V8 rejects it harmlessly under another Node version.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadBundle } from '../dist/cli/load-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundleFile = `${root}dist/cli/kestra.cjs`;
const cacheFile = `${root}dist/cli/kestra.cache`;
rmSync(cacheFile, { force: true });

await build({
  entryPoints: [`${root}src/cli/bundle-entry.ts`],
  outfile: bundleFile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // CommonJS has no import.meta: give the modules that locate shipped files the bundle's own URL.
  define: { 'import.meta.url': '__kestraBundleUrl' },
  banner: { js: 'var __kestraBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: 'eof',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

const { script, exports } = loadBundle(bundleFile, readFileSync(bundleFile, 'utf8'));
await exports.warmUp(`${root}examples/two-node-homelab.yaml`);
writeFileSync(cacheFile, script.createCachedData());
