// `kestra calc transfer|link|migration|ups|power|rpo|rto|availability` on the built CLI. Figures
// re-derived from /work/shared/reference/domain.md: N3, N4, N7, N11 (network), M1, M3, M5 (migration),
// U1, U3, U5 (UPS), P1 (energy), B5, B7 (backup), AV1, AV3, AV4 (availability).
import { describe, expect, it } from 'vitest';
import { GiB, MiB, TiB } from '../../src/model/quantities.js';
import { amount, calcJson, expectCalcUsageError } from '../helpers/calc-cli.js';
import { runCli } from '../helpers/run-cli.js';

const oneGbE = (1e9 * 1448) / 1538;

describe('kestra calc transfer and link (built CLI)', () => {
  it('N11: 1 TiB over 1 GbE takes 9343 s; 4 TB takes 4e12 × 8 / 941.48 Mbit/s', () => {
    expect(Math.round(amount(calcJson(['transfer', '1TiB', '--link', '1GbE']), 'time') as number)).toBe(Math.round((TiB * 8) / oneGbE));
    expect(Math.round((TiB * 8) / oneGbE)).toBe(9343);
    expect(amount(calcJson(['transfer', '4TB', '--link', '1GbE']), 'time')).toBeCloseTo((4e12 * 8) / oneGbE, 6);
  });

  it('N3, N4, N7: goodput with timestamps, without, and at MTU 9000', () => {
    expect(amount(calcJson(['link', '1GbE']), 'goodput')).toBeCloseTo(oneGbE, 6);
    expect(((amount(calcJson(['link', '1GbE', '--no-timestamps']), 'goodput') as number) / 1e6).toFixed(2)).toBe('949.28');
    expect(((amount(calcJson(['link', '10GbE', '--mtu', '9000']), 'goodput') as number) / 1e6).toFixed(1)).toBe('9900.4');
  });

  it('prints the result, the formula and the inputs as text', () => {
    const result = runCli(['calc', 'transfer', '4TB', '--link', '1GbE']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Moving 4 TB (3.64 TiB) over 1 Gbit/s');
    expect(result.stdout).toMatch(/Transfer time\s+9 h 26 min 29 s \(9\.441 h\)\s+size × 8 \/ goodput/u);
    expect(result.stdout).toMatch(/TCP goodput\s+941\.48 Mbit\/s = 117\.69 MB\/s = 112\.23 MiB\/s\s+line rate × \(1500 − 52\) \/ \(1500 \+ 38\)/u);
    expect(result.stdout).toContain('Inputs:\n  size: 4 TB (3.64 TiB)\n  line rate: 1 Gbit/s\n  MTU: 1500 bytes');
  });
});

describe('kestra calc migration (built CLI)', () => {
  it('M1: 8 GiB over 1 GbE with no dirtying takes 72.99 s in one pass', () => {
    const json = calcJson(['migration', '--memory', '8GB', '--link', '1GbE']);
    expect((amount(json, 'time') as number).toFixed(2)).toBe('72.99');
    expect(amount(json, 'rounds')).toBe(1);
  });

  it('M3: capped at QEMU\'s 128 MiB/s it takes 64.0 s', () => {
    expect(amount(calcJson(['migration', '--memory', '8GB', '--link', '10GbE', '--bandwidth-limit', '128MiB/s']), 'time')).toBeCloseTo(64, 9);
  });

  it('M5: a dirty rate at the transfer rate does not converge', () => {
    const json = calcJson(['migration', '--memory', '8GB', '--link', '1GbE', '--dirty-rate', '1Gbit/s']);
    expect(amount(json, 'converges')).toBe(false);
    expect(json.notes.join(' ')).toContain('auto-converge');
  });

  it('with dirtying: n = ceil(ln(limit·R/M) / ln r) rounds and the final pause under the limit', () => {
    const json = calcJson(['migration', '--memory', '8GB', '--link', '1GbE', '--dirty-rate', '50MB/s', '--downtime', '300ms']);
    const firstPass = (8 * GiB * 8) / oneGbE;
    const r = 400e6 / oneGbE;
    const n = Math.ceil(Math.log(0.3 / firstPass) / Math.log(r));
    expect(amount(json, 'rounds')).toBe(n);
    expect(amount(json, 'time')).toBeCloseTo((firstPass * (1 - r ** (n + 1))) / (1 - r), 6);
    expect(amount(json, 'downtime') as number).toBeLessThanOrEqual(0.3);
  });
});

describe('kestra calc ups (built CLI)', () => {
  it('U1: 216 Wh, η 0.9, 100 W: linear bound 1.944 h; lead-acid picks Peukert (H form, k 1.2, 20 h)', () => {
    const json = calcJson(['ups', '--va', '1500', '--watts', '900', '--battery-wh', '216Wh', '--load', '100W']);
    expect(amount(json, 'runtime-linear')).toBeCloseTo(1.944 * 3600, 6);
    const peukertHours = 20 * ((216 * 0.9) / (100 * 20)) ** 1.2;
    expect(amount(json, 'runtime-peukert')).toBeCloseTo(peukertHours * 3600, 6);
    expect(amount(json, 'runtime')).toBe(amount(json, 'runtime-peukert'));
    expect(amount(json, 'load-ratio')).toBeCloseTo(100 / 900, 12);
    expect(amount(json, 'apparent-load')).toBeCloseTo(140, 9);
  });

  it('U3: 12,480 Wh at 8000 W without losses runs 1.56 h (not 0.9984 h); lithium uses the linear model', () => {
    const json = calcJson(['ups', '--battery-wh', '12480Wh', '--load', '8000W', '--efficiency', '100%', '--chemistry', 'lithium']);
    expect(amount(json, 'runtime')).toBeCloseTo(1.56 * 3600, 6);
    expect(amount(json, 'runtime-peukert')).toBeUndefined();
  });

  it('the example from the issue: 1500 VA / 900 W, 200 Wh, 180 W', () => {
    const json = calcJson(['ups', '--va', '1500', '--watts', '900', '--battery-wh', '200', '--load', '180W']);
    expect(amount(json, 'load-ratio')).toBeCloseTo(0.2, 12);
    expect(amount(json, 'runtime')).toBeCloseTo(20 * ((200 * 0.9) / (180 * 20)) ** 1.2 * 3600, 6);
  });

  it('reads a vendor chart: log-log between points, a lower bound below it, nothing above it', () => {
    const chart = ['--chart', '550W=14m,1100W=5m'];
    expect(amount(calcJson(['ups', '--load', '800W', ...chart]), 'runtime')).toBeCloseTo(14 * 60 * (800 / 550) ** (Math.log(5 / 14) / Math.log(2)), 6);
    expect(calcJson(['ups', '--load', '369W', ...chart]).results.find((line) => line.key === 'runtime-chart')?.label).toBe('Runtime, vendor chart (at least)');
    const above = calcJson(['ups', '--load', '1200W', '--battery-wh', '324Wh', ...chart]);
    expect(above.notes.join(' ')).toContain('not extrapolated');
    expect(amount(above, 'runtime')).toBe(amount(above, 'runtime-peukert'));
  });
});

describe('kestra calc power, rpo, rto, availability (built CLI)', () => {
  it('P1: 100 W all year is 876 kWh; $131.40 at $0.15/kWh and €262.80 at €0.30/kWh', () => {
    const usd = calcJson(['power', '100W', '--price', '$0.15']);
    expect(amount(usd, 'yearly-energy')).toBeCloseTo(876, 9);
    expect(usd.results.find((line) => line.key === 'yearly-cost')).toMatchObject({ amount: expect.closeTo(131.4, 9), unit: 'USD' });
    expect(amount(calcJson(['power', '100W', '--price', '0.30EUR']), 'yearly-cost')).toBeCloseTo(262.8, 9);
    expect(amount(calcJson(['power', '100W', '--price', '0.30EUR', '--hours-per-day', '12']), 'yearly-energy')).toBeCloseTo(438, 9);
  });

  it('B5: daily at 02:00 taking 1 h is a 25 h RPO; a daily sync after it bounds the offsite RPO', () => {
    const json = calcJson(['rpo', '--schedule', 'daily 02:00', '--duration', '1h', '--sync-schedule', 'daily 05:00', '--sync-duration', '2h']);
    expect(amount(json, 'rpo')).toBe(25 * 3600);
    expect(amount(json, 'offsite-rpo')).toBe(25 * 3600 + 26 * 3600);
  });

  it('B7: 500 GiB at 200 MiB/s is 42.7 min of transfer; RTO adds 5 min detect and 5 min boot', () => {
    const json = calcJson(['rto', '--size', '500GiB', '--rate', '200MiB/s']);
    expect(amount(json, 'transfer')).toBeCloseTo((500 * GiB) / (200 * MiB), 9);
    expect(amount(json, 'rto')).toBeCloseTo((500 * GiB) / (200 * MiB) + 600, 9);
  });

  it('AV4: 0.999 twice is 0.998001 in series and 0.999999 in parallel; AV1: 99.9 % allows 8.76 h', () => {
    expect(amount(calcJson(['availability', '99.9%', '99.9%']), 'availability')).toBeCloseTo(0.998001, 12);
    const parallel = calcJson(['availability', '99.9%', '99.9%', '--parallel']);
    expect(amount(parallel, 'availability')).toBeCloseTo(0.999999, 12);
    expect(amount(calcJson(['availability', '99.9%']), 'downtime-per-year')).toBeCloseTo(8.76 * 3600, 6);
    expect(amount(calcJson(['availability', '99%', '99%', '99%', '--k-of-n', '2']), 'availability')).toBeCloseTo(3 * 0.99 ** 2 * 0.01 + 0.99 ** 3, 12);
  });

  it('AV3: MTBF 10,000 h and MTTR 24 h give 0.997606', () => {
    expect((amount(calcJson(['availability', '--mtbf', '10000h', '--mttr', '24h']), 'availability') as number).toFixed(6)).toBe('0.997606');
  });
});

describe('kestra calc --help (built CLI)', () => {
  it('lists these calculators', () => {
    const result = runCli(['calc', '--help']);
    expect(result.code).toBe(0);
    for (const name of ['availability', 'link', 'migration', 'power', 'rpo', 'rto', 'transfer', 'ups']) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'mu'));
  });
});

describe('bad arguments exit 2 with a hint and no output (built CLI)', () => {
  it.each([
    [['transfer', '4QB', '--link', '1GbE'], 'error: size "4QB" is not a size'],
    [['transfer', '4TB'], 'error: --link is required'],
    [['link', '1GbE', '--mtu', '20'], 'error: --mtu "20" is not a whole number from 576 to 16000'],
    [['migration', '--memory', '8GB'], 'error: --link is required'],
    [['migration', '--memory', '8GB', '--link', '1GbE', '--dirty-rate', 'fast'], 'error: --dirty-rate "fast" is not a rate'],
    [['ups', '--load', '180W'], 'error: give --battery-wh or --chart'],
    [['ups', '--load', '180W', '--battery-wh', '200', '--peukert', '3'], 'error: --peukert "3" is not a number from 1 to 2'],
    [['ups', '--load', '180W', '--battery-wh', '200', '--chemistry', 'nickel'], 'error: --chemistry "nickel" is not one of lead-acid, lithium'],
    [['power', '120W'], 'error: --price is required'],
    [['rpo', '--schedule', 'sometimes', '--duration', '1h'], 'error: --schedule "sometimes" is not a schedule'],
    [['rto', '--size', '500GiB'], 'error: give one of --rate or --link'],
    [['availability', '99.9', '99.9'], 'error: availability 1 "99.9" is not a percentage'],
    [['availability', '99%', '--parallel', '--series'], 'error: --series, --parallel and --k-of-n exclude each other'],
  ])('%j', (args, message) => {
    expectCalcUsageError(args, message);
  });

  it('an unknown flag exits 2', () => {
    const result = runCli(['calc', 'ups', '--lod', '180W']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--lod'");
  });

  it('kestra analyze refuses a malformed --date', () => {
    const result = runCli(['analyze', 'examples/two-node-homelab.yaml', '--date', '2026-13-40']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: --date "2026-13-40" is not a date\n  hint: write it YYYY-MM-DD, e.g. --date 2026-10-01\n');
  });
});
