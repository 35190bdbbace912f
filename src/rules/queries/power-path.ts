/**
 * Follows what a device is plugged into (feeds, PDUs, PoE switch ports) to the UPSes that carry it.
 */
import type { Model } from '../../model/types.js';

/** Ids of the UPSes that keep `deviceId` powered, through PDUs and PoE; empty when none do. */
export function upsesFeeding(model: Model, deviceId: string, seen: ReadonlySet<string> = new Set()): string[] {
  if (seen.has(deviceId)) return [];
  const visited = new Set([...seen, deviceId]);
  const draw = model.hosts.find((host) => host.id === deviceId)?.power ?? model.network.devices.find((device) => device.id === deviceId)?.power;
  if (!draw) return [];
  const found = new Set<string>();
  const follow = (id: string) => {
    if (model.power.ups.some((ups) => ups.id === id)) found.add(id);
    const pdu = model.power.pdus.find((candidate) => candidate.id === id);
    if (pdu) follow(pdu.feed);
  };
  for (const feed of draw.feeds) follow(feed);
  if (draw.poeFrom) {
    const [switchId = ''] = draw.poeFrom.split(':');
    for (const ups of upsesFeeding(model, switchId, visited)) found.add(ups);
  }
  return [...found].sort();
}

/** True when the spec says where the device draws power from. */
export function powerKnown(model: Model, deviceId: string): boolean {
  const draw = model.hosts.find((host) => host.id === deviceId)?.power ?? model.network.devices.find((device) => device.id === deviceId)?.power;
  return draw !== undefined && (draw.feeds.length > 0 || draw.poeFrom !== undefined);
}
