/**
 * Hosts in the styles people write them: a heading per host with key/value bullets, a bullet per
 * host with nested details, a one-line "pve1: M720q, i5-8500T, 32GB, 512GB NVMe", or a table with a
 * row per host. Nested "VMs:" lists and sub-headings become the host's workloads.
 */
import { cpuCatalog, findEntry, machineCatalog } from '../hardware-catalog/index.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import type { OutlineItem, OutlineSection, OutlineTable } from './outline.js';
import { applyHostField, readRoleWords } from './read-host-fields.js';
import { readWorkload } from './read-workload.js';
import { hostRoleWords, lookupWord, workloadKindWords } from './role-words.js';
import { findRate, findSize, findWatts, splitKeyValue, splitList } from './text-values.js';
import { fieldOfKey, type FieldKey, normaliseKey, sectionKindOf } from './vocabulary.js';

/** Keys that only a host has; two of them in a section make it a host section whatever its title. */
const hardwareKeys: readonly FieldKey[] = ['cpu', 'memory', 'disks', 'nics', 'model', 'os', 'maxMemory'];

/** True when the items of `section` describe hardware (CPU, RAM, disks…). */
export function looksLikeHost(section: OutlineSection): boolean {
  const keys = new Set<FieldKey>();
  for (const block of section.blocks) {
    if (block.kind !== 'item') continue;
    const field = keyedField(block.item.text);
    if (field && hardwareKeys.includes(field)) keys.add(field);
  }
  return keys.size >= 2;
}

function keyedField(text: string): FieldKey | undefined {
  const pair = splitKeyValue(text);
  return pair ? fieldOfKey(pair.key) : undefined;
}

/** Guesses what an unkeyed piece of host text is: disks, NICs, memory, CPU, power, software or model. */
export function guessHostField(text: string): FieldKey | undefined {
  if (/^(vms?|lxcs?|containers?|services|guests|workloads)\b/i.test(text)) return 'workloads';
  const size = findSize(text, 'disk');
  if (size && /\b(nvme|ssd|hdd|sata|m\.2|rpm|wd|red|ironwolf|exos|evo|mx500|disk|drive|raid|zfs|mirror|pool|boot|sd|sd\s*card|micro\s*sd|emmc|usb)\b|\d\s?[x×]\s?\d|\bx\d\b/i.test(text)) return 'disks';
  if (size && /\b(ram|memory|ddr\d|ecc|so-?dimm)\b/i.test(text)) return 'memory';
  if (findRate(text) && /(gbe|gbit|gbps|sfp\+?|nic|ethernet|lan|port|base-t)\b|\d(\.\d)?g\b/i.test(text)) return 'nics';
  if (findEntry(cpuCatalog, text) || /\b(i[3579]-?\d{4,5}[a-z0-9]*|xeon|ryzen|celeron|pentium|epyc|core\s+i\d|n100|n305|cpu)\b/i.test(text)) return 'cpu';
  if (findWatts(text)) return 'power';
  if (findEntry(machineCatalog, text)) return 'model';
  if (lookupWord(hostRoleWords, text)) return 'os';
  if (size) return size.value.bytes < 512e9 ? 'memory' : 'disks';
  return undefined;
}

/** Creates a host named `name` (a heading, a bullet or a table cell), reading role and model words in `descriptor`. */
export function createHost(draft: InventoryDraft, name: string, descriptor: string, loc: Loc): Draft {
  const host: Draft = {};
  const cleanName = name.replace(/[*_`]/g, '').trim();
  draft.set(host, 'id', draft.ids.allocate(cleanName, 'host'), loc);
  if (cleanName !== host['id']) draft.set(host, 'name', cleanName, loc);
  draft.list('hosts').push(host);
  draft.place(host, loc);
  readRoleWords(draft, host, `${cleanName} ${descriptor}`, loc);
  const model = descriptorModel(descriptor);
  if (model) applyHostField(draft, host, 'model', model, loc);
  for (const part of splitList(descriptor)) {
    let field = guessHostField(part);
    if (field === 'memory' && host['memory'] !== undefined) field = 'disks';
    if (field && field !== 'model' && field !== 'os' && field !== 'workloads') applyHostField(draft, host, field, part, loc);
  }
  return host;
}

/** The model in a heading descriptor such as "Lenovo M720q (Proxmox node)": the text before role words. */
function descriptorModel(descriptor: string): string | undefined {
  const first = descriptor.split(/[(,;]/)[0]?.trim() ?? '';
  if (!first) return undefined;
  if (findEntry(machineCatalog, first)) return first;
  const withoutRoles = first.replace(/\b(proxmox|pve|node|nas|server|box|host|truenas|unraid|opnsense|pfsense|backup|hypervisor)\b/gi, '').trim();
  if (withoutRoles.length < 3 || guessHostField(first) !== undefined && guessHostField(first) !== 'model') return undefined;
  return /[A-Za-z]/.test(withoutRoles) && /\d|[A-Z]{2}/.test(withoutRoles) ? first : undefined;
}

/** Splits a host heading "pve1 — Lenovo M720q (Proxmox node)" into name and descriptor. */
export function splitHostTitle(title: string): { name: string; descriptor: string } {
  const match = /^(.+?)\s*(?:[—–:|]|\s-\s|\(|,)\s*(.*)$/.exec(title);
  if (!match) return { name: title.trim(), descriptor: '' };
  const descriptor = title.slice((match[1] ?? '').length).replace(/^\s*[—–:|,-]\s*/, '').trim().replace(/^\((.*)\)$/, '$1');
  return { name: (match[1] ?? '').trim(), descriptor };
}

/** Reads the items of a host: key/value facts, unkeyed facts, nested workloads. */
export function readHostItems(draft: InventoryDraft, host: Draft, items: readonly OutlineItem[]): void {
  for (const item of items) readHostItem(draft, host, item);
}

function readHostItem(draft: InventoryDraft, host: Draft, item: OutlineItem): void {
  const pair = splitKeyValue(item.text);
  const keyed = pair ? fieldOfKey(pair.key) : undefined;
  const prose = (pair !== undefined && !keyed) || item.text.split(/\s+/).length > 10;
  const field = keyed ?? (prose ? undefined : guessHostField(item.text));
  const value = keyed && pair ? pair.value : item.text;
  if (field === 'workloads') {
    const kindWord = lookupWord(workloadKindWords, pair?.key ?? item.text);
    const context = { host: String(host['id']), ...(kindWord ? { kind: kindWord.value } : {}) };
    if (keyed && pair && pair.value) for (const part of splitList(pair.value)) readWorkload(draft, part, item, context);
    for (const child of item.children) readWorkload(draft, child.text, child, context, child.children);
    if (item.children.length > 0 || (pair?.value ?? '') !== '') draft.context(item.line, `workloads of ${String(host['id'])}`);
    else draft.note(item.line, 'no workloads listed');
    return;
  }
  if (field && applyHostField(draft, host, field, value, item)) {
    if (field === 'disks' || field === 'nics') for (const child of item.children) readHostItem(draft, host, { ...child, text: `${child.text}` });
    else readHostItems(draft, host, item.children);
    return;
  }
  if (field) draft.note(item.line, `the ${field} value could not be read`);
  else if (pair && !keyed) draft.note(item.line, `unknown key "${pair.key}"`);
  readHostItems(draft, host, item.children);
}

/** Reads a host section: its heading names the host; sub-headings add workloads, disks or NICs. */
export function readHostSection(draft: InventoryDraft, section: OutlineSection, title = section.title): Draft {
  const { name, descriptor } = splitHostTitle(title);
  const host = createHost(draft, name, descriptor, section);
  for (const block of section.blocks) {
    if (block.kind === 'item') readHostItem(draft, host, block.item);
    else readKeyValueTable(draft, host, block.table);
  }
  for (const child of section.children) {
    draft.context(child.line, `part of ${String(host['id'])}`);
    const kind = sectionKindOf(child.title);
    const field = fieldOfKey(child.title);
    if (kind === 'workloads' || field === 'workloads') {
      const kindWord = lookupWord(workloadKindWords, child.title);
      for (const block of child.blocks) {
        if (block.kind === 'item') readWorkload(draft, block.item.text, block.item, { host: String(host['id']), ...(kindWord ? { kind: kindWord.value } : {}) }, block.item.children);
      }
    } else {
      for (const block of child.blocks) {
        if (block.kind !== 'item') continue;
        const inner = field && !splitKeyValue(block.item.text) ? { ...block.item, text: `${child.title}: ${block.item.text}` } : block.item;
        readHostItem(draft, host, inner);
      }
    }
  }
  return host;
}

/** A two-column table of key/value rows under a host ("| Component | Spec |"). */
function readKeyValueTable(draft: InventoryDraft, host: Draft, table: OutlineTable): void {
  draft.context(table.line, 'table header');
  for (const row of table.rows) {
    const [key, ...rest] = row.cells;
    if (!key) continue;
    readHostItem(draft, host, { text: `${key.text}: ${rest.map((cell) => cell.text).join(', ')}`, line: row.line, column: key.column, children: [] });
  }
}

/** True when a table has a column naming hosts and columns naming hardware: one host per row. */
export function isHostTable(table: OutlineTable): boolean {
  const fields = table.header.map((cell) => fieldOfKey(cell.text));
  return fields.includes('name') && fields.filter((field) => field && hardwareKeys.includes(field)).length >= 1;
}

/** Reads a table with one host per row; unknown columns are noted on each row. */
export function readHostTable(draft: InventoryDraft, table: OutlineTable): void {
  const fields = table.header.map((cell) => fieldOfKey(cell.text));
  const unknown = table.header.filter((_, index) => fields[index] === undefined).map((cell) => cell.text).filter((text) => text !== '');
  draft.context(table.line, `host table (columns: ${table.header.map((cell, index) => `${cell.text || '?'}${fields[index] ? '' : ' (not read)'}`).join(', ')})`);
  const nameColumn = fields.indexOf('name');
  for (const row of table.rows) {
    const nameCell = row.cells[nameColumn];
    if (!nameCell || nameCell.text === '') {
      draft.note(row.line, 'row without a host name');
      continue;
    }
    const host = createHost(draft, nameCell.text, '', { line: row.line, column: nameCell.column });
    row.cells.forEach((cell, index) => {
      const field = fields[index];
      if (index === nameColumn || cell.text === '' || /^[-—–?]+$|^n\/?a$/i.test(cell.text)) return;
      const loc = { line: row.line, column: cell.column };
      if (field === 'workloads') {
        for (const part of splitList(cell.text)) readWorkload(draft, part, loc, { host: String(host['id']) });
      } else if (field === 'role' || field === 'kind') {
        if (!readRoleWords(draft, host, cell.text, loc, 3)) draft.note(row.line, `role "${cell.text}" not read`);
      } else if (field && !applyHostField(draft, host, field, cell.text, loc)) {
        draft.note(row.line, `${table.header[index]?.text ?? field} value not read`);
      }
    });
    for (const column of unknown) draft.note(row.line, `column "${column}" not read`);
  }
}

/** In a "Hosts" section: a bullet per host, either "pve1" with nested details or "pve1: M720q, 32GB, …". */
export function readHostBullet(draft: InventoryDraft, item: OutlineItem): boolean {
  const pair = splitKeyValue(item.text);
  if (pair && fieldOfKey(pair.key)) return false;
  const { name, descriptor } = pair ? { name: pair.key, descriptor: pair.value } : splitHostTitle(item.text);
  if (!name || normaliseKey(name).split(' ').length > 4) return false;
  const host = createHost(draft, name, descriptor, item);
  readHostItems(draft, host, item.children);
  return true;
}
