import { z } from 'zod';
import { apparentPower, availability, duration, endpoint, energy, id, power, ref, text } from './fields.js';

export const powerFeedSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  kind: z.enum(['utility', 'generator', 'solar', 'other']).default('utility').describe('Where the power comes from.'),
  circuit: text('Breaker or circuit name.').optional(),
  maxPower: power('Most the circuit may deliver.').optional(),
  availability: availability(),
  notes: text('Free notes.').optional(),
});

export const upsSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  model: text('Vendor model, e.g. "APC Back-UPS Pro 1500".').optional(),
  va: apparentPower('Apparent power rating.').optional(),
  watts: power('Real power rating (the W figure on the label).').optional(),
  batteryWh: energy('Usable battery energy.').optional(),
  chemistry: z.enum(['lead-acid', 'lithium']).default('lead-acid').describe('Battery chemistry; lead-acid runtime falls faster at high load (Peukert).'),
  feed: ref('the power feed the UPS is plugged into').optional(),
  runtimeChart: z
    .array(z.strictObject({ load: power('Load.'), runtime: duration('Runtime at that load.') }))
    .optional()
    .describe("Points from the vendor's runtime chart; used instead of the battery model when given."),
  shutdown: z
    .strictObject({
      automated: z.boolean().describe('Hosts shut down by themselves on low battery (NUT, apcupsd, PowerChute).'),
      tool: z.enum(['nut', 'apcupsd', 'powerchute', 'other']).optional(),
      server: ref('the host that talks to the UPS over USB or network').optional(),
      after: duration('How long on battery before shutdown starts.').optional(),
      needed: duration('How long an orderly shutdown of everything on this UPS takes.').optional(),
    })
    .optional(),
  availability: availability(),
  notes: text('Free notes.').optional(),
});

export const pduSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  model: text('Vendor model.').optional(),
  feed: ref('the UPS or power feed the PDU is plugged into'),
  switched: z.boolean().optional().describe('Outlets can be switched remotely.'),
  notes: text('Free notes.').optional(),
});

/** Power: wall feeds, UPSes and PDUs. Devices name what they draw from in their own `power.feeds`. */
export const powerSchema = z.strictObject({
  feeds: z.array(powerFeedSchema).default([]),
  ups: z.array(upsSchema).default([]),
  pdus: z.array(pduSchema).default([]),
});

/** How a device draws power: its idle and load draw and the feeds, UPSes or PDUs it is plugged into. */
export const drawSchema = z.strictObject({
  idle: power('Draw at idle, measured at the wall.').optional(),
  load: power('Draw under typical load, measured at the wall.').optional(),
  feeds: z.array(ref('a power feed, UPS or PDU')).default([]).describe('What this device is plugged into; two entries for dual PSUs.'),
  psus: z.number().int().min(1).optional().describe('Number of power supplies.'),
  poeFrom: endpoint().optional().describe('Powered over Ethernet from this switch port ("switch:port").'),
});
