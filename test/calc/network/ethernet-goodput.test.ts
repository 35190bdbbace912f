import { describe, expect, it } from 'vitest';
import {
  framesPerSecond,
  layer2Efficiency,
  tcpEfficiency,
  tcpGoodput,
} from '../../../src/calc/network/ethernet-goodput.js';
import { bitsPerSecond, MB, MiB } from '../../../src/model/quantities.js';

const mbit = (value: number) => value / 1e6;
const close = (actual: number, expected: number, relative = 1e-3) => expect(Math.abs(actual - expected) / expected).toBeLessThan(relative);

describe('Ethernet and TCP efficiency (domain.md §5)', () => {
  it('N1: MTU 1500 layer-2 efficiency is 97.53 % untagged and 97.28 % with an 802.1Q tag', () => {
    expect(layer2Efficiency()).toBeCloseTo(1500 / 1538, 12);
    expect((layer2Efficiency() * 100).toFixed(2)).toBe('97.53');
    expect((layer2Efficiency({ vlanTagged: true }) * 100).toFixed(2)).toBe('97.28');
  });

  it('N2: 100 Mbit/s TCP without options is 94.93 %, 11.87 MB/s, 11.32 MiB/s', () => {
    const options = { tcpTimestamps: false };
    expect((tcpEfficiency(options) * 100).toFixed(2)).toBe('94.93');
    const goodput = tcpGoodput(bitsPerSecond(100e6), options);
    expect((goodput / 8 / MB).toFixed(2)).toBe('11.87');
    expect((goodput / 8 / MiB).toFixed(2)).toBe('11.32');
  });

  it('N3: 1 GbE with timestamps is 941.48 Mbit/s = 117.69 MB/s = 112.23 MiB/s', () => {
    const goodput = tcpGoodput(bitsPerSecond(1e9));
    expect(goodput).toBeCloseTo((1e9 * 1448) / 1538, 6);
    expect(mbit(goodput).toFixed(2)).toBe('941.48');
    expect((goodput / 8 / MB).toFixed(2)).toBe('117.69');
    expect((goodput / 8 / MiB).toFixed(2)).toBe('112.23');
  });

  it('N4: 1 GbE without TCP options is 949.28 Mbit/s', () => {
    expect(mbit(tcpGoodput(bitsPerSecond(1e9), { tcpTimestamps: false })).toFixed(2)).toBe('949.28');
  });

  it('N5, N6: 2.5 GbE and 10 GbE with and without timestamps', () => {
    expect(mbit(tcpGoodput(bitsPerSecond(2.5e9))).toFixed(2)).toBe('2353.71');
    expect(mbit(tcpGoodput(bitsPerSecond(2.5e9), { tcpTimestamps: false })).toFixed(2)).toBe('2373.21');
    expect(mbit(tcpGoodput(bitsPerSecond(10e9))).toFixed(2)).toBe('9414.82');
    expect(mbit(tcpGoodput(bitsPerSecond(10e9), { tcpTimestamps: false })).toFixed(2)).toBe('9492.85');
  });

  it('N7: MTU 9000 is 99.004 % with timestamps and 99.137 % without', () => {
    close(tcpEfficiency({ mtu: 9000 }), 0.99004, 1e-5);
    close(tcpEfficiency({ mtu: 9000, tcpTimestamps: false }), 0.99137, 1e-5);
    expect(mbit(tcpGoodput(bitsPerSecond(10e9), { mtu: 9000 })).toFixed(1)).toBe('9900.4');
  });

  it('N8: minimum frames (84 B on the wire) are 1.488 Mpps at 1 GbE and 14.881 Mpps at 10 GbE', () => {
    expect((framesPerSecond(bitsPerSecond(1e9), 84) / 1e6).toFixed(3)).toBe('1.488');
    expect((framesPerSecond(bitsPerSecond(10e9), 84) / 1e6).toFixed(3)).toBe('14.881');
  });

  it('N9: 100 Mbit/s with 1518-byte frames (1538 B on the wire) is 8127.43 frames/s (the source truncates 8127.438)', () => {
    expect(framesPerSecond(bitsPerSecond(100e6), 1518 + 20)).toBeCloseTo(100e6 / (1538 * 8), 9);
    expect(Math.trunc(framesPerSecond(bitsPerSecond(100e6), 1518 + 20) * 100) / 100).toBe(8127.43);
  });

  it('IPv6 costs 20 more header bytes per packet and a VLAN tag 4 more wire bytes', () => {
    expect(tcpEfficiency({ ipv6: true })).toBeCloseTo((1500 - 72) / 1538, 12);
    expect(tcpEfficiency({ vlanTagged: true })).toBeCloseTo(1448 / 1542, 12);
    expect(tcpEfficiency({ ipv6: true })).toBeLessThan(tcpEfficiency());
  });

  it('refuses an MTU too small for the headers', () => {
    expect(() => tcpEfficiency({ mtu: 40 })).toThrow(RangeError);
  });
});
