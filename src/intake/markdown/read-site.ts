/** Site-wide facts: location, electricity price, budget, goals, maintenance windows, and the Proxmox cluster. */
import { parseEnergyPrice, parseMoney } from '../units/index.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { findMentions } from './mentions.js';
import { isNegative, splitKeyValue } from './text-values.js';
import type { FieldKey } from './vocabulary.js';

const days: Record<string, string> = { mon: 'mon', tue: 'tue', wed: 'wed', thu: 'thu', fri: 'fri', sat: 'sat', sun: 'sun', dai: 'daily', eve: 'daily', nig: 'daily' };

/** "Saturday 22:00-23:59", "sun 02:00–06:00", "nightly 01:00-05:00" → the spec's window form. */
export function maintenanceWindow(text: string): string | undefined {
  const match = /\b(mon|tue|wed|thu|fri|sat|sun|daily|every\s*day|nightly)[a-z]*\.?\s+(\d{1,2}):(\d{2})\s*[-–—to]+\s*(\d{1,2}):(\d{2})/i.exec(text);
  if (!match) return undefined;
  const day = days[(match[1] ?? '').toLowerCase().slice(0, 3)] ?? 'daily';
  const pad = (value: string | undefined) => (value ?? '0').padStart(2, '0');
  return `${day} ${pad(match[2])}:${match[3] ?? '00'}-${pad(match[4])}:${match[5] ?? '00'}`;
}

/** Applies a site-level key/value; returns false when the key is not a site fact or the value cannot be read. */
export function applySiteField(draft: InventoryDraft, field: FieldKey, value: string, loc: Loc): boolean {
  const site = draft.object('site');
  const constraints = draft.object('constraints');
  switch (field) {
    case 'location':
      draft.set(site, 'location', value, loc);
      return value !== '';
    case 'electricityPrice': {
      const text = value.replace(/\s*(?:per|\/)\s*kwh\b/i, '/kWh').replace(/^([€$£])\s*([\d.,]+)\s*\/kWh$/i, '$1$2/kWh');
      const parsed = parseEnergyPrice(text);
      if (!parsed.ok) return false;
      draft.set(site, 'electricityPrice', `${parsed.value.amount} ${parsed.value.currency}/kWh`, loc);
      if (site['currency'] === undefined) draft.set(site, 'currency', parsed.value.currency, loc);
      return true;
    }
    case 'currency':
      if (!/^[A-Z]{3}$/.test(value.trim().toUpperCase())) return false;
      draft.set(site, 'currency', value.trim().toUpperCase(), loc);
      return true;
    case 'budget': {
      const parsed = parseMoney(value.replace(/^(about|around|~|max\.?|up\s+to)\s*/i, ''), typeof site['currency'] === 'string' ? site['currency'] : undefined);
      if (!parsed.ok) return false;
      draft.set(constraints, 'budget', `${parsed.value.amount} ${parsed.value.currency}`, loc);
      return true;
    }
    case 'goals':
      addGoal(draft, value, loc);
      return value !== '';
    case 'maintenanceWindow': {
      const window = maintenanceWindow(value);
      if (!window) return false;
      draft.set(constraints, 'maintenanceWindows', [...(constraints['maintenanceWindows'] as string[]), window], loc);
      return true;
    }
    case 'zeroDowntime':
      draft.later(() => {
        const ids = findMentions(draft, value, ['workload', 'vlan']).map((mention) => mention.id);
        if (ids.length > 0) draft.set(constraints, 'zeroDowntime', [...(constraints['zeroDowntime'] as string[]), ...ids], loc);
        else draft.note(loc.line, 'nothing named here is a known workload or VLAN');
      });
      return true;
    default:
      return false;
  }
}

/** Adds a goal in words. */
export function addGoal(draft: InventoryDraft, text: string, loc: Loc): void {
  const constraints = draft.object('constraints');
  draft.set(constraints, 'goals', [...(constraints['goals'] as string[]), text.slice(0, 2000)], loc);
}

/** Reads "Proxmox cluster 'homelab': pve1 + pve2, no QDevice, HA off"; nodes are resolved once hosts are known. */
export function readCluster(draft: InventoryDraft, text: string, loc: Loc): boolean {
  if (!/\b(cluster|qdevice|corosync|quorum|ha\b|nodes?)\b/i.test(text)) return false;
  const pair = splitKeyValue(text);
  draft.context(loc.line, 'cluster');
  draft.later(() => {
    const clusters = draft.list('clusters', 'proxmox');
    const named = /\bcluster\s+["'`“]?([A-Za-z][\w-]*)["'`”]?/i.exec(text)?.[1] ?? /["'`“]([A-Za-z][\w-]*)["'`”]/.exec(text)?.[1];
    let cluster: Draft | undefined = clusters[clusters.length - 1];
    const nodes = findMentions(draft, text, ['host']).filter((mention) => !/\bqdevice\b[^,;]*$/i.test(text.slice(0, mention.index)));
    if (!cluster && nodes.length === 0) {
      draft.note(loc.line, 'no cluster nodes named');
      return;
    }
    if (!cluster) {
      cluster = {};
      draft.set(cluster, 'id', draft.ids.allocate(named && !/^(is|of|with|has)$/i.test(named) ? named : 'cluster', 'cluster'), loc);
      if (named) draft.set(cluster, 'name', named, loc);
      draft.set(cluster, 'nodes', [], loc);
      clusters.push(cluster);
      draft.place(cluster, loc);
    }
    const qdevice = /\bqdevice\b(?:\s+(?:on|at|runs\s+on))?\s+(?:the\s+)?([\w.-]+)/i.exec(text);
    if (qdevice && !/^(none|no|not)$/i.test(qdevice[1] ?? '') && !/\bno\s+qdevice\b/i.test(text)) {
      const host = findMentions(draft, qdevice[1] ?? '', ['host', 'device', 'workload'])[0];
      if (host) draft.set(cluster, 'qdevice', { host: host.id }, loc);
    }
    const nodeIds = nodes.map((node) => node.id).filter((id) => id !== (cluster?.['qdevice'] as Draft | undefined)?.['host']);
    const existing = cluster['nodes'] as string[];
    const merged = [...existing, ...nodeIds.filter((id) => !existing.includes(id))];
    if (merged.length > existing.length) draft.set(cluster, 'nodes', merged, loc);
    const ha = /\bha\b\s*:?\s*(on|off|enabled|disabled|yes|no|none)?/i.exec(pair?.key.match(/\bha\b/i) ? `ha ${pair.value}` : text);
    if (ha) draft.set(cluster, 'ha', { enabled: !(isNegative(ha[1] ?? '') || /\bno\s+ha\b|\bha\s+(off|disabled)\b/i.test(text)) && (ha[1] !== undefined || /\bha\s+(enabled|on)\b/i.test(text)) }, loc);
    if (merged.length === 0) draft.note(loc.line, 'no cluster nodes named');
  });
  return true;
}
