/**
 * The power chain from NetBox: power feeds (with the power they can deliver), which UPS or PDU
 * each device's power ports are plugged into, and how much each device draws. NetBox does not
 * record UPS capacity or batteries, so those are open questions.
 */
import { compareText } from '../../diagnostic.js';
import { slugId } from '../id-allocator.js';
import { asNumber, asRecord, asString } from '../json-fields.js';
import { safeName } from '../safe-text.js';
import type { DrawInput, PduInput, PowerFeedInput } from '../spec-input.js';
import { connectedEndpoints, refId } from './netbox-compat.js';
import type { MappedDevice } from './map-netbox-devices.js';
import { type NetboxMapContext, naturalCompare } from './netbox-map-context.js';

/** √3, for three-phase feeds. */
const SQRT3 = Math.sqrt(3);

/**
 * Power a feed can deliver: volts × amps × max utilization, × √3 for three phases — NetBox's own
 * "available power" (netbox/dcim/models/power.py, PowerFeed.save), read as watts at power factor 1.
 */
export function feedPower(voltage: number, amperage: number, maxUtilization: number, threePhase: boolean): number {
  return Math.round(Math.abs(voltage) * amperage * (maxUtilization / 100) * (threePhase ? SQRT3 : 1));
}

/** Whole watts as the spec writes them; exact, where "2.94 kW" would round. */
const wattsText = (value: number) => `${Math.round(value)} W`;

/** Maps power feeds; returns them with their ids by NetBox id. */
export function mapNetboxFeeds(context: NetboxMapContext): { feeds: PowerFeedInput[]; feedIds: Map<number, string> } {
  const feedIds = new Map<number, string>();
  const feeds: PowerFeedInput[] = [];
  const sorted = [...context.snapshot.powerFeeds].sort((a, b) => naturalCompare(asString(a.name) ?? '', asString(b.name) ?? '') || (asNumber(a.id) ?? 0) - (asNumber(b.id) ?? 0));
  for (const item of sorted) {
    const netboxId = asNumber(item.id);
    if (netboxId === undefined) continue;
    const name = safeName(item.name) ?? `feed ${netboxId}`;
    const panel = safeName(asRecord(item.power_panel)?.name);
    const id = context.ids.take(slugId(panel ? `${panel}-${name}` : name, `feed-${netboxId}`), 'feed');
    feedIds.set(netboxId, id);
    const voltage = asNumber(item.voltage);
    const amperage = asNumber(item.amperage);
    const utilization = asNumber(item.max_utilization) ?? 80;
    const threePhase = asString(asRecord(item.phase)?.value) === 'three-phase';
    const feed: PowerFeedInput = {
      id,
      name: panel ? `${panel} / ${name}` : name,
      kind: 'utility',
      ...(panel ? { circuit: `${panel}, ${name}` } : {}),
      ...(voltage !== undefined && amperage !== undefined ? { maxPower: wattsText(feedPower(voltage, amperage, utilization, threePhase)) } : {}),
    };
    context.notes.entity(feed, 'imported', `netbox power feed ${name}${voltage !== undefined && amperage !== undefined ? `: ${voltage} V × ${amperage} A × ${utilization}%${threePhase ? ' × √3' : ''}` : ''}`);
    if (feed.maxPower !== undefined) context.notes.field(feed, 'maxPower', 'assumed', 'NetBox gives volt-amperes; read as watts (power factor 1)');
    feeds.push(feed);
  }
  return { feeds, feedIds };
}

/** Sets draw and upstream on every mapped device, the feed of each UPS and PDU; returns the PDUs that have an upstream. */
export function mapNetboxPowerPorts(context: NetboxMapContext, devices: ReadonlyMap<number, MappedDevice>, feedIds: ReadonlyMap<number, string>): PduInput[] {
  const ports = new Map<number, Record<string, unknown>[]>();
  for (const port of context.snapshot.powerPorts) {
    const device = refId(port.device);
    if (device !== undefined) ports.set(device, [...(ports.get(device) ?? []), port]);
  }
  const upstreamOf = (port: Record<string, unknown>): string | undefined => {
    const { type, endpoints } = connectedEndpoints(port);
    const far = endpoints[0];
    if (!far) return undefined;
    if (type === 'dcim.powerfeed') return feedIds.get(asNumber(far.id) ?? -1);
    const owner = devices.get(refId(far.device) ?? -1);
    return owner && (owner.as === 'ups' || owner.as === 'pdu') ? owner.entity.id : undefined;
  };

  const pdus: PduInput[] = [];
  const unpowered = new Set<string>();
  const byId = [...devices.values()].sort((a, b) => compareText(a.entity.id, b.entity.id));
  const portsOf = (device: MappedDevice) => [...(ports.get(device.netboxId) ?? [])].sort((a, b) => naturalCompare(asString(a.name) ?? '', asString(b.name) ?? ''));
  const upstreamsOf = (device: MappedDevice) => [...new Set(portsOf(device).flatMap((port) => upstreamOf(port) ?? []))].sort(compareText);
  // UPSes and PDUs first: a device plugged into a PDU whose own upstream is unknown cannot name it.
  for (const device of byId) {
    if (device.as === 'ups') {
      const feed = upstreamsOf(device).find((id) => [...feedIds.values()].includes(id));
      if (feed) device.entity.feed = feed;
    } else if (device.as === 'pdu') {
      const feed = upstreamsOf(device)[0];
      if (feed) pdus.push(Object.assign(device.entity, { feed }));
      else {
        context.skip(`PDU ${device.entity.id}: NetBox does not say what it is plugged into, and the model needs that`);
        unpowered.add(device.entity.id);
      }
    }
  }
  for (const device of byId) {
    if (device.as !== 'host' && device.as !== 'network') continue;
    const own = portsOf(device);
    const allocated = own.map((port) => asNumber(port.allocated_draw)).filter((value): value is number => value !== undefined);
    const maximum = own.map((port) => asNumber(port.maximum_draw)).filter((value): value is number => value !== undefined);
    const draw: DrawInput = { ...(device.entity.power ?? {}) };
    if (allocated.length > 0) draw.load = wattsText(allocated.reduce((sum, value) => sum + value, 0));
    else if (maximum.length > 0) {
      draw.load = wattsText(maximum.reduce((sum, value) => sum + value, 0));
      context.notes.field(draw, 'load', 'assumed', 'NetBox has only the maximum draw of the power supplies');
    }
    const feeds = upstreamsOf(device).filter((id) => !unpowered.has(id));
    if (feeds.length > 0) draw.feeds = feeds;
    if (own.length > 0) draw.psus = own.length;
    if (Object.keys(draw).length > 0) device.entity.power = draw;
  }
  return pdus;
}
