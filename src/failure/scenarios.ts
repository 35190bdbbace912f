/**
 * Named what-ifs, computed like any failure: each host down, each network device down, each UPS,
 * PDU and power feed failing, each ISP down, one disk of each vdev or array, and the whole site
 * losing power. Each carries the text `parseScenario` reads back to the same failures.
 */
import type { Model } from '../model/types.js';
import type { FailureGraph } from './graph.js';
import { impact, type Impact } from './impact.js';
import { sitePowerNodes } from './site-power.js';

export interface Scenario {
  /** Stable id, e.g. "host-pve1", "disk-tank-0", "site-power". */
  readonly id: string;
  readonly title: string;
  /** The ad-hoc form of the scenario ("pve1 down"). */
  readonly text: string;
  readonly failed: readonly string[];
  readonly impact: Impact;
}

/** The named scenarios of a site. */
export function scenarios(model: Model, graph: FailureGraph): Scenario[] {
  const list: Scenario[] = [];
  const add = (id: string, title: string, text: string, failed: readonly string[]) => {
    if (failed.length === 0 || failed.some((node) => !graph.index.has(node))) return;
    list.push({ id, title, text, failed, impact: impact(graph, failed) });
  };
  for (const host of model.hosts) add(`host-${host.id}`, `Host ${host.id} fails`, `${host.id} down`, [`host:${host.id}`]);
  for (const device of model.network.devices) add(`device-${device.id}`, `${capitalise(device.kind)} ${device.id} fails`, `${device.id} down`, [`device:${device.id}`]);
  for (const ups of model.power.ups) add(`ups-${ups.id}`, `UPS ${ups.id} fails`, `${ups.id} fails`, [`ups:${ups.id}`]);
  for (const pdu of model.power.pdus) add(`pdu-${pdu.id}`, `PDU ${pdu.id} fails`, `${pdu.id} fails`, [`pdu:${pdu.id}`]);
  for (const feed of model.power.feeds) add(`feed-${feed.id}`, `Power feed ${feed.id} fails`, `${feed.id} fails`, [`feed:${feed.id}`]);
  for (const wan of model.network.wan) add(`wan-${wan.id}`, `Uplink ${wan.id} down${wan.provider ? ` (${wan.provider})` : ''}`, `${wan.id} down`, [`wan:${wan.id}`]);
  graph.nodes.forEach((node, index) => {
    if (node.kind !== 'vdev') return;
    const firstDisk = graph.nodes[graph.inputNode[graph.inputStart[index] as number] as number];
    if (!firstDisk || firstDisk.kind !== 'disk' || (graph.inputStart[index + 1] as number) === (graph.inputStart[index] as number)) return;
    add(`disk-${node.name.replace('/', '-')}`, `One disk of ${node.name} fails (${firstDisk.name})`, `disk ${firstDisk.name} down`, [firstDisk.id]);
  });
  const power = sitePowerNodes(graph);
  if (power.length > 0) add('site-power', 'The whole site loses power (beyond UPS runtime)', 'site power loss', power);
  return list;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
