/**
 * Reads one fact about a host: CPU, memory, disks, NICs, OS, power, role, model. Values go through
 * the unit parsers; what a known model implies comes from the hardware catalog, as an assumption.
 */
import { cpuCatalog, findEntry, machineCatalog } from '../hardware-catalog/index.js';
import { expandWord, hostRoleWords, lookupWord, osWords } from './role-words.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { addDisks } from './read-disks.js';
import { IdAllocator } from './slug.js';
import { countBefore, findRate, findSize, findWatts, isNegative, readCount, splitList, splitParenthesis } from './text-values.js';
import type { FieldKey } from './vocabulary.js';

type HostRole = 'hypervisor' | 'nas' | 'backup-server' | 'server' | 'router' | 'firewall' | 'workstation' | 'sbc' | 'other';

/** Per-host reading state: local id allocators and how sure the role is. */
interface HostState {
  readonly disks: IdAllocator;
  readonly nics: IdAllocator;
  roleStrength: number;
}

const states = new WeakMap<Draft, HostState>();

/** The reading state of `host`, created on first use. */
export function hostState(host: Draft): HostState {
  let state = states.get(host);
  if (!state) {
    state = { disks: new IdAllocator(), nics: new IdAllocator(), roleStrength: 0 };
    states.set(host, state);
  }
  return state;
}

/** Sets the role when `strength` beats what set it before (explicit key 3, software 2, words 1). */
export function offerRole(draft: InventoryDraft, host: Draft, role: HostRole, strength: number, loc: Loc): void {
  const state = hostState(host);
  if (strength <= state.roleStrength) return;
  state.roleStrength = strength;
  draft.set(host, 'role', role, loc);
}

/** Reads role words ("NAS", "Proxmox node", "pfSense box") in `text`; returns true when one was found. */
export function readRoleWords(draft: InventoryDraft, host: Draft, text: string, loc: Loc, strength = 1): boolean {
  const word = lookupWord(hostRoleWords, text);
  if (!word) return false;
  offerRole(draft, host, word.value, strength, loc);
  if (word.os && host['os'] === undefined && strength < 3) draft.set(host, 'os', word.os, loc);
  return true;
}

/** Applies the model name and what the catalog knows about it. */
export function readModel(draft: InventoryDraft, host: Draft, text: string, loc: Loc): void {
  const model = text.trim();
  if (!model) return;
  draft.set(host, 'model', model, loc);
  readRoleWords(draft, host, model, loc);
  const entry = findEntry(machineCatalog, model);
  if (!entry) return;
  const facts = entry.facts;
  const note = (what: string, source: string) => `${entry.name}: ${what}, from the vendor specification (${source}).`;
  if (facts.hostRole) offerRole(draft, host, facts.hostRole, 1, loc);
  if (facts.maxMemory && host['maxMemory'] === undefined) {
    draft.set(host, 'maxMemory', facts.maxMemory.value, loc);
    draft.assume(`catalog/${entry.key}/max-memory`, note(`most memory ${facts.maxMemory.value}`, facts.maxMemory.source), host, 'maxMemory', loc);
  }
  if (facts.eccMemory && host['eccMemory'] === undefined) {
    draft.set(host, 'eccMemory', facts.eccMemory.value, loc);
    draft.assume(`catalog/${entry.key}/ecc`, note('ECC memory', facts.eccMemory.source), host, 'eccMemory', loc);
  }
  const cpu = facts.cpu;
  if (cpu && (host['cpu'] as Draft | undefined)?.['model'] === undefined) {
    readCpu(draft, host, cpu.value, loc);
    draft.assume(`catalog/${entry.key}/cpu`, note(`CPU ${cpu.value}`, cpu.source), host, 'cpu', loc);
  }
  const nics = facts.nics;
  if (nics) {
    draft.later(() => {
      if (((host['nics'] as Draft[] | undefined) ?? []).length > 0) return;
      for (const group of nics.value) {
        for (let index = 0; index < group.count; index++) {
          const nic = addNic(draft, host, group.speed, loc);
          draft.assume(`catalog/${entry.key}/nics`, note(`built-in Ethernet (${nics.value.map((port) => `${port.count}x ${port.speed}`).join(' + ')})`, nics.source), nic, 'speed', loc);
        }
      }
    });
  }
}

/** Reads "i5-8500T (6c/6t)", "Intel Core i5-1135G7, 4 cores / 8 threads", "Xeon E-2224". */
export function readCpu(draft: InventoryDraft, host: Draft, text: string, loc: Loc): void {
  const cpu = ((host['cpu'] as Draft | undefined) ?? {}) as Draft;
  if (host['cpu'] === undefined) draft.set(host, 'cpu', cpu, loc);
  const pair = /(\d{1,3})\s*c(?:ores?)?\s*[/,]\s*(\d{1,3})\s*t(?:hreads?)?/i.exec(text);
  const cores = pair ? Number(pair[1]) : countBefore(text, 'cores?|-core');
  const threads = pair ? Number(pair[2]) : countBefore(text, 'threads?');
  const { head } = splitParenthesis(text);
  const model = head.replace(/(?:^|[\s,])\d{1,3}\s*(cores?|threads?|c|t)\b.*$/i, '').replace(/\s+/g, ' ').trim();
  if (model) draft.set(cpu, 'model', model, loc);
  const sockets = countBefore(text, 'sockets?|x(?=\\s)');
  if (sockets && sockets > 1 && /socket/i.test(text)) draft.set(cpu, 'sockets', sockets, loc);
  if (cores) draft.set(cpu, 'cores', cores, loc);
  if (threads) draft.set(cpu, 'threads', threads, loc);
  const entry = findEntry(cpuCatalog, text);
  if (!entry) return;
  if (cpu['cores'] === undefined) {
    draft.set(cpu, 'cores', entry.facts.cores.value, loc);
    draft.assume(`catalog/cpu/${entry.key}`, `${entry.name}: ${entry.facts.cores.value} cores, ${entry.facts.threads.value} threads, from the vendor specification (${entry.facts.cores.source}).`, cpu, 'cores', loc);
  }
  if (cpu['threads'] === undefined) {
    draft.set(cpu, 'threads', entry.facts.threads.value, loc);
    draft.assume(`catalog/cpu/${entry.key}`, `${entry.name}: ${entry.facts.cores.value} cores, ${entry.facts.threads.value} threads, from the vendor specification (${entry.facts.cores.source}).`, cpu, 'threads', loc);
  }
}

/** Reads "32GB DDR4 (max 64GB)", "32 GiB ECC", "16GB (2x8GB)". */
export function readMemory(draft: InventoryDraft, host: Draft, text: string, loc: Loc): boolean {
  const maxMatch = /\b(?:max(?:imum)?|up\s+to|supports?)\s*:?\s*(\d+(?:\.\d+)?\s?(?:GB|GiB|TB|TiB))/i.exec(text);
  const withoutMax = maxMatch ? text.replace(maxMatch[0], ' ') : text;
  const installed = findSize(withoutMax.replace(/\(\s*\d+\s?x\s?\d+.*?\)/gi, ' '), 'memory');
  if (installed) draft.set(host, 'memory', installed.value.text, loc);
  if (maxMatch) {
    const max = findSize(maxMatch[1] ?? '', 'memory');
    if (max) draft.set(host, 'maxMemory', max.value.text, loc);
  }
  if (/\bnon-?ecc\b/i.test(text)) draft.set(host, 'eccMemory', false, loc);
  else if (/\becc\b/i.test(text)) draft.set(host, 'eccMemory', true, loc);
  return installed !== undefined || maxMatch !== null;
}

/** Adds one NIC of `speed` (text the rate parser reads); returns it. */
export function addNic(draft: InventoryDraft, host: Draft, speed: string, loc: Loc, name?: string): Draft {
  const nics = (host['nics'] ??= []) as Draft[];
  const state = hostState(host);
  const nic: Draft = {};
  draft.set(nic, 'id', state.nics.allocate(name ?? `nic${nics.length}`, `nic${nics.length}`), loc);
  draft.set(nic, 'speed', speed, loc);
  nics.push(nic);
  draft.place(nic, loc);
  return nic;
}

/** Reads "2x 2.5GbE (Intel i226-V)", "1GbE onboard → sw1 port 3", "10G SFP+ for storage". */
export function readNics(draft: InventoryDraft, host: Draft, text: string, loc: Loc): boolean {
  let read = false;
  for (const part of splitList(text)) {
    const rate = findRate(part);
    const countMatch = /^\s*(\d{1,2}|dual|quad|two|four)\s*[x×]?\s/i.exec(part) ?? /\s[x×]\s?(\d{1,2})\b/.exec(part);
    const countWord = countMatch?.[1]?.toLowerCase();
    const count = countWord === 'dual' ? 2 : countWord === 'quad' ? 4 : countWord ? (readCount(countWord) ?? 1) : 1;
    const name = /\b(en[opsx][0-9a-z]+|eth\d+|eno\d+|enp\d+s\d+(?:f\d+)?)\b/.exec(part)?.[1];
    if (!rate && !name && !/\b(nic|ethernet|port|onboard|lan|sfp|intel|realtek)\b/i.test(part)) continue;
    read = true;
    for (let index = 0; index < Math.min(count, 16); index++) {
      const nic = addNic(draft, host, rate?.value.text ?? '1GbE', loc, count === 1 ? name : undefined);
      const purpose = /\bcorosync\b/i.test(part) ? 'corosync' : /\bstorage|ceph|nfs|iscsi\b/i.test(part) ? 'storage' : /\b(mgmt|management)\b/i.test(part) ? 'management' : /\bmigration\b/i.test(part) ? 'migration' : /\bwan\b/i.test(part) ? 'wan' : undefined;
      if (purpose) draft.set(nic, 'purpose', purpose, loc);
      if (!rate) {
        draft.assume('inventory/nic-speed', 'A NIC whose speed was not written was taken for 1 GbE.', nic, 'speed', loc);
        draft.ask({ id: `network/${String(host['id'])}:${String(nic['id'])}/speed`, subject: String(host['id']), text: `${String(host['id'])} NIC speed not given: assumed 1 GbE.`, loc, object: nic });
      }
      cabling(draft, nic, part, loc);
    }
  }
  return read;
}

/** "→ sw1 port 3", "to switch port 5": resolved once the switches are known. */
function cabling(draft: InventoryDraft, nic: Draft, text: string, loc: Loc): void {
  const match = /(?:→|->|=>|\bto\b|\binto\b|\bon\b)\s+(?:the\s+)?([A-Za-z][\w.-]*)\s*(?:port|p|#)\s*(\d{1,3})\b/i.exec(text);
  if (!match) return;
  const deviceName = (match[1] ?? '').toLowerCase();
  const port = `port${match[2] ?? ''}`;
  draft.later(() => {
    const devices = draft.list('network', 'devices');
    const device = devices.find((candidate) => String(candidate['id']).toLowerCase() === deviceName || String(candidate['name'] ?? '').toLowerCase() === deviceName) ??
      (/^(switch|sw)$/.test(deviceName) ? onlyOf(devices, 'switch') : /^(router|gateway|firewall|gw)$/.test(deviceName) ? onlyOf(devices, 'gateway', 'router', 'firewall') : undefined);
    if (!device) {
      draft.note(loc.line, `cable target "${match[1] ?? ''}" is not a known network device`);
      return;
    }
    const ports = (device['ports'] ??= []) as Draft[];
    if (!ports.some((existing) => existing['id'] === port)) {
      const added: Draft = {};
      draft.set(added, 'id', port, loc);
      ports.push(added);
    }
    draft.set(nic, 'connectedTo', `${String(device['id'])}:${port}`, loc);
  });
}

function onlyOf(devices: readonly Draft[], ...kinds: string[]): Draft | undefined {
  const matching = devices.filter((device) => kinds.includes(String(device['kind'])));
  return matching.length === 1 ? matching[0] : undefined;
}

/** Reads "9W idle / 35W load", "~40W", "on the UPS". */
export function readPower(draft: InventoryDraft, host: Draft, text: string, loc: Loc): boolean {
  const power = ((host['power'] as Draft | undefined) ?? {}) as Draft;
  let read = false;
  const parts = text.split(/[/,;]|\band\b/i);
  for (const part of parts) {
    const watts = findWatts(part);
    if (!watts) continue;
    const key = /\b(load|max|peak|full|busy|under\s+load)\b/i.test(part) ? 'load' : /\bidle\b/i.test(part) ? 'idle' : undefined;
    if (host['power'] === undefined) draft.set(host, 'power', power, loc);
    if (key) draft.set(power, key, watts.value.text, loc);
    else if (power['load'] === undefined) {
      draft.set(power, 'load', watts.value.text, loc);
      draft.assume('inventory/single-power-figure', 'A single power figure without "idle" or "load" was read as the typical draw under load.', power, 'load', loc);
    }
    read = true;
  }
  if (/\bups\b/i.test(text) && !/\bno\s+ups\b|\bnot\s+on\b/i.test(text)) {
    if (host['power'] === undefined) draft.set(host, 'power', power, loc);
    draft.later(() => {
      const ups = draft.list('power', 'ups');
      const named = ups.find((candidate) => new RegExp(`\\b${String(candidate['id'])}\\b`, 'i').test(text)) ?? (ups.length === 1 ? ups[0] : undefined);
      if (named) draft.set(power, 'feeds', [String(named['id'])], loc);
      else draft.note(loc.line, 'the UPS named here is not described');
    });
    read = true;
  }
  return read;
}

/** Applies one key/value fact to a host; returns false when the value could not be read. */
export function applyHostField(draft: InventoryDraft, host: Draft, field: FieldKey, value: string, loc: Loc): boolean {
  switch (field) {
    case 'name':
      if (value) draft.set(host, 'name', value, loc);
      return value !== '';
    case 'role':
      if (!readRoleWords(draft, host, value, loc, 3)) return false;
      return true;
    case 'model':
      readModel(draft, host, value, loc);
      return value !== '';
    case 'cpu':
      readCpu(draft, host, value, loc);
      return value !== '';
    case 'cores': {
      const cores = readCount(value);
      if (cores) draft.set(((host['cpu'] ??= {}) as Draft), 'cores', cores, loc);
      return cores !== undefined;
    }
    case 'memory':
      return readMemory(draft, host, value, loc);
    case 'maxMemory': {
      const size = findSize(value, 'memory');
      if (size) draft.set(host, 'maxMemory', size.value.text, loc);
      return size !== undefined;
    }
    case 'ecc':
      draft.set(host, 'eccMemory', !isNegative(value), loc);
      return true;
    case 'disks':
      return addDisks(draft, host, hostState(host).disks, value, loc);
    case 'nics':
      return readNics(draft, host, value, loc);
    case 'os': {
      if (!value) return false;
      const named = lookupWord(osWords, value);
      draft.set(host, 'os', named && /^(runs|running|with|on)\b/i.test(value) ? expandWord(named, value) : value, loc);
      readRoleWords(draft, host, value, loc, 2);
      return true;
    }
    case 'power':
      return readPower(draft, host, value, loc);
    case 'notes':
      draft.set(host, 'notes', value, loc);
      return value !== '';
    default:
      return false;
  }
}
