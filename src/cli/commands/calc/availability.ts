/** `kestra calc availability`: components combined in series, in parallel or k-of-n, and the downtime per year it allows. */
import { Command } from 'commander';
import { kOfNAvailability, parallelAvailability, seriesAvailability } from '../../../calc/availability/composition.js';
import { downtimePerYear, nines } from '../../../calc/availability/downtime.js';
import { availabilityFromMtbf } from '../../../calc/availability/repairable.js';
import { formatDuration, formatPercent, parseDuration, parsePercent } from '../../../intake/units/index.js';
import type { Ratio } from '../../../model/quantities.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../../usage-error.js';
import { parseFlag, parseIntegerFlag } from './parse-flag.js';
import { printCalcResult, type CalcLine, type CalcResult } from './print-result.js';

/** The arguments and flags of `kestra calc availability`. */
export interface AvailabilityOptions {
  /** Availability of each component, e.g. "99.9%". */
  availabilities?: readonly string[];
  series?: boolean;
  parallel?: boolean;
  kOfN?: string | number;
  mtbf?: string;
  mttr?: string;
}

/** The `kestra calc availability` command. */
export function availabilityCalcCommand(io: Io): Command {
  return new Command('availability')
    .description('Availability of components in series, in parallel or k-of-n, with the downtime per year it allows.')
    .argument('[availabilities...]', 'availability of each component, e.g. 99.9% 99.9%')
    .option('--series', 'every component is needed (default)')
    .option('--parallel', 'any one component suffices')
    .option('--k-of-n <k>', 'at least k of the components are needed')
    .option('--mtbf <duration>', 'add a component from its MTBF, e.g. 10000h (needs --mttr)')
    .option('--mttr <duration>', 'its mean time to repair, e.g. 24h')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ kestra calc availability 99.9% 99.9% --parallel\n  $ kestra calc availability 99% 99% 99% --k-of-n 2\n  $ kestra calc availability --mtbf 10000h --mttr 24h')
    .action((availabilities: readonly string[], options: AvailabilityOptions & { json?: boolean }) => printCalcResult(io, availabilityCalc({ ...options, availabilities }), options.json === true));
}

/** Computes `kestra calc availability` from its flags, throwing a UsageError for bad input; the MCP calc tool runs it too. */
export function availabilityCalc(options: AvailabilityOptions): CalcResult {
  const components: Ratio[] = (options.availabilities ?? []).map((text, index) => parseFlag(`availability ${index + 1}`, text, parsePercent));
  if ((options.mtbf === undefined) !== (options.mttr === undefined)) throw new UsageError('--mtbf and --mttr go together', 'give both, e.g. --mtbf 10000h --mttr 24h');
  const lines: CalcLine[] = [];
  if (options.mtbf !== undefined && options.mttr !== undefined) {
    const mtbf = parseFlag('--mtbf', options.mtbf, parseDuration);
    const mttr = parseFlag('--mttr', options.mttr, parseDuration);
    if (!(mtbf > 0)) throw new UsageError('--mtbf must be more than 0', 'write e.g. --mtbf 10000h');
    const fromMtbf = availabilityFromMtbf(mtbf, mttr);
    components.push(fromMtbf);
    lines.push({ key: 'mtbf-availability', label: `From MTBF ${formatDuration(mtbf)}, MTTR ${formatDuration(mttr)}`, value: formatPercent(fromMtbf, 6), amount: fromMtbf, unit: 'ratio', formula: 'MTBF / (MTBF + MTTR)' });
  }
  if (components.length === 0) throw new UsageError('give at least one availability', 'write e.g. kestra calc availability 99.9% 99.9% --parallel');
  const modes = [options.series === true, options.parallel === true, options.kOfN !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('--series, --parallel and --k-of-n exclude each other', 'choose one, e.g. --parallel');
  let combined: Ratio;
  let how: string;
  let formula: string;
  if (options.parallel === true) {
    combined = parallelAvailability(components);
    how = 'in parallel';
    formula = '1 − Π(1 − Aᵢ)';
  } else if (options.kOfN !== undefined) {
    const k = parseIntegerFlag('--k-of-n', options.kOfN, 1, components.length);
    combined = kOfNAvailability(k, components);
    how = `${k} of ${components.length} needed`;
    formula = 'P(at least k up) = Σ_{i=k..n} C(n,i)·A^i·(1−A)^(n−i) for identical components';
  } else {
    combined = seriesAvailability(components);
    how = 'in series';
    formula = 'Π Aᵢ';
  }
  const downtime = downtimePerYear(combined);
  lines.unshift(
    { key: 'availability', label: 'Availability', value: formatPercent(combined, 6), amount: combined, unit: 'ratio', formula },
    { key: 'downtime-per-year', label: 'Downtime per year', value: formatDuration(downtime), amount: downtime, unit: 'seconds', formula: '(1 − A) × 8760 h' },
    { key: 'nines', label: 'Nines', value: Number.isFinite(nines(combined)) ? nines(combined).toFixed(2) : '∞', amount: Number.isFinite(nines(combined)) ? nines(combined) : 'infinite', unit: 'count', formula: '−log10(1 − A)' },
  );
  return {
    title: `${components.length} component${components.length === 1 ? '' : 's'} ${how}`,
    lines,
    inputs: components.map((component, index) => ({ name: `component ${index + 1}`, value: `${formatPercent(component, 6)} (${formatDuration(downtimePerYear(component))} down a year)` })),
    notes: ['Failures are taken as independent; shared power, switches or software make real systems worse.'],
    sources: ['https://pve.proxmox.com/pve-docs/chapter-ha-manager.html'],
  };
}
