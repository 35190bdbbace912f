import { describe, expect, it } from 'vitest';
import {
  prometheusBlockStorage,
  prometheusWalStorage,
  recommendedRetentionSize,
  samplesPerSecond,
  WAL_SEGMENT_BYTES,
} from '../../../src/calc/observability/prometheus-storage.js';
import { bytes, GiB, seconds } from '../../../src/model/quantities.js';

const day = 86_400;

describe('Prometheus storage (domain.md §8)', () => {
  it('PR1, PR2: 4 days at 8521 samples/s is 2,679,820,416 B at 0.91 B/sample and 5,889,715,200 B at 2', () => {
    expect(prometheusBlockStorage(seconds(345_600), 8521, 0.91)).toBeCloseTo(2_679_820_416, 0);
    expect(prometheusBlockStorage(seconds(345_600), 8521, 2)).toBe(5_889_715_200);
  });

  it('PR3: 10 days at 21,359.94 samples/s and 1.64 B/sample is 30,272,644,028.76 B', () => {
    expect(prometheusBlockStorage(seconds(864_000), 21_359.936262203624, 1.640350514654668)).toBeCloseTo(30_272_644_028.76, 0);
  });

  it('PR4: 57,114 series scraped every 60 s for a week is 575,709,120 samples, 1,151,418,240 B at 2 B', () => {
    const rate = samplesPerSecond(57_114, seconds(60));
    expect(rate * 7 * day).toBeCloseTo(575_709_120, 3);
    expect(prometheusBlockStorage(seconds(7 * day), rate, 2)).toBeCloseTo(1_151_418_240, 3);
  });

  it('PR5: 7 nodes × 50 metrics every 15 s for 15 days is 60,480,000 B at 2 B (30,240,000 at 1 B)', () => {
    const rate = samplesPerSecond(7 * 50, seconds(15));
    expect(prometheusBlockStorage(seconds(15 * day), rate, 2)).toBeCloseTo(60_480_000, 3);
    expect(prometheusBlockStorage(seconds(15 * day), rate, 1)).toBeCloseTo(30_240_000, 3);
  });

  it('PR6: 10,000 series every 15 s for 15 days at 1.2 B is 1.04 GB, not the printed 10.4 GB (X)', () => {
    const needed = prometheusBlockStorage(seconds(15 * day), samplesPerSecond(10_000, seconds(15)), 1.2);
    expect(needed).toBeCloseTo(1_036_800_000, 3);
    expect(needed).toBeLessThan(10.4e9 / 5);
  });

  it('PR8: on a 100 GiB disk, retention.size should be at most 80–85 GiB', () => {
    const { low, high } = recommendedRetentionSize(bytes(100 * GiB));
    expect(low).toBeCloseTo(80 * GiB, 3);
    expect(high).toBeCloseTo(85 * GiB, 3);
  });

  it('the WAL is at least three 128 MB segments, and three hours of 13-byte samples when larger', () => {
    expect(prometheusWalStorage(10)).toBe(3 * WAL_SEGMENT_BYTES);
    expect(prometheusWalStorage(100_000)).toBe(100_000 * 3 * 3600 * 13);
  });
});
