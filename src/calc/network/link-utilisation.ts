/** Peak utilisation of a link from the flows that may cross it at once. */
import type { BitsPerSecond, Ratio } from '../../model/quantities.js';
import { bitsPerSecond, ratio } from '../../model/quantities.js';

/** One stream of traffic over a link, e.g. a backup job during its window. */
export interface Flow {
  readonly id: string;
  /** Average rate the flow asks for while it runs. */
  readonly rate: BitsPerSecond;
}

export interface LinkUtilisation {
  /** Σ flow rates: every flow is assumed to run at the same time (the worst case). */
  readonly peakLoad: BitsPerSecond;
  /** peak load / goodput; above 1 the flows cannot all get their rate and run longer. */
  readonly utilisation: Ratio;
}

/** Peak utilisation = Σ rates of the flows crossing the link / its goodput, assuming they overlap. */
export function peakLinkUtilisation(goodput: BitsPerSecond, flows: readonly Flow[]): LinkUtilisation {
  if (!(goodput > 0)) throw new RangeError('goodput must be positive');
  const peakLoad = flows.reduce((sum, flow) => sum + flow.rate, 0);
  return { peakLoad: bitsPerSecond(peakLoad), utilisation: ratio(peakLoad / goodput) };
}
