/**
 * Which loads belong on battery: the hosts that run critical and high-criticality workloads, the
 * hosts that hold their disks, and the network path from those hosts to the gateway and the WAN
 * (switches, the gateway, a modem or ONT), with the devices those switches power over Ethernet.
 * What a UPS protects today stays on it: the design never unplugs protection that exists.
 */
import type { Analysis } from '../../../analyze/run-analysis.js';
import { isNumericFact } from '../../../analyze/fact.js';
import { compareText } from '../../../intake/diagnostic.js';
import { storageHost } from '../../../model/shutdown-stages.js';
import type { Model } from '../../../model/types.js';
import { atLeast, hostOf } from '../../../rules/queries/backup-graph.js';
import { upsesFeeding } from '../../../rules/queries/power-path.js';

export const BLUEPRINT = 'power-protection';

export interface Load {
  readonly id: string;
  readonly kind: 'host' | 'device';
  /** Why it belongs on battery; empty when it is on a UPS today only. */
  readonly reasons: readonly string[];
  /** Watts from the power analyzer (null when unknown). */
  readonly draw: number | null;
  readonly drawFact: string;
  /** UPSes that feed it today. */
  readonly onUps: readonly string[];
}

/** Devices on the cabled path from `start` to `goal`, both included (breadth first over links and NIC cables). */
function pathDevices(model: Model, start: string, goal: string): string[] {
  const neighbours = new Map<string, Set<string>>();
  const connect = (a: string, b: string) => {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  };
  for (const link of model.network.links) connect(link.a.split(':')[0] ?? '', link.b.split(':')[0] ?? '');
  const parent = new Map<string, string>([[start, start]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    if (node === goal) break;
    for (const next of [...(neighbours.get(node) ?? [])].sort(compareText)) {
      if (parent.has(next)) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  if (!parent.has(goal)) return [start];
  const path = [goal];
  for (let node = goal; node !== start; node = parent.get(node) as string) path.push(parent.get(node) as string);
  return path;
}

/** Loads that belong on battery, and those a UPS feeds today, with their draws. */
export function batteryLoads(model: Model, analysis: Analysis): { readonly protect: readonly Load[]; readonly onBattery: readonly Load[] } {
  const reasons = new Map<string, string[]>();
  const add = (id: string | undefined, reason: string) => {
    if (id === undefined) return;
    reasons.set(id, [...(reasons.get(id) ?? []), reason]);
  };
  const critical = model.workloads.filter((workload) => atLeast(workload, 'high'));
  const byHost = new Map<string, string[]>();
  for (const workload of critical) {
    const host = hostOf(model, workload);
    if (host !== undefined) byHost.set(host, [...(byHost.get(host) ?? []), workload.id]);
    const storage = workload.storage === undefined ? undefined : storageHost(model, workload.storage);
    if (storage !== undefined && storage !== host) add(storage, `holds the disk of ${workload.id}`);
  }
  for (const [host, workloads] of byHost) add(host, `runs ${workloads.join(', ')}`);
  const wanDevice = model.network.wan[0]?.device;
  const gateway = wanDevice ?? model.network.devices.find((device) => ['router', 'firewall', 'gateway'].includes(device.kind))?.id;
  const hosts = [...reasons.keys()].filter((id) => model.hosts.some((host) => host.id === id));
  for (const hostId of hosts) {
    const host = model.hosts.find((candidate) => candidate.id === hostId);
    for (const nic of host?.nics ?? []) {
      const first = nic.connectedTo?.split(':')[0];
      if (first === undefined || !model.network.devices.some((device) => device.id === first)) continue;
      for (const device of gateway === undefined ? [first] : pathDevices(model, first, gateway)) add(device, `on the network path of ${hostId}`);
    }
  }
  if (gateway !== undefined && hosts.length > 0) {
    add(gateway, 'routes the protected hosts and carries alerts out');
    for (const device of model.network.devices.filter((candidate) => candidate.kind === 'modem' || candidate.kind === 'ont')) add(device.id, 'terminates the WAN');
  }
  for (const device of model.network.devices) {
    const switchId = device.power?.poeFrom?.split(':')[0];
    if (switchId !== undefined && reasons.has(switchId) && device.power?.feeds.length === 0) add(device.id, `powered over Ethernet by ${switchId}`);
  }
  const load = (id: string): Load => {
    const fact = analysis.byId.get(`power/${id}/draw`);
    // One "network path" reason is enough, whichever host's path named it first.
    const path = (reasons.get(id) ?? []).find((reason) => reason.startsWith('on the network path'));
    const unique = [...new Set((reasons.get(id) ?? []).filter((reason) => !reason.startsWith('on the network path')))];
    return { id, kind: model.hosts.some((host) => host.id === id) ? 'host' : 'device', reasons: path !== undefined ? [...unique, path] : unique, draw: isNumericFact(fact) ? fact.value : null, drawFact: `power/${id}/draw`, onUps: upsesFeeding(model, id) };
  };
  const protect = [...reasons.keys()].sort(compareText).map(load);
  const fed = [...model.hosts.map((host) => host.id), ...model.network.devices.map((device) => device.id)].filter((id) => !reasons.has(id) && upsesFeeding(model, id).length > 0);
  return { protect, onBattery: [...protect, ...fed.sort(compareText).map(load)] };
}
