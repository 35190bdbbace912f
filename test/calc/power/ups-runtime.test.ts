import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apcVoltAmperesForWatts, wattsFromVoltAmperes } from '../../../src/calc/power/apparent-power.js';
import { peukertHoursHForm, peukertHoursOneAmpForm, peukertUpsRuntime } from '../../../src/calc/power/peukert.js';
import { runtimeFromChart } from '../../../src/calc/power/runtime-chart.js';
import { linearUpsRuntime } from '../../../src/calc/power/ups-runtime-linear.js';
import { upsApparentLoadRatio, upsLoadRatio } from '../../../src/calc/power/ups-load.js';
import { seconds, voltAmperes, wattHours, watts } from '../../../src/model/quantities.js';

const hours = (value: number) => value / 3600;

describe('UPS runtime models (domain.md §6)', () => {
  it('U1: 2 × 12 V 9 Ah (216 Wh), η 0.9, 100 W runs at most 1.944 h = 116.6 min', () => {
    const runtime = linearUpsRuntime({ battery: wattHours(2 * 12 * 9), load: watts(100), inverterEfficiency: 0.9 });
    expect(hours(runtime)).toBeCloseTo((216 * 0.9) / 100, 12);
    expect((runtime / 60).toFixed(1)).toBe('116.6');
  });

  it('U3: 16 × 12 V 65 Ah at 10 kVA × PF 0.8 = 8000 W runs 1.56 h, not the printed 0.9984 h (X)', () => {
    const load = wattsFromVoltAmperes(voltAmperes(10_000), 0.8);
    expect(load).toBe(8000);
    const runtime = linearUpsRuntime({ battery: wattHours(16 * 12 * 65), load, inverterEfficiency: 1 });
    expect(hours(runtime)).toBeCloseTo(1.56, 12);
    // The source divides by VA / PF; the model must not.
    expect(hours(runtime)).not.toBeCloseTo(0.9984, 3);
  });

  it('U4: a 300 W load is 420 VA by the APC ×1.4 rule', () => {
    expect(apcVoltAmperesForWatts(watts(300))).toBeCloseTo(420, 12);
  });

  it('U5: Peukert H form, 100 Ah @ 20 h, k = 1.2: 5 / 10 / 20 A last 20.0 / 8.71 / 3.79 h', () => {
    expect(peukertHoursHForm(100, 5, 1.2, 20)).toBeCloseTo(20, 12);
    expect(peukertHoursHForm(100, 10, 1.2, 20)).toBeCloseTo(20 * 0.5 ** 1.2, 12);
    expect(peukertHoursHForm(100, 10, 1.2, 20).toFixed(2)).toBe('8.71');
    expect(peukertHoursHForm(100, 20, 1.2, 20).toFixed(2)).toBe('3.79');
  });

  it('U6: the 1-A form, t = C / I^k, gives 14.5 h at 5 A, which differs from the H form (20 h)', () => {
    const oneAmp = peukertHoursOneAmpForm(100, 5, 1.2);
    expect(oneAmp).toBeCloseTo(100 / 5 ** 1.2, 12);
    expect(oneAmp.toFixed(1)).toBe('14.5');
    expect(Math.abs(oneAmp - peukertHoursHForm(100, 5, 1.2, 20))).toBeGreaterThan(5);
  });

  it('Peukert in power terms equals the H form with I = P/(ηV) and C = E/V (the voltage cancels)', () => {
    const volts = 24;
    const battery = 216;
    const load = 150;
    const efficiency = 0.9;
    const current = load / (efficiency * volts);
    const expectedHours = peukertHoursHForm(battery / volts, current, 1.2, 20);
    expect(hours(peukertUpsRuntime({ battery: wattHours(battery), load: watts(load), exponent: 1.2, inverterEfficiency: efficiency }))).toBeCloseTo(expectedHours, 10);
  });

  it('Peukert is shorter than the linear bound at UPS loads and never longer', () => {
    const input = { battery: wattHours(216), load: watts(200) };
    expect(peukertUpsRuntime(input)).toBeLessThan(linearUpsRuntime(input));
    const light = { battery: wattHours(216), load: watts(1) };
    expect(peukertUpsRuntime(light)).toBe(linearUpsRuntime(light));
  });

  it('load ratio uses the watt rating; the apparent ratio uses VA by the ×1.4 rule', () => {
    expect(upsLoadRatio(watts(180), watts(900))).toBeCloseTo(0.2, 12);
    expect(upsApparentLoadRatio(watts(300), voltAmperes(1500))).toBeCloseTo(420 / 1500, 12);
  });
});

describe('runtime from a vendor chart', () => {
  const chart = [
    { load: watts(1100), runtime: seconds(5 * 60) },
    { load: watts(550), runtime: seconds(14 * 60) },
  ];

  it('returns a charted point exactly', () => {
    expect(runtimeFromChart(chart, watts(550))).toMatchObject({ kind: 'charted', runtime: 14 * 60 });
    expect(runtimeFromChart(chart, watts(1100))).toMatchObject({ kind: 'charted', runtime: 5 * 60 });
  });

  it('interpolates on log-log axes between points', () => {
    // ln t is linear in ln P: slope = ln(5/14)/ln 2; at 800 W, t = 14 min × (800/550)^slope.
    const slope = Math.log(5 / 14) / Math.log(2);
    const result = runtimeFromChart(chart, watts(800));
    expect(result.kind).toBe('charted');
    if (result.kind === 'charted') expect(result.runtime).toBeCloseTo(14 * 60 * (800 / 550) ** slope, 9);
  });

  it('never extrapolates above the highest load', () => {
    expect(runtimeFromChart(chart, watts(1200))).toEqual({ kind: 'above-chart', highest: chart[0] });
  });

  it('below the lowest load gives the lowest point as a lower bound', () => {
    expect(runtimeFromChart(chart, watts(369))).toMatchObject({ kind: 'at-least', runtime: 14 * 60 });
  });
});

describe('runtime falls as load rises, for every model (property)', () => {
  const battery = fc.double({ min: 10, max: 20_000, noNaN: true });
  const loads = fc.tuple(fc.double({ min: 1, max: 10_000, noNaN: true }), fc.double({ min: 1, max: 10_000, noNaN: true })).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));

  it('linear', () => {
    fc.assert(fc.property(battery, loads, (energy, [low, high]) => {
      expect(linearUpsRuntime({ battery: wattHours(energy), load: watts(high) })).toBeLessThanOrEqual(linearUpsRuntime({ battery: wattHours(energy), load: watts(low) }));
    }));
  });

  it('Peukert', () => {
    fc.assert(fc.property(battery, loads, fc.double({ min: 1, max: 1.6, noNaN: true }), (energy, [low, high], k) => {
      const at = (load: number) => peukertUpsRuntime({ battery: wattHours(energy), load: watts(load), exponent: k });
      expect(at(high)).toBeLessThanOrEqual(at(low) * (1 + 1e-12));
    }));
  });

  it('vendor chart (where it gives a figure)', () => {
    const point = fc.record({ load: fc.double({ min: 10, max: 5000, noNaN: true }), runtime: fc.double({ min: 60, max: 36_000, noNaN: true }) });
    // A real chart falls with load: sort loads up and runtimes down.
    const chartArb = fc.array(point, { minLength: 1, maxLength: 6 }).map((points) => {
      const loadsUp = points.map((p) => p.load).sort((a, b) => a - b);
      const runtimesDown = points.map((p) => p.runtime).sort((a, b) => b - a);
      return loadsUp.map((load, index) => ({ load: watts(load), runtime: seconds(runtimesDown[index] ?? 60) }));
    });
    fc.assert(fc.property(chartArb, loads, (chartPoints, [low, high]) => {
      const a = runtimeFromChart(chartPoints, watts(low));
      const b = runtimeFromChart(chartPoints, watts(high));
      if (a.kind === 'above-chart' || b.kind === 'above-chart') return;
      expect(b.runtime).toBeLessThanOrEqual(a.runtime * (1 + 1e-9));
    }));
  });
});
