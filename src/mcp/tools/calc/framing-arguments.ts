/** The framing arguments of calc_link, calc_transfer and calc_migration: the CLI's --mtu, --vlan, --ipv6, --no-timestamps. */
import { z } from 'zod';

export const framingArguments = {
  mtu: z.number().int().optional().describe('IP MTU in bytes (default 1500; 9000 for jumbo frames).'),
  vlan: z.boolean().optional().describe('Frames carry an 802.1Q tag (+4 bytes each).'),
  ipv6: z.boolean().optional().describe('IPv6 instead of IPv4 (+20 header bytes per packet).'),
  timestamps: z.boolean().optional().describe('TCP timestamps (default true, as Linux has them; 12 bytes per packet).'),
};
