#!/usr/bin/env node
/**
 * Startup benchmark for the main job: median wall time of `kestra plan examples/two-node-homelab.yaml`
 * (Markdown, the default: it loads the diagram renderer) against a bare `node -e 0`, measured side by side
 * in one run, interleaved so that machine noise hits both alike. Goal: at most 3× a bare Node start.
 * Also measured: `--format json` (no diagram rendering), `kestra validate` (no report), and the same
 * plan with KESTRA_NO_BUNDLE=1 (the modules loaded one by one, without the bundle and its code cache), to
 * show where the time goes. Last, the same plan run in this process over and over with its output
 * thrown away: once the code is hot, that is what the work itself costs, so node -e 0 plus that figure
 * is the floor no way of loading the program can go below.
 * Usage: npm run bench:plan [-- --runs 15]. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = 'dist/cli/bin.js';
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 11 : Number(process.argv[runsFlag + 1]);
const GOAL = 3;

if (!existsSync(new URL(`../${cli}`, import.meta.url))) {
  console.error('dist/ is missing: run "npm run build" first');
  process.exit(2);
}

const subjects = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'kestra plan examples/two-node-homelab.yaml', args: [cli, 'plan', 'examples/two-node-homelab.yaml'] },
  { name: 'kestra plan … --format json', args: [cli, 'plan', 'examples/two-node-homelab.yaml', '--format', 'json'] },
  { name: 'kestra validate examples/two-node-homelab.yaml', args: [cli, 'validate', 'examples/two-node-homelab.yaml'] },
  { name: 'kestra plan … (KESTRA_NO_BUNDLE=1)', args: [cli, 'plan', 'examples/two-node-homelab.yaml'], env: { KESTRA_NO_BUNDLE: '1' } },
];

function time({ args, env = {} }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const samples = subjects.map(() => []);
for (const subject of subjects) time(subject); // warm the file cache once
for (let run = 0; run < runs; run++) subjects.forEach((subject, index) => samples[index].push(time(subject)));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const baseline = median(samples[0]);
console.log(`kestra plan startup (median of ${runs} interleaved runs, Node ${process.version})`);
subjects.forEach((subject, index) => {
  const value = median(samples[index]);
  console.log(`  ${subject.name.padEnd(48)} ${value.toFixed(0).padStart(6)} ms  ${(value / baseline).toFixed(2)}×`);
});

// The work alone, hot: the same plan in this process, its first runs discarded (they warm the JIT).
// bundle-entry.js configures the run as the executable does (zod without its compiled fast path).
await import(new URL('../dist/cli/bundle-entry.js', import.meta.url).href);
const { run } = await import(new URL('../dist/cli/main.js', import.meta.url).href);
const { processIo } = await import(new URL('../dist/cli/io.js', import.meta.url).href);
const discard = { ...processIo, cwd: root, stdout: () => undefined, stderr: () => undefined };
const hot = [];
for (let index = 0; index < runs + 5; index++) {
  const start = process.hrtime.bigint();
  const code = await run(['plan', `${root}examples/two-node-homelab.yaml`], discard);
  if (code !== 0) throw new Error(`in-process kestra plan exited ${code}`);
  if (index >= 5) hot.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const hotMedian = median(hot);
console.log(`  ${'the same plan in-process, code hot (the work)'.padEnd(48)} ${hotMedian.toFixed(0).padStart(6)} ms  ${(hotMedian / baseline).toFixed(2)}×`);
console.log(`  floor for kestra plan: node -e 0 + the work = ${(baseline + hotMedian).toFixed(0)} ms = ${((baseline + hotMedian) / baseline).toFixed(2)}×`);
const ratio = median(samples[1]) / baseline;
console.log(`plan / node -e 0 = ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×): ${ratio <= GOAL ? 'met' : 'NOT met'}`);
