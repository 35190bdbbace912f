import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dhcpPoolSize, dhcpRange, formatDhcpRange } from '../../../src/calc/network/dhcp-pool.js';
import { blockSize, formatCidr, formatIpv4, nthAddress, overlaps, parseCidr, parseIpv4, usableHosts } from '../../../src/calc/network/ipv4-subnet.js';

describe('IPv4 subnets (RFC 4632)', () => {
  it('parses, clears host bits and prints', () => {
    expect(parseIpv4('10.0.30.1')).toBe(10 * 2 ** 24 + 30 * 256 + 1);
    expect(parseIpv4('10.0.300.1')).toBeUndefined();
    expect(formatCidr(parseCidr('10.0.30.77/24') as never)).toBe('10.0.30.0/24');
    expect(parseCidr('fd00::/64')).toBeUndefined();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
  });

  it('counts addresses: a /24 has 256, 254 usable; /31 and /32 use all (RFC 3021)', () => {
    const block = parseCidr('192.168.1.0/24') as NonNullable<ReturnType<typeof parseCidr>>;
    expect([blockSize(block), usableHosts(block)]).toEqual([256, 254]);
    expect(usableHosts(parseCidr('10.0.0.0/31') as never)).toBe(2);
    expect(usableHosts(parseCidr('10.0.0.1/32') as never)).toBe(1);
    expect(formatIpv4(nthAddress(block, 100))).toBe('192.168.1.100');
    expect(() => nthAddress(block, 256)).toThrow(RangeError);
  });

  it('finds overlaps between blocks of different sizes', () => {
    const wide = parseCidr('10.10.0.0/16') as never;
    expect(overlaps(wide, parseCidr('10.10.60.0/24') as never)).toBe(true);
    expect(overlaps(parseCidr('10.0.50.0/24') as never, parseCidr('10.0.60.0/24') as never)).toBe(false);
  });

  it('overlap is symmetric and holds exactly when one contains the other (aligned blocks)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 8, max: 32 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 8, max: 32 }), (a, p, b, q) => {
        const x = parseCidr(`${formatIpv4(a)}/${p}`) as never;
        const y = parseCidr(`${formatIpv4(b)}/${q}`) as never;
        const contains = (outer: { network: number; prefix: number }, inner: { network: number; prefix: number }) => outer.prefix <= inner.prefix && Math.floor(inner.network / 2 ** (32 - outer.prefix)) === outer.network / 2 ** (32 - outer.prefix);
        expect(overlaps(x, y)).toBe(overlaps(y, x));
        expect(overlaps(x, y)).toBe(contains(x, y) || contains(y, x));
      }),
    );
  });
});

describe('DHCP pools', () => {
  it('holds two leases per client, at least 20', () => {
    expect(dhcpPoolSize(27)).toBe(54);
    expect(dhcpPoolSize(3)).toBe(20);
    expect(dhcpPoolSize(0)).toBe(20);
    expect(() => dhcpPoolSize(-1)).toThrow(RangeError);
  });

  it('starts at .100 when it fits, else after the gateway, and refuses a pool larger than the subnet', () => {
    const block = parseCidr('10.0.30.0/24') as never;
    expect(formatDhcpRange(dhcpRange(block, 54) as never)).toBe('10.0.30.100-10.0.30.153');
    expect(formatDhcpRange(dhcpRange(block, 200) as never)).toBe('10.0.30.2-10.0.30.201');
    expect(dhcpRange(block, 254)).toBeUndefined();
  });

  it('every range lies inside its subnet, after the gateway and before the broadcast address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 28 }), fc.integer({ min: 1, max: 400 }), (prefix, size) => {
        const block = parseCidr(`10.1.0.0/${prefix}`) as NonNullable<ReturnType<typeof parseCidr>>;
        const range = dhcpRange(block, size);
        if (range === undefined) {
          expect(size).toBeGreaterThan(usableHosts(block) - 1);
          return;
        }
        const first = parseIpv4(range.first) as number;
        const last = parseIpv4(range.last) as number;
        expect(last - first + 1).toBe(size);
        expect(first).toBeGreaterThan(block.network + 1);
        expect(last).toBeLessThan(block.network + blockSize(block) - 1);
      }),
    );
  });
});
