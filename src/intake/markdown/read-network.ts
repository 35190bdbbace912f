/**
 * The network as people describe it: "Router: UCG-Ultra (DHCP, DNS, WireGuard)", "Switch: USW-Lite-8-PoE",
 * "VLAN 30 IoT — 10.0.30.0/24", a VLAN table, "ISP: Odido fiber 500/100 Mbit/s".
 */
import { findEntry, networkDeviceCatalog } from '../hardware-catalog/index.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import type { OutlineTable } from './outline.js';
import { deviceKindWords, deviceServiceWords, expandWord, lookupAll, lookupWord, networkVendorWords, platformWords, vpnWords, wanKindWords, zoneWords, type DeviceKind } from './role-words.js';
import { findSubnet, splitParenthesis } from './text-values.js';
import { fieldOfKey, type FieldKey } from './vocabulary.js';
import { findOne } from './mentions.js';

const kindOfField: Partial<Record<FieldKey, DeviceKind>> = { router: 'router', switch: 'switch', accessPoint: 'access-point', modem: 'modem' };

/** The device kind a key names ("Router", "Switch", "AP"), if any. */
export function deviceKindOfField(field: FieldKey | undefined): DeviceKind | undefined {
  return field ? kindOfField[field] : undefined;
}

/** Adds a network device from "UniFi USW-Lite-8-PoE", "sw1 — MikroTik CRS309", "OPNsense on a Protectli VP2420". */
export function readDevice(draft: InventoryDraft, text: string, loc: Loc, keyKind?: DeviceKind): Draft | undefined {
  const { head, inner } = splitParenthesis(text);
  const catalog = findEntry(networkDeviceCatalog, text);
  const wordKind = lookupWord(deviceKindWords, text)?.value;
  const kind = catalog?.facts.kind ?? (keyKind === 'router' && wordKind && wordKind !== 'switch' ? wordKind : keyKind) ?? wordKind;
  if (!kind) return undefined;
  const device: Draft = {};
  const named = /^([a-z][\w.-]{0,20})\s*(?:[—–:]|\s-\s)\s*(.+)$/i.exec(head);
  const explicitId = named && /^[a-z0-9][a-z0-9._-]*$/.test(named[1] ?? '') ? named[1] : undefined;
  const model = ((explicitId ? (named?.[2] ?? '') : head).split(/\s*[,;]\s*|\s[—–-]\s/)[0] ?? '').trim();
  draft.set(device, 'id', draft.ids.allocate(explicitId ?? (kind === 'access-point' ? 'ap' : kind), kind), loc);
  draft.set(device, 'kind', kind, loc);
  if (model && /[A-Za-z]/.test(model)) draft.set(device, 'model', model, loc);
  const vendor = catalog?.facts.vendor ?? lookupWord(networkVendorWords, text)?.value;
  if (vendor) draft.set(device, 'vendor', vendor, loc);
  const platform = lookupWord(platformWords, text);
  if (platform) draft.set(device, 'platform', expandWord(platform, text), loc);
  const services = lookupAll(deviceServiceWords, `${inner} ${text}`);
  if (['router', 'firewall', 'gateway'].includes(kind)) services.unshift('routing', 'nat');
  if (kind === 'access-point') services.push('wifi');
  if (/\bpoe\b/i.test(text) && kind === 'switch') services.push('poe');
  if (services.length > 0) draft.set(device, 'services', [...new Set(services)], loc);
  if (catalog?.facts.ports) {
    const ports: Draft[] = [];
    for (const group of catalog.facts.ports.value) {
      for (let index = 0; index < group.count; index++) ports.push({ id: `port${ports.length + 1}`, speed: group.speed, ...(group.poe ? { poe: true } : {}) });
    }
    draft.set(device, 'ports', ports, loc);
    draft.assume(`catalog/${catalog.key}/ports`, `${catalog.name}: ports ${catalog.facts.ports.value.map((group) => `${group.count}x ${group.speed}${group.poe ? ' PoE' : ''}`).join(' + ')}, from the vendor specification (${catalog.facts.ports.source}).`, device, 'ports', loc);
  }
  draft.list('network', 'devices').push(device);
  draft.place(device, loc);
  const vpn = lookupWord(vpnWords, text);
  if (vpn && services.includes('vpn-server')) addVpn(draft, vpn.value, String(device['id']), loc);
  return device;
}

/** Adds a VPN ("WireGuard on the gateway", "Tailscale on pve1"). */
export function addVpn(draft: InventoryDraft, kind: string, endpoint: string, loc: Loc): Draft {
  const vpn: Draft = {};
  draft.set(vpn, 'id', draft.ids.allocate(kind, 'vpn'), loc);
  draft.set(vpn, 'kind', kind, loc);
  draft.set(vpn, 'purpose', 'remote-access', loc);
  draft.set(vpn, 'endpoint', endpoint, loc);
  draft.list('network', 'vpns').push(vpn);
  draft.place(vpn, loc);
  return vpn;
}

/** Reads a VPN line; the endpoint is resolved once hosts and devices are known. */
export function readVpn(draft: InventoryDraft, text: string, loc: Loc): boolean {
  const word = lookupWord(vpnWords, text);
  if (!word) return false;
  draft.later(() => {
    const endpoint = findOne(draft, text, ['device', 'host', 'workload']) ?? findOne(draft, text, ['device'], true);
    if (endpoint) addVpn(draft, word.value, endpoint.id, loc);
    else draft.note(loc.line, 'where the VPN runs is not given');
  });
  draft.context(loc.line, 'VPN');
  return true;
}

/** Reads a VLAN from "VLAN 30 IoT — 10.0.30.0/24 (27 clients)", "20: Trusted, 10.0.20.0/24", "IoT: VLAN 30". */
export function readVlan(draft: InventoryDraft, text: string, loc: Loc, columns?: { vid?: string; name?: string; subnet?: string; zone?: string; clients?: string }): Draft | undefined {
  const vidText = columns?.vid ?? /\b(?:vlan|vid|id|tag)\s*:?\s*#?(\d{1,4})\b/i.exec(text)?.[1] ?? /^\s*(\d{1,4})\b(?!\.\d)/.exec(text)?.[1];
  const subnet = columns?.subnet !== undefined ? findSubnet(columns.subnet) : findSubnet(text);
  const name = (columns?.name ?? text)
    .replace(/\b(vlan|vid|id|tag)\s*:?\s*#?\d{1,4}\b/gi, ' ')
    .replace(/^\s*\d{1,4}\b(?!\.)/, ' ')
    .replace(/\d{1,3}(\.\d{1,3}){3}\/\d{1,2}/g, ' ')
    .replace(/\(.*?\)/g, ' ')
    .replace(/\b(subnet|clients?|devices?)\b.*$/i, ' ')
    .replace(/[—–:,|/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const untagged = /\b(untagged|native|default|lan)\b/i.test(`${name} ${text}`);
  if (vidText === undefined && !untagged) return undefined;
  if (vidText === undefined && !subnet && !/\bvlan\b/i.test(text)) return undefined;
  const vid = vidText === undefined ? 1 : Number(vidText);
  if (!Number.isInteger(vid) || vid < 1 || vid > 4094) return undefined;
  const vlan: Draft = {};
  draft.set(vlan, 'id', draft.ids.allocate(name || `vlan${vid}`, `vlan${vid}`), loc);
  if (name && name !== vlan['id']) draft.set(vlan, 'name', name, loc);
  draft.set(vlan, 'vid', vid, loc);
  if (vidText === undefined) draft.assume('inventory/untagged-vlan', 'A network called LAN, default, native or untagged, with no VLAN id, was read as VLAN 1.', vlan, 'vid', loc);
  const zoneText = columns?.zone ?? `${name} ${text}`;
  const zone = lookupWord(zoneWords, zoneText)?.value ?? (columns?.zone ? lookupWord(zoneWords, `${name} ${text}`)?.value : undefined);
  draft.set(vlan, 'zone', zone ?? 'trusted', loc);
  if (!zone) draft.assume('inventory/vlan-zone', 'A VLAN whose name does not say its trust zone (IoT, guest, management, servers…) was placed in the trusted zone.', vlan, 'zone', loc);
  if (subnet) draft.set(vlan, 'subnet', subnet, loc);
  const clients = columns?.clients ?? /(\d{1,5})\s*(clients?|devices?)\b/i.exec(text)?.[1];
  if (clients !== undefined && /^\d+$/.test(clients.trim())) draft.set(vlan, 'clients', Number(clients.trim()), loc);
  draft.list('network', 'vlans').push(vlan);
  draft.place(vlan, loc);
  draft.later(() => {
    const gateway = onlyGateway(draft);
    if (gateway) draft.set(vlan, 'gateway', gateway.id, loc);
  });
  return vlan;
}

/** Reads a VLAN table: columns VLAN/ID, Name, Subnet, Zone/Purpose, Clients. */
export function readVlanTable(draft: InventoryDraft, table: OutlineTable): void {
  const fields = table.header.map((cell) => fieldOfKey(cell.text) ?? (/^vlan$/i.test(cell.text.trim()) ? 'vid' : undefined));
  draft.context(table.line, `VLAN table (columns: ${table.header.map((cell, index) => `${cell.text}${fields[index] ? '' : ' (not read)'}`).join(', ')})`);
  for (const row of table.rows) {
    const cell = (field: FieldKey) => {
      const index = fields.indexOf(field);
      return index >= 0 ? row.cells[index]?.text : undefined;
    };
    const columns = {
      ...(cell('vid') !== undefined ? { vid: /\d{1,4}/.exec(cell('vid') ?? '')?.[0] } : {}),
      ...(cell('name') !== undefined ? { name: cell('name') } : {}),
      ...(cell('subnet') !== undefined ? { subnet: cell('subnet') } : {}),
      ...(cell('zone') !== undefined || cell('role') !== undefined || cell('notes') !== undefined ? { zone: `${cell('zone') ?? ''} ${cell('role') ?? ''} ${cell('notes') ?? ''}` } : {}),
      ...(cell('clients') !== undefined ? { clients: cell('clients') } : {}),
    } as { vid?: string; name?: string; subnet?: string; zone?: string; clients?: string };
    const text = row.cells.map((value) => value.text).join(' | ');
    const vlan = readVlan(draft, text, { line: row.line, column: row.cells[0]?.column ?? 1 }, columns);
    if (!vlan) draft.note(row.line, 'no VLAN id in this row');
  }
}

/** Reads an ISP line: "Odido fiber, 500/100 Mbit/s", "1 Gbit symmetric", "down 250 Mbps / up 25 Mbps, CGNAT". */
export function readWan(draft: InventoryDraft, text: string, loc: Loc): boolean {
  const pair = /(\d+(?:\.\d+)?)\s*(g|m)?(?:bit\/s|bps|b\/s|bit|b)?\s*\/\s*(\d+(?:\.\d+)?)\s*(g|m)(?:bit\/s|bps|b\/s|bit|b)?\b/i.exec(text);
  const symmetric = /(\d+(?:\.\d+)?)\s*(g|m)(?:bit\/s|bps|b\/s|bit|b|be)?\b[^/]*\b(symmetric(al)?|sym)\b/i.exec(text);
  const down = /(?:down(?:load)?|↓)\s*:?\s*(\d+(?:\.\d+)?)\s*(g|m)|(\d+(?:\.\d+)?)\s*(g|m)(?:bit\/s|bps|b\/s|bit|b)?\s*(?:down|↓)/i.exec(text);
  const up = /(?:up(?:load)?|↑)\s*:?\s*(\d+(?:\.\d+)?)\s*(g|m)|(\d+(?:\.\d+)?)\s*(g|m)(?:bit\/s|bps|b\/s|bit|b)?\s*(?:up|↑)/i.exec(text);
  const rate = (amount?: string, unit?: string) => (amount ? `${amount} ${(unit ?? 'm').toLowerCase() === 'g' ? 'Gbit/s' : 'Mbit/s'}` : undefined);
  const downRate = pair ? rate(pair[1], pair[2] ?? pair[4]) : symmetric ? rate(symmetric[1], symmetric[2]) : down ? rate(down[1] ?? down[3], down[2] ?? down[4]) : undefined;
  const upRate = pair ? rate(pair[3], pair[4]) : symmetric ? rate(symmetric[1], symmetric[2]) : up ? rate(up[1] ?? up[3], up[2] ?? up[4]) : undefined;
  const kind = lookupWord(wanKindWords, text)?.value;
  const provider = text.split(/[,(]|\d/)[0]?.replace(/\b(fib(er|re)|cable|dsl|vdsl|lte|5g|4g|isp|internet|via)\b/gi, '').replace(/[—–:-]+\s*$/, '').trim();
  if (!downRate || !upRate) {
    if (!kind && !provider) return false;
    draft.ask({ id: 'network/wan/speeds', text: `The internet uplink${provider ? ` (${provider})` : ''} has no down/up speeds; offsite backup and remote access figures need them.`, loc });
    draft.note(loc.line, 'no down/up speeds: the uplink was not added');
    return true;
  }
  const wan: Draft = {};
  draft.set(wan, 'id', draft.ids.allocate(provider ? `isp-${provider}` : 'isp', 'isp'), loc);
  if (provider) draft.set(wan, 'provider', provider, loc);
  if (kind) draft.set(wan, 'kind', kind, loc);
  draft.set(wan, 'down', downRate, loc);
  draft.set(wan, 'up', upRate, loc);
  if (/\bcg-?nat\b/i.test(text)) draft.set(wan, 'cgnat', !/\bno\s+cg-?nat\b/i.test(text), loc);
  draft.place(wan, loc);
  draft.later(() => {
    const device = findOne(draft, text, ['device']) ?? onlyGateway(draft);
    if (!device) {
      draft.ask({ id: 'network/wan/device', text: 'Which router or firewall terminates the internet uplink? No single gateway is described, so the uplink was not added.', loc });
      draft.note(loc.line, 'no router or gateway to attach the uplink to');
      return;
    }
    draft.set(wan, 'device', device.id, loc);
    draft.list('network', 'wan').push(wan);
  });
  return true;
}

function onlyGateway(draft: InventoryDraft): { id: string } | undefined {
  const gateways = [
    ...draft.list('network', 'devices').filter((device) => ['router', 'firewall', 'gateway', 'modem', 'ont'].includes(String(device['kind']))),
    ...draft.list('hosts').filter((host) => host['role'] === 'router' || host['role'] === 'firewall'),
  ];
  const routing = gateways.filter((device) => device['kind'] !== 'modem' && device['kind'] !== 'ont');
  const chosen = routing.length === 1 ? routing[0] : gateways.length === 1 ? gateways[0] : undefined;
  return chosen ? { id: String(chosen['id']) } : undefined;
}
