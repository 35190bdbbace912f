/**
 * The failure-domain diagram: what shares a power source, a switch or a host. Each domain is drawn as
 * its source with one arrow to a box listing what depends on it directly: a feed, UPS or PDU and what it
 * powers (a feed's box names its UPS, whose box names what hangs off it); a switch and what is cabled to
 * it; a host and the guests it runs. Domains are separate pairs of boxes, so no arrow crosses another. A
 * device fed from two sources appears in both boxes (marked "also …"): that is what redundancy looks like.
 */
import { compareText } from '../../intake/diagnostic.js';
import type { Model } from '../../model/types.js';
import type { DiagramEdge, DiagramNode, DiagramSpec } from './diagram-spec.js';

/** Members listed by id in a domain box before the rest are counted. */
export const MAX_MEMBERS_LISTED = 8;

export interface FailureDomainOptions {
  /** Ids the failure analysis found to be single points of failure; their boxes say "SPOF". */
  readonly spofs?: ReadonlySet<string>;
}

interface Domain {
  readonly source: string;
  readonly kind: string;
  readonly label: 'powers' | 'carries' | 'runs';
  readonly members: readonly string[];
}

/** The failure-domain diagram of `model`. */
export function failureDomainDiagram(model: Model, options: FailureDomainOptions = {}): DiagramSpec {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const sourceNodes = new Set<string>();
  const kinds = kindsById(model);
  const addSource = (id: string) => {
    if (sourceNodes.has(id)) return;
    sourceNodes.add(id);
    nodes.push({ id, lines: [id, kinds.get(id) ?? '', ...(options.spofs?.has(id) ? ['SPOF'] : [])] });
  };
  for (const domain of failureDomains(model, kinds)) {
    addSource(domain.source);
    const group = `${domain.label}:${domain.source}`;
    const listed = domain.members.length > MAX_MEMBERS_LISTED ? [...domain.members.slice(0, MAX_MEMBERS_LISTED - 1), `+${domain.members.length - MAX_MEMBERS_LISTED + 1} more`] : domain.members;
    nodes.push({ id: group, lines: listed });
    edges.push({ from: domain.source, to: group, label: domain.label });
  }
  return { id: 'failure-domains', title: 'Failure domains: what shares power, a switch or a host', direction: 'LR', nodes, edges };
}

/** Every power, switch and host domain with at least one member, in a stable order. */
export function failureDomains(model: Model, kinds = kindsById(model)): Domain[] {
  const powered = new Map<string, string[]>();
  const poe = new Map<string, string[]>();
  for (const ups of model.power.ups) if (ups.feed) push(powered, ups.feed, ups.id);
  for (const pdu of model.power.pdus) push(powered, pdu.feed, pdu.id);
  for (const item of [...model.network.devices, ...model.hosts]) {
    const feeds = item.power?.feeds ?? [];
    for (const feed of feeds) {
      const others = feeds.filter((other) => other !== feed);
      push(powered, feed, others.length > 0 ? `${item.id} (also ${others.join(', ')})` : item.id);
    }
    if (item.power?.poeFrom) push(poe, deviceOf(item.power.poeFrom), item.id);
  }
  const cabled = new Map<string, string[]>();
  // A switch that powers a device over PoE also carries it: one box, the device marked "(PoE)".
  for (const [sw, members] of poe) for (const member of members) push(cabled, sw, `${member} (PoE)`);
  const switches = new Set(model.network.devices.filter((device) => device.kind === 'switch').map((device) => device.id));
  const cable = (left: string, right: string) => {
    const [a, b] = [deviceOf(left), deviceOf(right)];
    if (switches.has(a) && !switches.has(b)) push(cabled, a, b);
    if (switches.has(b) && !switches.has(a)) push(cabled, b, a);
  };
  for (const link of model.network.links) cable(link.a, link.b);
  for (const host of model.hosts) for (const nic of host.nics) if (nic.connectedTo) cable(`${host.id}:${nic.id}`, nic.connectedTo);
  const runs = new Map<string, string[]>();
  for (const workload of model.workloads) if (workload.host && workload.runsOn === undefined) push(runs, workload.host, workload.id);
  const domains: Domain[] = [];
  // Power domains in the order power flows (feed, UPS, PDU), so the chain reads top to bottom.
  const powerRank = (id: string) => ['feed', 'UPS', 'PDU'].findIndex((kind) => (kinds.get(id) ?? '').endsWith(kind));
  const collect = (map: Map<string, string[]>, label: Domain['label']) => {
    for (const [source, members] of [...map.entries()].sort((a, b) => powerRank(a[0]) - powerRank(b[0]) || compareText(a[0], b[0]))) {
      if (!kinds.has(source)) continue;
      const unique = [...new Set(members)].filter((member) => !members.includes(`${member} (PoE)`));
      domains.push({ source, kind: kinds.get(source) ?? '', label, members: unique.sort(compareText) });
    }
  };
  collect(powered, 'powers');
  collect(cabled, 'carries');
  collect(runs, 'runs');
  return domains;
}

function kindsById(model: Model): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const feed of model.power.feeds) kinds.set(feed.id, `${feed.kind} feed`);
  for (const ups of model.power.ups) kinds.set(ups.id, 'UPS');
  for (const pdu of model.power.pdus) kinds.set(pdu.id, 'PDU');
  for (const device of model.network.devices) kinds.set(device.id, device.kind);
  for (const host of model.hosts) kinds.set(host.id, host.role);
  return kinds;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function deviceOf(endpoint: string): string {
  const colon = endpoint.indexOf(':');
  return colon === -1 ? endpoint : endpoint.slice(0, colon);
}
