/**
 * The network topology as a diagram: WAN uplinks, gateway, switches, access points and hosts, with the
 * speed of every cable. What each device draws power from is written in its label ("power: ups1"), which
 * keeps the cabling readable; the failure-domain diagram draws the power chain itself.
 */
import { compareText } from '../../intake/diagnostic.js';
import { formatRate } from '../../intake/units/index.js';
import type { BitsPerSecond } from '../../model/quantities.js';
import type { Model } from '../../model/types.js';
import type { DiagramEdge, DiagramNode, DiagramSpec } from './diagram-spec.js';

/** Rank of a node in the drawing: uplinks on top, then routers, switches, then endpoints. */
const rankByKind: Readonly<Record<string, number>> = { wan: 0, modem: 1, ont: 1, router: 2, firewall: 2, gateway: 2, switch: 3, 'access-point': 4 };
const HOST_RANK = 4;

interface Cable {
  readonly a: string;
  readonly b: string;
  readonly speed?: number;
  readonly poe: boolean;
}

/** The topology diagram of `model`. */
export function topologyDiagram(model: Model, id = 'topology-current', title = 'Network topology'): DiagramSpec {
  const rank = new Map<string, number>();
  const nodes: DiagramNode[] = [];
  const powerOf = powerSources(model);
  for (const wan of model.network.wan) {
    rank.set(wan.id, 0);
    nodes.push({ id: wan.id, lines: [wan.id, `WAN${wan.kind ? ` ${wan.kind}` : ''}`] });
  }
  for (const device of model.network.devices) {
    rank.set(device.id, rankByKind[device.kind] ?? 3);
    nodes.push({ id: device.id, lines: [device.id, device.kind, ...powerLine(powerOf.get(device.id))] });
  }
  for (const host of model.hosts) {
    rank.set(host.id, HOST_RANK);
    nodes.push({ id: host.id, lines: [host.id, host.role, ...powerLine(powerOf.get(host.id))] });
  }
  const edges: DiagramEdge[] = model.network.wan
    .filter((wan) => rank.has(wan.device))
    .map((wan) => ({ from: wan.id, to: wan.device, label: `${shortRate(wan.down)}/${shortRate(wan.up)}` }));
  edges.push(...cableEdges(cables(model).filter((cable) => rank.has(cable.a) && rank.has(cable.b)), rank));
  const connected = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  // Devices with no cable would float alone; they are listed in Current State instead.
  const shown = nodes.filter((node) => connected.has(node.id) || nodes.length === 1);
  return { id, title, direction: 'TD', nodes: shown.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || compareText(a.id, b.id)), edges };
}

/** Every cable of the model: declared links, NICs cabled to a port, and PoE feeds, once each. */
function cables(model: Model): Cable[] {
  const speedOfPort = new Map<string, number>();
  for (const device of model.network.devices) for (const port of device.ports) if (port.speed !== undefined) speedOfPort.set(`${device.id}:${port.id}`, port.speed);
  for (const host of model.hosts) for (const nic of host.nics) speedOfPort.set(`${host.id}:${nic.id}`, nic.speed);
  const poePorts = new Set<string>();
  for (const item of [...model.network.devices, ...model.hosts]) if (item.power?.poeFrom) poePorts.add(item.power.poeFrom);
  const seen = new Set<string>();
  const result: Cable[] = [];
  const add = (left: string, right: string, speed?: number) => {
    const key = [left, right].sort(compareText).join('|');
    if (seen.has(key)) return;
    seen.add(key);
    const speeds = [speed, speedOfPort.get(left), speedOfPort.get(right)].filter((value): value is number => value !== undefined);
    const known = speed ?? (speeds.length > 0 ? Math.min(...speeds) : undefined);
    result.push({ a: deviceOf(left), b: deviceOf(right), ...(known !== undefined ? { speed: known } : {}), poe: poePorts.has(left) || poePorts.has(right) });
  };
  for (const link of model.network.links) add(link.a, link.b, link.speed);
  for (const host of model.hosts) for (const nic of host.nics) if (nic.connectedTo) add(`${host.id}:${nic.id}`, nic.connectedTo, undefined);
  for (const item of [...model.network.devices, ...model.hosts]) {
    const from = item.power?.poeFrom;
    if (from && !result.some((cable) => (cable.a === item.id && cable.b === deviceOf(from)) || (cable.b === item.id && cable.a === deviceOf(from)))) {
      result.push({ a: deviceOf(from), b: item.id, poe: true });
    }
  }
  return result;
}

/** One edge per pair of devices, drawn from the upper rank down; parallel cables are counted in the label. */
function cableEdges(list: readonly Cable[], rank: ReadonlyMap<string, number>): DiagramEdge[] {
  const byPair = new Map<string, { from: string; to: string; labels: string[] }>();
  for (const cable of list) {
    const [from, to] = orient(cable.a, cable.b, rank);
    const key = `${from}|${to}`;
    const label = `${cable.speed !== undefined ? shortRate(cable.speed) : 'cable'}${cable.poe ? '+PoE' : ''}`;
    const entry = byPair.get(key) ?? { from, to, labels: [] };
    entry.labels.push(label);
    byPair.set(key, entry);
  }
  return [...byPair.values()]
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))
    .map((entry) => ({ from: entry.from, to: entry.to, label: countLabels(entry.labels) }));
}

function orient(a: string, b: string, rank: ReadonlyMap<string, number>): [string, string] {
  const difference = (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  return difference < 0 || (difference === 0 && compareText(a, b) <= 0) ? [a, b] : [b, a];
}

/**
 * "2×10G+2.5G": identical labels counted, in a stable order. No spaces: an ASCII renderer may draw a
 * crossing line through a space, and a label must stay findable in the output.
 */
function countLabels(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([label, count]) => (count > 1 ? `${count}×${label}` : label))
    .join('+');
}

/** What each device or host is plugged into (UPS, PDU or feed), or the switch that powers it over PoE. */
export function powerSources(model: Model): Map<string, readonly string[]> {
  const result = new Map<string, readonly string[]>();
  for (const item of [...model.network.devices, ...model.hosts]) {
    const feeds = [...(item.power?.feeds ?? [])];
    if (item.power?.poeFrom) feeds.push(`PoE ${deviceOf(item.power.poeFrom)}`);
    if (feeds.length > 0) result.set(item.id, feeds);
  }
  return result;
}

function powerLine(sources: readonly string[] | undefined): string[] {
  return sources && sources.length > 0 ? [`power: ${sources.join(', ')}`] : [];
}

function deviceOf(endpoint: string): string {
  return endpoint.slice(0, endpoint.indexOf(':'));
}

/** "1 Gbit/s" → "1G", "500 Mbit/s" → "500M": cable labels stay short enough for narrow diagrams. */
function shortRate(value: number): string {
  return formatRate(value as BitsPerSecond).replace(/ ([kMGT])bit\/s$/, '$1').replace(/ bit\/s$/, '');
}
