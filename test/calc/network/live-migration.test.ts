import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tcpGoodput } from '../../../src/calc/network/ethernet-goodput.js';
import { estimateLiveMigration, QEMU_DEFAULT_DOWNTIME_LIMIT, QEMU_DEFAULT_MAX_BANDWIDTH_BYTES } from '../../../src/calc/network/live-migration.js';
import { bitsPerSecond, bytes, GiB, MiB, seconds } from '../../../src/model/quantities.js';

const converged = (estimate: ReturnType<typeof estimateLiveMigration>) => {
  if (!estimate.converges) throw new Error('expected convergence');
  return estimate;
};

describe('live migration, pre-copy model (domain.md §5)', () => {
  it('M1: 8 GiB over 1 GbE goodput (112.23 MiB/s) with no dirtying takes 72.99 s in one pass', () => {
    const estimate = converged(
      estimateLiveMigration({ memory: bytes(8 * GiB), rate: tcpGoodput(bitsPerSecond(1e9)), dirtyRate: bitsPerSecond(0), downtimeLimit: QEMU_DEFAULT_DOWNTIME_LIMIT }),
    );
    expect(estimate.total.toFixed(2)).toBe('72.99');
    expect(estimate.rounds).toBe(1);
    expect(estimate.downtime).toBe(0);
  });

  it('M3: 8 GiB at the QEMU default cap of 128 MiB/s takes 64.0 s', () => {
    expect(QEMU_DEFAULT_MAX_BANDWIDTH_BYTES).toBe(128 * MiB);
    const estimate = converged(
      estimateLiveMigration({ memory: bytes(8 * GiB), rate: bitsPerSecond(QEMU_DEFAULT_MAX_BANDWIDTH_BYTES * 8), dirtyRate: bitsPerSecond(0), downtimeLimit: seconds(0.3) }),
    );
    expect(estimate.total).toBeCloseTo(64, 9);
  });

  it('M5: a dirty rate at or above the transfer rate does not converge', () => {
    const estimate = estimateLiveMigration({ memory: bytes(8 * GiB), rate: bitsPerSecond(1e9), dirtyRate: bitsPerSecond(1e9), downtimeLimit: seconds(0.3) });
    expect(estimate).toEqual({ converges: false, dirtyRatio: 1 });
  });

  it('re-derives rounds, total and downtime for r = 0.5 from the geometric series', () => {
    // M/R = 8 s; r = 0.5; rounds n = ceil(ln(0.3/8)/ln 0.5) = ceil(4.737) = 5; downtime 8/32 = 0.25 s.
    const estimate = converged(estimateLiveMigration({ memory: bytes(1e9), rate: bitsPerSecond(1e9), dirtyRate: bitsPerSecond(0.5e9), downtimeLimit: seconds(0.3) }));
    expect(estimate.rounds).toBe(5);
    expect(estimate.downtime).toBeCloseTo(0.25, 12);
    expect(estimate.total).toBeCloseTo(8 * (1 - 0.5 ** 6) / 0.5, 12);
    expect(estimate.bytesSent).toBeCloseTo(1e9 * (1 - 0.5 ** 6) / 0.5, 0);
  });

  it('a guest whose memory fits in the downtime is stopped and copied at once', () => {
    const estimate = converged(estimateLiveMigration({ memory: bytes(1e6), rate: bitsPerSecond(1e9), dirtyRate: bitsPerSecond(1e8), downtimeLimit: seconds(0.3) }));
    expect(estimate.rounds).toBe(0);
    expect(estimate.total).toBeCloseTo(0.008, 12);
  });

  it('the final downtime never exceeds the limit and more dirtying never shortens the migration (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 1e12, noNaN: true }),
        fc.double({ min: 1e8, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (memory, rate, r1, r2, limit) => {
          const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const input = { memory: bytes(memory), rate: bitsPerSecond(rate), downtimeLimit: seconds(limit) };
          const a = converged(estimateLiveMigration({ ...input, dirtyRate: bitsPerSecond(rate * low) }));
          const b = converged(estimateLiveMigration({ ...input, dirtyRate: bitsPerSecond(rate * high) }));
          expect(a.downtime).toBeLessThanOrEqual(limit * (1 + 1e-9));
          expect(b.total).toBeGreaterThanOrEqual(a.total * (1 - 1e-9));
        },
      ),
    );
  });
});
