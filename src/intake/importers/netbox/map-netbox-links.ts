/**
 * Cabling from NetBox: where each host NIC is plugged in (`connectedTo`), links between network
 * devices, and which switch port powers a PoE device. NetBox traces cable paths through patch
 * panels (`connected_endpoints`), so that is read first; direct cables fill in the rest.
 */
import { compareText } from '../../diagnostic.js';
import { asNumber } from '../json-fields.js';
import type { LinkInput } from '../spec-input.js';
import { cableEnds, connectedEndpoints } from './netbox-compat.js';
import type { InterfaceRef, MappedDevices } from './map-netbox-devices.js';
import type { NetboxMapContext } from './netbox-map-context.js';

/** Applies cabling to the mapped devices and returns the links between devices. */
export function mapNetboxLinks(context: NetboxMapContext, mapped: MappedDevices): LinkInput[] {
  const pairs = new Map<string, [number, number]>();
  const pair = (a: number, b: number) => {
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    pairs.set(`${low}-${high}`, [low, high]);
  };
  for (const item of context.snapshot.interfaces) {
    const id = asNumber(item.id);
    const { type, endpoints } = connectedEndpoints(item);
    if (id === undefined || (type !== undefined && type !== 'dcim.interface') || endpoints.length !== 1) continue;
    const peer = asNumber(endpoints[0]?.id);
    if (peer !== undefined) pair(id, peer);
  }
  for (const cable of context.snapshot.cables) {
    const { a, b } = cableEnds(cable);
    if (a.length !== 1 || b.length !== 1 || a[0]?.type !== 'dcim.interface' || b[0]?.type !== 'dcim.interface') continue;
    const left = asNumber(a[0].object.id);
    const right = asNumber(b[0].object.id);
    if (left !== undefined && right !== undefined) pair(left, right);
  }

  const links: LinkInput[] = [];
  for (const [left, right] of [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const a = mapped.interfaces.get(left);
    const b = mapped.interfaces.get(right);
    if (!a || !b) continue;
    poweredOverEthernet(a, b);
    poweredOverEthernet(b, a);
    if (a.nic && !b.nic) a.nic.connectedTo = b.endpoint;
    else if (b.nic && !a.nic) b.nic.connectedTo = a.endpoint;
    else links.push(a.endpoint < b.endpoint ? { a: a.endpoint, b: b.endpoint } : { a: b.endpoint, b: a.endpoint });
  }
  return links.sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b));
}

/** A powered device (poe "pd") cabled to a supplying port ("pse") draws from that port. */
function poweredOverEthernet(device: InterfaceRef, supplier: InterfaceRef): void {
  if (device.poe !== 'pd' || supplier.poe !== 'pse') return;
  if (device.device.as !== 'host' && device.device.as !== 'network') return;
  const entity = device.device.entity;
  entity.power = { ...(entity.power ?? {}), poeFrom: supplier.endpoint };
}

