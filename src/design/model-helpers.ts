/**
 * Small model queries designs share: a free id, a free switch port (declared on the switch when the
 * spec lists only the ports in use), a free VLAN id and subnet, the switch hosts are cabled to.
 */
import { compareText } from '../intake/diagnostic.js';
import { declaredIds, updateEntity } from '../model/collections.js';
import type { Model, NetworkDevice } from '../model/types.js';

/** `base` if no entity uses it, else `base-2`, `base-3`… */
export function uniqueId(model: Model, base: string, taken: ReadonlySet<string> = new Set()): string {
  const ids = declaredIds(model);
  if (!ids.has(base) && !taken.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`) && !taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Endpoints ("sw1:port3") already cabled: link ends, NIC destinations and PoE sources. */
export function usedEndpoints(model: Model): Set<string> {
  const used = new Set<string>();
  for (const link of model.network.links) used.add(link.a).add(link.b);
  for (const host of model.hosts) {
    for (const nic of host.nics) if (nic.connectedTo !== undefined) used.add(nic.connectedTo).add(`${host.id}:${nic.id}`);
    if (host.power?.poeFrom !== undefined) used.add(host.power.poeFrom);
  }
  for (const device of model.network.devices) if (device.power?.poeFrom !== undefined) used.add(device.power.poeFrom);
  return used;
}

/** The switch most hosts are cabled to (ties by id), or undefined without switches. */
export function mainSwitch(model: Model, hosts: readonly string[] = model.hosts.map((host) => host.id)): NetworkDevice | undefined {
  const switches = model.network.devices.filter((device) => device.kind === 'switch');
  const count = (id: string) => model.hosts.filter((host) => hosts.includes(host.id)).reduce((sum, host) => sum + host.nics.filter((nic) => nic.connectedTo?.startsWith(`${id}:`)).length, 0);
  return [...switches].sort((a, b) => count(b.id) - count(a.id) || compareText(a.id, b.id))[0];
}

/**
 * A free port on `deviceId` and the model with it declared. A declared port nothing is cabled to is
 * used first; else the next "portN" is declared (specs often list only the ports in use).
 */
export function freePort(model: Model, deviceId: string, taken: ReadonlySet<string> = new Set()): { readonly model: Model; readonly endpoint: string } {
  const device = model.network.devices.find((candidate) => candidate.id === deviceId);
  if (device === undefined) throw new Error(`no network device "${deviceId}"`);
  const used = usedEndpoints(model);
  const idle = device.ports.find((port) => !used.has(`${device.id}:${port.id}`) && !taken.has(`${device.id}:${port.id}`) && port.poe !== true);
  if (idle !== undefined) return { model, endpoint: `${device.id}:${idle.id}` };
  // Follow the switch's own naming: "port5" after "port4", "5" after "4".
  const parsed = device.ports.map((port) => /^(.*?)(\d+)$/u.exec(port.id)).filter((match): match is RegExpExecArray => match !== null);
  const prefix = parsed.length > 0 ? (parsed[0]?.[1] ?? 'port') : 'port';
  const numbers = new Set(parsed.filter((match) => match[1] === prefix).map((match) => Number(match[2])));
  let n = 1;
  while (numbers.has(n) || taken.has(`${device.id}:${prefix}${n}`)) n++;
  const speeds = device.ports.map((port) => port.speed).filter((speed): speed is NonNullable<typeof speed> => speed !== undefined);
  const speed = speeds.sort((a, b) => speeds.filter((s) => s === b).length - speeds.filter((s) => s === a).length)[0];
  const port = { id: `${prefix}${n}`, ...(speed !== undefined ? { speed } : {}) };
  return { model: updateEntity<NetworkDevice>(model, 'network.devices', device.id, (entity) => ({ ...entity, ports: [...entity.ports, port] })), endpoint: `${device.id}:${prefix}${n}` };
}

/** `preferred` if no VLAN uses that VID, else the next free multiple of 10 above it. */
export function freeVid(model: Model, preferred: number): number {
  const used = new Set(model.network.vlans.map((vlan) => vlan.vid));
  if (!used.has(preferred)) return preferred;
  for (let vid = Math.ceil((preferred + 1) / 10) * 10; vid < 4095; vid += 10) if (!used.has(vid)) return vid;
  throw new Error('no free VLAN id');
}

/** A /24 for a new VLAN that no VLAN uses: 10.<vid>.0.0/24 when free, else the next free one. */
export function freeSubnet(model: Model, vid: number): string {
  const used = new Set(model.network.vlans.map((vlan) => vlan.subnet));
  for (let second = vid % 256; second < vid % 256 + 256; second++) {
    const subnet = `10.${second % 256}.${Math.floor(vid / 256)}.0/24`;
    if (!used.has(subnet)) return subnet;
  }
  throw new Error('no free subnet');
}
