import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peukertUpsRuntime } from '../../../src/calc/power/peukert.js';
import { linearUpsRuntime } from '../../../src/calc/power/ups-runtime-linear.js';
import { linearBatteryForRuntime, peukertBatteryForRuntime, requiredRatings } from '../../../src/calc/power/ups-sizing.js';
import { seconds, wattHours, watts } from '../../../src/model/quantities.js';

describe('UPS sizing: the runtime models inverted', () => {
  it('ratings keep the load within 80 % of W and of VA by the ×1.4 rule (U4)', () => {
    const { watts: w, va } = requiredRatings(watts(300));
    expect(w).toBeCloseTo(375, 12);
    expect(va).toBeCloseTo((300 * 1.4) / 0.8, 12);
  });

  it('U1 backwards: 116.6 min at 100 W needs 216 Wh by the linear model', () => {
    expect(linearBatteryForRuntime(watts(100), seconds(((216 * 0.9) / 100) * 3600))).toBeCloseTo(216, 9);
  });

  it('Peukert needs more battery than the linear bound at UPS rates, and its runtime gives the target back', () => {
    const energy = peukertBatteryForRuntime(watts(173), seconds(10 * 60));
    expect(energy).toBeGreaterThan(linearBatteryForRuntime(watts(173), seconds(600)));
    expect(peukertUpsRuntime({ battery: energy, load: watts(173) })).toBeCloseTo(600, 6);
  });

  it('round trip: the battery sized for t lasts t (Peukert) and at least t (linear)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 3000 }), fc.integer({ min: 60, max: 4 * 3600 }), (load, runtime) => {
        const energy = peukertBatteryForRuntime(watts(load), seconds(runtime));
        expect(peukertUpsRuntime({ battery: wattHours(energy), load: watts(load) })).toBeCloseTo(runtime, 4);
        expect(linearUpsRuntime({ battery: wattHours(energy), load: watts(load) })).toBeGreaterThanOrEqual(runtime - 1e-6);
      }),
    );
  });
});
