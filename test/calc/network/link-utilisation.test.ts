import { describe, expect, it } from 'vitest';
import { peakLinkUtilisation } from '../../../src/calc/network/link-utilisation.js';
import { bitsPerSecond } from '../../../src/model/quantities.js';

describe('peak link utilisation', () => {
  it('sums the flows that may overlap and divides by the goodput', () => {
    const result = peakLinkUtilisation(bitsPerSecond(941.48e6), [
      { id: 'nightly', rate: bitsPerSecond(466.67e6) },
      { id: 'sync', rate: bitsPerSecond(300e6) },
    ]);
    expect(result.peakLoad).toBeCloseTo(766.67e6, 0);
    expect(result.utilisation).toBeCloseTo(766.67 / 941.48, 6);
  });

  it('is zero with no flows', () => {
    expect(peakLinkUtilisation(bitsPerSecond(1e9), []).utilisation).toBe(0);
  });
});
