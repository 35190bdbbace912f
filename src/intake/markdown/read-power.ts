/** UPSes as people describe them: "APC BR1500GI (1500VA/865W), USB to the NAS, NUT not set up; everything is on it". */
import { findEntry, upsCatalog } from '../hardware-catalog/index.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { findMentions } from './mentions.js';
import { findVa, findWatts, findWh, splitParenthesis } from './text-values.js';

/** Reads a UPS line; returns it, or undefined when the line names no UPS. */
export function readUps(draft: InventoryDraft, text: string, loc: Loc): Draft | undefined {
  const catalog = findEntry(upsCatalog, text);
  const va = findVa(text);
  const wh = findWh(text);
  const watts = findWatts(text.replace(/\d+(?:[.,]\d+)?\s?k?Wh\b/gi, ' '));
  if (!catalog && !va && !/^\s*(ups\b|apc\b|eaton\b|cyberpower\b)|\bback-ups\b|\bsmart-ups\b/i.test(text)) return undefined;
  const ups: Draft = {};
  const head = splitParenthesis(text).head.split(/[,;]|\s[—–-]\s/)[0]?.replace(/^\s*(ups|model)\s*:?\s*/i, '').trim() ?? '';
  draft.set(ups, 'id', draft.ids.allocate(draft.list('power', 'ups').length === 0 ? 'ups' : `ups${draft.list('power', 'ups').length + 1}`, 'ups'), loc);
  if (head && /[A-Za-z]/.test(head) && !/^(everything|all)\b/i.test(head)) draft.set(ups, 'model', head, loc);
  const note = (what: string, source: string) => `${catalog?.name ?? ''}: ${what} from the vendor specification (${source}).`;
  if (va) draft.set(ups, 'va', va.value.text, loc);
  else if (catalog) {
    draft.set(ups, 'va', catalog.facts.va.value, loc);
    draft.assume(`catalog/${catalog.key}/va`, note(`${catalog.facts.va.value} rating`, catalog.facts.va.source), ups, 'va', loc);
  }
  if (watts) draft.set(ups, 'watts', watts.value.text, loc);
  else if (catalog) {
    draft.set(ups, 'watts', catalog.facts.watts.value, loc);
    draft.assume(`catalog/${catalog.key}/watts`, note(`${catalog.facts.watts.value} real-power rating`, catalog.facts.watts.source), ups, 'watts', loc);
  }
  if (wh) draft.set(ups, 'batteryWh', wh.value.text, loc);
  else if (catalog?.facts.batteryWh) {
    draft.set(ups, 'batteryWh', catalog.facts.batteryWh.value, loc);
    draft.assume(`catalog/${catalog.key}/battery`, note(`${catalog.facts.batteryWh.value} nominal battery energy (volts × amp-hours of the replacement cartridge)`, catalog.facts.batteryWh.source), ups, 'batteryWh', loc);
  }
  if (/\b(lithium|li-?ion|lifepo4?)\b/i.test(text)) draft.set(ups, 'chemistry', 'lithium', loc);
  draft.list('power', 'ups').push(ups);
  draft.place(ups, loc);
  readShutdown(draft, ups, text, loc);
  readLoads(draft, ups, text, loc);
  draft.later(() => {
    if (ups['watts'] === undefined) draft.ask({ id: `power/${String(ups['id'])}/watts`, subject: String(ups['id']), text: `${String(ups['id'])}: what is its real-power (W) rating? Runtime and load figures need it.`, loc, object: ups });
    if (ups['batteryWh'] === undefined) draft.ask({ id: `power/${String(ups['id'])}/battery`, subject: String(ups['id']), text: `${String(ups['id'])}: battery energy (Wh) not given; runtime cannot be estimated.`, loc, object: ups });
  });
  return ups;
}

/** "NUT on the NAS", "no automatic shutdown", "USB cable to nas, NUT never configured". */
export function readShutdown(draft: InventoryDraft, ups: Draft, text: string, loc: Loc): boolean {
  const tool = /\bnut\b/i.test(text) ? 'nut' : /\bapcupsd\b/i.test(text) ? 'apcupsd' : /\bpowerchute\b/i.test(text) ? 'powerchute' : undefined;
  const negative = /\b(no|not|never|without|none|missing|isn't|is not)\b[^.;]*\b(shutdown|nut|apcupsd|configured|set\s*up)\b|\b(nut|shutdown)\b[^.;]*\b(not|never)\b/i.test(text);
  if (!tool && !/\bshutdown\b/i.test(text)) return false;
  const shutdown: Draft = {};
  draft.set(shutdown, 'automated', !negative, loc);
  if (tool) draft.set(shutdown, 'tool', tool, loc);
  draft.set(ups, 'shutdown', shutdown, loc);
  draft.later(() => {
    const server = findMentions(draft, text, ['host'])[0];
    if (server && !negative) draft.set(shutdown, 'server', server.id, loc);
  });
  return true;
}

/** "Everything is on it", "pve1, pve2 and the switch are on the UPS": sets each device's feed. */
export function readLoads(draft: InventoryDraft, ups: Draft, text: string, loc: Loc): boolean {
  const everything = /\b(everything|all\s+(devices|hosts|gear|equipment|of\s+it)|whole\s+rack)\b/i.test(text);
  const listed = /\b(powers?|feeds?|plugged|on\s+it|connected|protects?|loads?)\b/i.test(text);
  if (!everything && !listed) return false;
  draft.later(() => {
    const id = String(ups['id']);
    const targets = everything
      ? [...draft.list('hosts'), ...draft.list('network', 'devices').filter((device) => device['kind'] !== 'access-point')]
      : findMentions(draft, text, ['host', 'device']).map((mention) => mention.entity);
    for (const target of targets) {
      const power = ((target['power'] as Draft | undefined) ?? {}) as Draft;
      if (target['power'] === undefined) draft.set(target, 'power', power, loc);
      const feeds = Array.isArray(power['feeds']) ? (power['feeds'] as string[]) : [];
      if (!feeds.includes(id)) draft.set(power, 'feeds', [...feeds, id], loc);
    }
    if (everything) draft.assume('inventory/everything-on-ups', `"Everything" on ${id} was read as every host and network device except PoE-powered access points.`, ups, undefined, loc);
  });
  return true;
}
