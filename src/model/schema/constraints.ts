import { z } from 'zod';
import { date, money, percent, ref, text } from './fields.js';

/** What a plan must respect: budget, maintenance windows, zero-downtime scopes. */
export const constraintsSchema = z.strictObject({
  budget: money('Most that may be spent.').optional(),
  maintenanceWindows: z
    .array(z.string().regex(/^(mon|tue|wed|thu|fri|sat|sun|daily)(\.\.(mon|tue|wed|thu|fri|sat|sun))? \d{2}:\d{2}-\d{2}:\d{2}$/i, { message: 'a window such as "sun 02:00-06:00" or "daily 01:00-05:00"' }))
    .default([])
    .describe('When disruptive work may happen, e.g. "sun 02:00-06:00".'),
  zeroDowntime: z.array(ref('a VLAN or workload that must stay up during the change')).default([]),
  goals: z.array(text('A goal in words.')).default([]),
});

export const waiverSchema = z.strictObject({
  rule: z.string().min(1).describe('Rule id, e.g. "backup/no-offsite-copy".'),
  subject: z.string().min(1).describe('Id of the entity the waiver covers, or "*" for all.'),
  reason: z.string().min(1).describe('Why the finding is accepted.'),
  expires: date('Day the waiver stops applying.').optional(),
});

/** House style and engine defaults the user may change. */
export const settingsSchema = z.strictObject({
  fillLimit: percent('Pool fill level not to plan beyond; default 80%.').optional(),
  availability: z.record(z.string(), percent('Availability')).optional().describe('Default availability per component kind (host, switch, ups, wan, disk…).'),
  severity: z.record(z.string(), z.enum(['critical', 'high', 'medium', 'low', 'info', 'off'])).optional().describe('Severity override per rule id; "off" disables the rule.'),
  requiredSections: z.array(z.string()).optional(),
  caution: z.enum(['risks-first', 'balanced']).optional(),
  concise: z.boolean().optional(),
});

