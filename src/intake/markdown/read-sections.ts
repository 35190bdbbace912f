/**
 * Routes each section of the outline to the reader for what it is about: hosts, network, VLANs,
 * power, backups, monitoring, workloads, storage, the cluster, goals. Lines that no reader takes are
 * left unmapped and end up under "not understood".
 */
import { findEntry, machineCatalog, networkDeviceCatalog } from '../hardware-catalog/index.js';
import type { InventoryDraft, Loc } from './inventory-draft.js';
import type { OutlineItem, OutlineSection, OutlineTable } from './outline.js';
import { createHost, isHostTable, looksLikeHost, readHostBullet, readHostSection, readHostTable } from './read-hosts.js';
import { readBackup } from './read-backups.js';
import { readMonitoring } from './read-monitoring.js';
import { deviceKindOfField, readDevice, readVlan, readVlanTable, readVpn, readWan } from './read-network.js';
import { readLoads, readShutdown, readUps } from './read-power.js';
import { addGoal, applySiteField, readCluster } from './read-site.js';
import { readStorageItem } from './read-storage.js';
import { readWorkload } from './read-workload.js';
import { deviceKindWords, hostRoleWords, lookupWord, workloadKindWords } from './role-words.js';
import { splitKeyValue, splitList } from './text-values.js';
import { fieldOfKey, type SectionKind, sectionKindOf } from './vocabulary.js';
import { findMentions } from './mentions.js';

type Kind = SectionKind | 'host' | 'device';

/** Reads a section and its sub-sections. `parent` is the kind of the enclosing section. */
export function readSection(draft: InventoryDraft, section: OutlineSection, parent: Kind, forced?: Kind): void {
  const kind = forced ?? decideKind(section, parent);
  if (kind === 'host') {
    readHostSection(draft, section);
    return;
  }
  if (section.depth > 0) draft.context(section.line, kind === 'auto' ? 'heading' : `section: ${kind}`);
  if (kind === 'device') {
    const device = readDevice(draft, section.title, section, deviceKindOfField(fieldOfKey(section.title)));
    const text = section.blocks.flatMap((block) => (block.kind === 'item' ? [block.item.text] : [])).join(', ');
    if (device && text) draft.note(section.line, 'details under a device heading are read line by line');
  }
  if (kind === 'wan') readWanSection(draft, section);
  else readBlocks(draft, section, kind);
  for (const child of section.children) readSection(draft, child, kind);
}

/** Reads the items and tables directly under a section. */
export function readBlocks(draft: InventoryDraft, section: OutlineSection, kind: Kind): void {
  for (const block of section.blocks) {
    if (block.kind === 'item') readItem(draft, block.item, kind);
    else readTable(draft, block.table, kind);
  }
}

function decideKind(section: OutlineSection, parent: Kind): Kind {
  const titled = sectionKindOf(section.title);
  if (looksLikeHost(section) && titled !== 'hosts') return 'host';
  if (titled !== 'auto') return titled;
  if (parent === 'hosts') return 'host';
  if ((parent === 'network' || parent === 'devices') && (lookupWord(deviceKindWords, section.title) || findEntry(networkDeviceCatalog, section.title))) return 'device';
  if (parent === 'workloads') return 'workloads';
  if (findEntry(networkDeviceCatalog, section.title)) return 'device';
  if (lookupWord(hostRoleWords, section.title) || findEntry(machineCatalog, section.title)) return 'host';
  return parent === 'network' || parent === 'devices' ? parent : 'auto';
}

/** Reads one item (and its nested items) in a section of `kind`. */
export function readItem(draft: InventoryDraft, item: OutlineItem, kind: Kind): void {
  const done = readItemOnce(draft, item, kind);
  if (!done) readLoose(draft, item);
}

function readItemOnce(draft: InventoryDraft, item: OutlineItem, kind: Kind): boolean {
  const text = item.text;
  switch (kind) {
    case 'hosts':
      return readHostBullet(draft, item);
    case 'vlans':
      if (!readVlan(draft, text, item)) return false;
      for (const child of item.children) readItem(draft, child, 'vlans');
      return true;
    case 'power':
      return readPowerItem(draft, item);
    case 'backups': {
      const combined = [text, ...item.children.map((child) => child.text)].join('; ');
      if (!readBackup(draft, combined, item)) return false;
      for (const child of item.children) draft.context(child.line, 'part of the backup job above');
      return true;
    }
    case 'monitoring':
      if (!readMonitoring(draft, text, item)) return false;
      for (const child of item.children) readItem(draft, child, 'monitoring');
      return true;
    case 'workloads':
      return readWorkloadItem(draft, item);
    case 'storage':
      return readStorageItem(draft, text, item);
    case 'cluster':
      if (!readCluster(draft, text, item)) return false;
      for (const child of item.children) readItem(draft, child, 'cluster');
      return true;
    case 'goals': {
      const pair = splitKeyValue(text);
      const field = pair ? fieldOfKey(pair.key) : undefined;
      if (field && pair && field !== 'goals' && applySiteField(draft, field, pair.value, item)) return true;
      addGoal(draft, field === 'goals' && pair ? pair.value : text, item);
      for (const child of item.children) readItem(draft, child, 'goals');
      return true;
    }
    case 'notes':
      draft.note(item.line, 'free notes are not read');
      for (const child of item.children) readItem(draft, child, 'notes');
      return true;
    default:
      return false;
  }
}

/** Items in any section: key/value facts about the site, network gear, UPS, backups; VLAN, ISP or device lines. */
function readLoose(draft: InventoryDraft, item: OutlineItem): void {
  const text = item.text;
  const pair = splitKeyValue(text);
  const field = pair ? fieldOfKey(pair.key) : undefined;
  const value = pair?.value ?? '';
  let read = false;
  if (pair && field) {
    const deviceKind = deviceKindOfField(field);
    if (deviceKind) {
      const parts = splitList(value);
      const several = parts.length > 1 && parts.every((part) => findEntry(networkDeviceCatalog, part) || (lookupWord(deviceKindWords, part) && part.split(/\s+/).length <= 3));
      read = value !== '' && (several ? parts : [value]).map((part) => readDevice(draft, part, item, deviceKind)).some(Boolean);
    }
    else if (field === 'wan') read = readWan(draft, value, item);
    else if (field === 'vpn') read = readVpn(draft, value, item);
    else if (field === 'ups') read = readPowerItem(draft, { ...item, text: value });
    else if (field === 'backup') read = readBackup(draft, value, item);
    else if (field === 'monitoring' || field === 'alerts') read = readMonitoring(draft, text, item);
    else if (field === 'cluster') read = readCluster(draft, text, item);
    else if (field === 'vlan') {
      read = splitList(value).map((part) => readVlan(draft, `VLAN ${part}`, item)).some(Boolean);
      for (const child of item.children) readItem(draft, child, 'vlans');
      if (item.children.length > 0) {
        draft.context(item.line, 'VLAN list');
        return;
      }
    } else read = applySiteField(draft, field, value, item);
    if (!read) draft.note(item.line, `the ${pair.key} value could not be read`);
  } else if (/\bvlan\b/i.test(text)) read = readVlan(draft, text, item) !== undefined;
  else if (/^\s*ups\b|\bback-ups\b|\bsmart-ups\b/i.test(text)) read = readPowerItem(draft, item);
  else if (/\b(isp|internet|wan|fib(er|re)|ftth|docsis|vdsl)\b/i.test(text)) read = readWan(draft, text, item);
  else if (/\b(backup|backups|vzdump|pbs|restic|borg|snapshot)\b/i.test(text)) read = readBackup(draft, text, item);
  else if (/\b(cluster|qdevice|corosync)\b/i.test(text)) read = readCluster(draft, text, item);
  else if (readMonitoring(draft, text, item)) read = true;
  else if (findEntry(networkDeviceCatalog, text) || lookupWord(deviceKindWords, text)) read = readDevice(draft, text, item) !== undefined;
  else if (pair && !field && item.children.length > 0 && findEntry(machineCatalog, text)) read = readHostBullet(draft, item);
  if (!read && pair && !field) draft.note(item.line, `unknown key "${pair.key.slice(0, 40)}"`);
  if (!(read && item.children.length === 0)) for (const child of item.children) readLoose(draft, child);
}

function readPowerItem(draft: InventoryDraft, item: OutlineItem): boolean {
  const ups = readUps(draft, item.text, item);
  const last = ups ?? draft.list('power', 'ups')[draft.list('power', 'ups').length - 1];
  let read = ups !== undefined;
  const texts = ups ? item.children : [item, ...item.children];
  for (const entry of texts) {
    if (!last) break;
    const shutdown = readShutdown(draft, last, entry.text, entry);
    const loads = readLoads(draft, last, entry.text, entry);
    if (shutdown || loads) {
      draft.context(entry.line, `about ${String(last['id'])}`);
      read = true;
    } else if (entry !== item) draft.note(entry.line, 'not read as a UPS fact');
  }
  return read;
}

function readWorkloadItem(draft: InventoryDraft, item: OutlineItem): boolean {
  const kindWord = lookupWord(workloadKindWords, item.text);
  const pair = splitKeyValue(item.text);
  if (pair && fieldOfKey(pair.key) === 'workloads' && item.children.length > 0) {
    for (const child of item.children) readWorkloadItem(draft, { ...child, text: child.text });
    draft.context(item.line, 'workload list');
    return true;
  }
  const workload = readWorkload(draft, item.text, item, { ...(kindWord ? { kind: kindWord.value } : {}) }, item.children);
  if (!workload) return false;
  draft.later(() => {
    if (workload['host'] !== undefined || workload['runsOn'] !== undefined) return;
    const host = findMentions(draft, item.text, ['host'])[0];
    if (host) draft.set(workload, 'host', host.id, item);
  });
  return true;
}

function readTable(draft: InventoryDraft, table: OutlineTable, kind: Kind): void {
  const headers = table.header.map((cell) => fieldOfKey(cell.text));
  if (kind === 'vlans' || headers.includes('subnet') || (headers.includes('vid') && !headers.includes('cpu')) || table.header.some((cell) => /^vlan/i.test(cell.text))) {
    readVlanTable(draft, table);
    return;
  }
  if (kind === 'workloads' || (headers.includes('vcpu') && !headers.includes('cpu'))) {
    readWorkloadTable(draft, table);
    return;
  }
  if (isHostTable(table)) {
    readHostTable(draft, table);
    return;
  }
  draft.context(table.line, 'table header');
  for (const row of table.rows) {
    const text = row.cells.map((cell) => cell.text).join(', ');
    readLoose(draft, { text: row.cells.length === 2 ? `${row.cells[0]?.text ?? ''}: ${row.cells[1]?.text ?? ''}` : text, line: row.line, column: row.cells[0]?.column ?? 1, children: [] });
  }
}

/** A workload table: Name | Type | Host | vCPU | RAM | Disk. */
function readWorkloadTable(draft: InventoryDraft, table: OutlineTable): void {
  const fields: (string | undefined)[] = table.header.map((cell) => fieldOfKey(cell.text));
  draft.context(table.line, `workload table (columns: ${table.header.map((cell, index) => `${cell.text}${fields[index] ? '' : ' (not read)'}`).join(', ')})`);
  const hostColumn = table.header.findIndex((cell) => /^(host|node|on|runs\s+on|server|hypervisor|placement)$/i.test(cell.text.trim()));
  if (hostColumn >= 0) fields[hostColumn] = 'host';
  const at = (cells: readonly { text: string }[], ...wanted: string[]) => cells.find((_, index) => wanted.includes(fields[index] ?? ''))?.text ?? '';
  for (const row of table.rows) {
    const name = at(row.cells, 'name');
    if (!name) continue;
    const loc: Loc = { line: row.line, column: row.cells[0]?.column ?? 1 };
    const details = [at(row.cells, 'kind'), at(row.cells, 'vcpu') && `${at(row.cells, 'vcpu')} vCPU`, at(row.cells, 'memory') && `${at(row.cells, 'memory')} RAM`, at(row.cells, 'disk', 'disks') && `${at(row.cells, 'disk', 'disks')} disk`].filter(Boolean).join(', ');
    const kindWord = lookupWord(workloadKindWords, at(row.cells, 'kind'));
    const workload = readWorkload(draft, details ? `${name} (${details})` : name, loc, { ...(kindWord ? { kind: kindWord.value } : {}) });
    const hostText = at(row.cells, 'host');
    if (workload) {
      draft.later(() => {
        const host = findMentions(draft, at(row.cells, 'host'), ['host'])[0];
        if (host) draft.set(workload, 'host', host.id, loc);
        else if (hostText && at(row.cells, 'host')) draft.note(row.line, `host "${at(row.cells, 'host')}" is not described`);
      });
    }
  }
}

/** An ISP section: its lines together describe one uplink ("Provider: Odido", "Speed: 500/100"). */
function readWanSection(draft: InventoryDraft, section: OutlineSection): void {
  const items = section.blocks.flatMap((block) => (block.kind === 'item' ? [block.item, ...block.item.children] : []));
  const first = items[0];
  if (!first) return;
  if (readWan(draft, items.map((item) => item.text.replace(/^[^:]{1,20}:\s*/, (key) => (/speed|provider|type|isp/i.test(key) ? '' : key))).join(', '), first)) {
    for (const item of items.slice(1)) draft.context(item.line, 'part of the internet uplink above');
  }
}

/** Creates a host from a heading that the content shows is one (used by the orchestrator for the H1 of a one-host file). */
export function hostFromHeading(draft: InventoryDraft, section: OutlineSection): void {
  createHost(draft, section.title, '', section);
}
