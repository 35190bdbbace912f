/**
 * DHCP pool sizing. A pool must hold a lease for every client that may appear within one lease time,
 * not only the ones present now: phones and laptops use a random MAC address per network (and may
 * rotate it), so each one can hold several leases at once (Android "MAC randomization",
 * https://source.android.com/docs/core/connect/wifi-mac-randomization-behavior; iOS "Private Wi-Fi
 * address", https://support.apple.com/en-us/102509). Kestra doubles the client count and keeps at
 * least 20 addresses; both are planning choices stated as assumptions. The pool starts at host .100
 * of the subnet so .1 (gateway) to .99 stay free for static addresses and reservations.
 */
import { blockSize, formatIpv4, nthAddress, usableHosts, type Ipv4Block } from './ipv4-subnet.js';

/** Leases per present client the pool allows for. */
export const DHCP_HEADROOM = 2;
/** Smallest pool Kestra plans. */
export const DHCP_MINIMUM_POOL = 20;
/** Host number the pool starts at when the subnet is large enough. */
export const DHCP_POOL_START = 100;

/** Addresses the pool needs for `clients`: max(minimum, ⌈clients × headroom⌉). */
export function dhcpPoolSize(clients: number, headroom = DHCP_HEADROOM, minimum = DHCP_MINIMUM_POOL): number {
  if (!(clients >= 0) || !(headroom >= 1) || !(minimum >= 1)) throw new RangeError('clients must not be negative, headroom at least 1, the minimum at least 1');
  return Math.max(minimum, Math.ceil(clients * headroom));
}

export interface DhcpRange {
  readonly first: string;
  readonly last: string;
  readonly size: number;
}

/**
 * The range of `size` addresses in `block`: from host .100 when it fits before the broadcast address,
 * else right after the gateway (.2); undefined when the subnet has too few host addresses.
 */
export function dhcpRange(block: Ipv4Block, size: number): DhcpRange | undefined {
  if (!(size >= 1) || size > usableHosts(block) - 1) return undefined;
  const lastHost = blockSize(block) - 2;
  const start = DHCP_POOL_START + size - 1 <= lastHost ? DHCP_POOL_START : 2;
  return { first: formatIpv4(nthAddress(block, start)), last: formatIpv4(nthAddress(block, start + size - 1)), size };
}

/** "first-last", the form the spec's `dhcp.range` takes. */
export function formatDhcpRange(range: DhcpRange): string {
  return `${range.first}-${range.last}`;
}
