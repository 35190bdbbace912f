/** Goodput facts: every cable of the site, every NIC without one, and each WAN uplink in both directions. */
import { tcpEfficiency, tcpGoodput } from '../../calc/network/ethernet-goodput.js';
import { formatRate } from '../../intake/units/index.js';
import type { Model } from '../../model/types.js';
import type { Fact } from '../fact.js';
import { subjectFacts } from '../subject-facts.js';
import { wanGoodput, type WanDirection } from './routes.js';
import type { Topology, TopologyLink } from './topology.js';

export const ETHERNET_REFERENCE = 'https://en.wikipedia.org/wiki/Ethernet_frame#Maximum_throughput';
const goodputFormula = (mtu: number) => `line rate × (${mtu} − 52) / (${mtu} + 38): TCP/IPv4 with timestamps at MTU ${mtu}`;

/** Goodput of each link, keyed by its host-NIC (or first) endpoint, and of NICs with no cable. */
export function linkGoodputFacts(model: Model, topology: Topology): Fact[] {
  const facts = topology.links.map(linkFact);
  const cabled = new Set(topology.links.flatMap((link) => link.endpoints));
  for (const host of model.hosts) {
    for (const nic of host.nics) {
      const endpoint = `${host.id}:${nic.id}`;
      if (cabled.has(endpoint)) continue;
      const mtu = nic.mtu ?? 1500;
      facts.push(
        subjectFacts('network', endpoint, nic.source).known('goodput', tcpGoodput(nic.speed, { mtu }), {
          label: 'TCP goodput',
          unit: 'bits-per-second',
          formula: `${goodputFormula(mtu)}; not cabled in the spec, so the NIC's own speed`,
          inputs: [{ name: `${endpoint} speed`, value: nic.speed, unit: 'bits-per-second', source: nic.source }],
          reference: ETHERNET_REFERENCE,
        }),
      );
    }
  }
  return facts;
}

function linkFact(link: TopologyLink): Fact {
  const facts = subjectFacts('network', link.id, link.source);
  const [a, b] = link.endpoints;
  if (link.lineRate === undefined || link.goodput === undefined) {
    return facts.unknown('goodput', `The link ${a} – ${b} has no speed and neither end gives one; at what speed does it run?`, {
      label: 'TCP goodput',
      unit: 'bits-per-second',
      formula: goodputFormula(link.mtu),
    });
  }
  return facts.known('goodput', link.goodput, {
    label: 'TCP goodput',
    unit: 'bits-per-second',
    formula: `${goodputFormula(link.mtu)}; link ${a} – ${b} at ${formatRate(link.lineRate)} (the slower end unless the link gives a speed)`,
    inputs: [
      { name: 'line rate', value: link.lineRate, unit: 'bits-per-second', source: link.source },
      { name: 'TCP efficiency', value: tcpEfficiency({ mtu: link.mtu }), unit: 'ratio' },
    ],
    reference: ETHERNET_REFERENCE,
  });
}

/** Download and upload goodput of every WAN uplink. */
export function wanGoodputFacts(model: Model): Fact[] {
  return model.network.wan.flatMap((wan) =>
    (['down', 'up'] as const satisfies readonly WanDirection[]).map((direction) =>
      subjectFacts('network', wan.id, wan.source).known(`${direction}-goodput`, wanGoodput(wan, direction), {
        label: direction === 'down' ? 'WAN download goodput' : 'WAN upload goodput',
        unit: 'bits-per-second',
        formula: `${direction === 'down' ? 'down' : 'up'} rate × 1448 / 1538 (TCP/IPv4 with timestamps at MTU 1500; PPPoE, DOCSIS or GPON framing not modelled)`,
        inputs: [{ name: `${direction} rate`, value: direction === 'down' ? wan.down : wan.up, unit: 'bits-per-second', source: wan.source }],
        reference: ETHERNET_REFERENCE,
      }),
    ),
  );
}
