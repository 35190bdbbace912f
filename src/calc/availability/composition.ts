/**
 * Availability of components combined, assuming independent failures (reference AV4):
 * series (all needed) Π Aᵢ; parallel (any one suffices) 1 − Π(1 − Aᵢ); k-of-n (at least k of the n
 * up), which for identical components is Σ_{i=k..n} C(n,i)·A^i·(1−A)^(n−i).
 */
import { ratio, type Ratio } from '../../model/quantities.js';
import { checkAvailability } from './downtime.js';

/** All components are needed: Π Aᵢ. */
export function seriesAvailability(components: readonly Ratio[]): Ratio {
  checkAll(components);
  return ratio(components.reduce((product, a) => product * a, 1));
}

/** Any one component suffices: 1 − Π(1 − Aᵢ). */
export function parallelAvailability(components: readonly Ratio[]): Ratio {
  checkAll(components);
  return ratio(1 - components.reduce((product, a) => product * (1 - a), 1));
}

/**
 * At least k of the components must be up. Works for components that differ (the Poisson-binomial
 * distribution, by dynamic programming over "how many are up"); equals the binomial sum when they
 * are identical. k = 1 is parallel; k = n is series.
 */
export function kOfNAvailability(k: number, components: readonly Ratio[]): Ratio {
  checkAll(components);
  if (!Number.isInteger(k) || k < 0 || k > components.length) throw new RangeError(`k must be a whole number from 0 to ${components.length}`);
  // up[j] = probability that exactly j of the components seen so far are up.
  let up = [1];
  for (const a of components) {
    const next = new Array<number>(up.length + 1).fill(0);
    up.forEach((p, j) => {
      next[j] = (next[j] ?? 0) + p * (1 - a);
      next[j + 1] = (next[j + 1] ?? 0) + p * a;
    });
    up = next;
  }
  return ratio(Math.min(1, up.slice(k).reduce((sum, p) => sum + p, 0)));
}

/** The binomial form for n identical components of availability A. */
export function kOfNIdentical(k: number, n: number, availability: Ratio): Ratio {
  checkAvailability(availability);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 0 || k > n) throw new RangeError('need whole numbers 0 ≤ k ≤ n');
  let sum = 0;
  for (let i = k; i <= n; i += 1) sum += binomial(n, i) * availability ** i * (1 - availability) ** (n - i);
  return ratio(Math.min(1, sum));
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

function checkAll(components: readonly number[]): void {
  if (components.length === 0) throw new RangeError('give at least one component');
  components.forEach(checkAvailability);
}
