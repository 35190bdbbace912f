/**
 * IPv4 subnet arithmetic for address plans: parse and print CIDR blocks, test overlap, count usable
 * hosts and name the n-th address. A /n block has 2^(32−n) addresses; the first (network) and last
 * (broadcast) are not usable for hosts, except in /31 (RFC 3021) and /32 blocks.
 * (RFC 4632 §3.1, https://www.rfc-editor.org/rfc/rfc4632#section-3.1; RFC 3021.)
 */

export interface Ipv4Block {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefix: number;
}

/** The address "a.b.c.d" as an unsigned 32-bit integer, or undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/u.test(part) || Number(part) > 255)) return undefined;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

/** "a.b.c.d" of an unsigned 32-bit integer. */
export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

/** The block of "a.b.c.d/n" (host bits cleared), or undefined for IPv6 or malformed text. */
export function parseCidr(text: string): Ipv4Block | undefined {
  const [address, prefixText] = text.trim().split('/');
  const value = address === undefined ? undefined : parseIpv4(address);
  const prefix = Number(prefixText);
  if (value === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  return { network: Math.floor(value / size) * size, prefix };
}

/** "a.b.c.d/n". */
export function formatCidr(block: Ipv4Block): string {
  return `${formatIpv4(block.network)}/${block.prefix}`;
}

/** Addresses in the block, 2^(32−n). */
export function blockSize(block: Ipv4Block): number {
  return 2 ** (32 - block.prefix);
}

/** Host addresses: 2^(32−n) − 2, or all of them for /31 and /32. */
export function usableHosts(block: Ipv4Block): number {
  const size = blockSize(block);
  return block.prefix >= 31 ? size : size - 2;
}

/** True when the two blocks share an address. */
export function overlaps(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.network < b.network + blockSize(b) && b.network < a.network + blockSize(a);
}

/** The `n`-th address of the block (0 is the network address). */
export function nthAddress(block: Ipv4Block, n: number): number {
  if (!(n >= 0 && n < blockSize(block))) throw new RangeError(`address ${n} is outside ${formatCidr(block)}`);
  return block.network + n;
}
