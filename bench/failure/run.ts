/**
 * Failure-analysis benchmark: for about 1k, 10k and 100k components, the time and peak memory of all
 * single-failure blast radii plus the SPOF list (and, separately, of compiling the graph). Each size
 * runs in its own child process so its peak RSS is its own. Run with `npm run bench:failure`.
 * Targets (issue 4): 100k under 2 s and 1 GiB; 100k/10k time ratio at most 15.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { blastRadii } from '../../src/failure/blast-radius.js';
import { buildFailureGraph } from '../../src/failure/build-graph.js';
import { singlePointsOfFailure } from '../../src/failure/spof.js';
import { generateInventory, shapeFor } from './generate-inventory.js';

interface Measurement {
  readonly target: number;
  readonly components: number;
  readonly nodes: number;
  readonly edges: number;
  readonly workloads: number;
  readonly buildMs: number;
  readonly radiiAndSpofsMs: number;
  /** CPU time (user + system) of the same phases: less sensitive to other load on the machine. */
  readonly buildCpuMs: number;
  readonly radiiAndSpofsCpuMs: number;
  readonly spofs: number;
  readonly largestRadius: number;
  readonly peakRssMiB: number;
}

function measure(target: number): Measurement {
  const model = generateInventory(shapeFor(target));
  globalThis.gc?.();
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const startedCpu = cpu();
  const started = process.hrtime.bigint();
  const graph = buildFailureGraph(model);
  const built = process.hrtime.bigint();
  const builtCpu = cpu();
  const radii = blastRadii(graph);
  const spofs = singlePointsOfFailure(graph, radii);
  const done = process.hrtime.bigint();
  const doneCpu = cpu();
  return {
    target,
    components: graph.nodes.filter((node) => node.failable).length,
    nodes: graph.nodes.length,
    edges: graph.inputNode.length,
    workloads: model.workloads.length,
    buildMs: Number(built - started) / 1e6,
    radiiAndSpofsMs: Number(done - built) / 1e6,
    buildCpuMs: builtCpu - startedCpu,
    radiiAndSpofsCpuMs: doneCpu - builtCpu,
    spofs: spofs.length,
    largestRadius: Math.max(...radii.map((radius) => radius.size)),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const sizeFlag = process.argv.indexOf('--size');
if (sizeFlag >= 0) {
  process.stdout.write(`${JSON.stringify(measure(Number(process.argv[sizeFlag + 1])))}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: Measurement[] = [];
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  for (const target of [1_000, 10_000, 100_000]) {
    // Best of `runs` cold runs, each in a fresh process: the machine is shared, so the fastest run is the least disturbed.
    const measured: Measurement[] = [];
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(process.execPath, ['--expose-gc', self, '--size', String(target)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(`size ${target} failed:\n${child.stderr}`);
      measured.push(JSON.parse(child.stdout) as Measurement);
    }
    const best = measured.reduce((a, b) => (b.buildMs + b.radiiAndSpofsMs < a.buildMs + a.radiiAndSpofsMs ? b : a));
    rows.push({ ...best, peakRssMiB: Math.max(...measured.map((row) => row.peakRssMiB)) });
  }
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  process.stdout.write(`best of ${runs} runs per size; CPU ms in parentheses; ${cpus().length} CPUs, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} (wall time ≈ CPU time only on an idle machine)\n`);
  process.stdout.write('components   nodes    edges  workloads      build ms   radii+SPOF ms  SPOFs  largest radius  peak RSS MiB\n');
  for (const row of rows) {
    process.stdout.write(
      `${pad(row.components, 10)} ${pad(row.nodes, 7)} ${pad(row.edges, 8)} ${pad(row.workloads, 10)} ${pad(`${row.buildMs.toFixed(0)} (${row.buildCpuMs.toFixed(0)})`, 13)} ${pad(`${row.radiiAndSpofsMs.toFixed(0)} (${row.radiiAndSpofsCpuMs.toFixed(0)})`, 15)} ${pad(row.spofs, 6)} ${pad(row.largestRadius, 15)} ${pad(row.peakRssMiB.toFixed(0), 13)}\n`,
    );
  }
  const [, ten, hundred] = rows;
  if (ten && hundred) {
    const ratio = hundred.radiiAndSpofsMs / ten.radiiAndSpofsMs;
    const total = hundred.buildMs + hundred.radiiAndSpofsMs;
    const cpuRatio = hundred.radiiAndSpofsCpuMs / ten.radiiAndSpofsCpuMs;
    const totalCpu = hundred.buildCpuMs + hundred.radiiAndSpofsCpuMs;
    process.stdout.write(
      `\n100k/10k time ratio (radii+SPOF): ${ratio.toFixed(1)} wall, ${cpuRatio.toFixed(1)} CPU (target ≤ 15)\n` +
        `100k radii+SPOF: ${hundred.radiiAndSpofsMs.toFixed(0)} ms wall, ${hundred.radiiAndSpofsCpuMs.toFixed(0)} ms CPU; with the graph build ${total.toFixed(0)} ms wall, ${totalCpu.toFixed(0)} ms CPU (target < 2000)\n` +
        `peak RSS at 100k: ${hundred.peakRssMiB.toFixed(0)} MiB (target < 1024)\n`,
    );
  }
}
