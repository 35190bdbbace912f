/**
 * Blueprint network-segmentation: zones as VLANs (management, trusted, servers, storage, IoT, guest),
 * keeping every existing VLAN, tag and subnet; non-overlapping subnets and DHCP pools sized from the
 * client counts; a default-deny inter-zone policy with explicit allows that name their ports; an mDNS
 * repeater where VLANs need discovery across; and the trunk/access plan of every switch port. The
 * separation itself (VLANs on the switch, a new managed switch, a separate IoT network, or flat) is
 * decided on the planned target's figures.
 */
import { DHCP_HEADROOM, DHCP_MINIMUM_POOL } from '../../../calc/network/dhcp-pool.js';
import { updateEntity } from '../../../model/collections.js';
import type { Model, NetworkDevice } from '../../../model/types.js';
import { reachability } from '../../../rules/queries/firewall-policy.js';
import { defineBlueprint, type Design, type Mapping, type Purchase, type Risk } from '../../blueprint.js';
import { matchKeywords } from '../../keyword-match.js';
import { purchase, purchaseAssumptions } from '../../purchase.js';
import { currencyOf } from '../proxmox-cluster/cluster-context.js';
import { firewallDecision, withPolicy } from './firewall-options.js';
import { mdnsDecision } from './mdns-options.js';
import { changedPorts, describePort, portPlan } from './port-plan.js';
import { segmentationDecision } from './segmentation-options.js';
import { DNS_PORT, portsOf } from './service-ports.js';
import { replaceSwitch, separateIot, source, vlanPlan } from './transform.js';
import { ASSUMED_CLIENTS, BLUEPRINT, routingGateway } from './zone-plan.js';

export const networkSegmentation = defineBlueprint({
  id: BLUEPRINT,
  title: 'Network segmentation',
  summary: 'VLAN plan per zone, subnets and DHCP pools, inter-zone firewall matrix, mDNS, switch port plan',
  example: 'Segment the home network into VLANs for management, servers, IoT and guests with a firewall policy between them',
  // "VLAN" alone does not select it: a gateway migration that keeps "the IoT VLAN" up is not a segmentation.
  keywords: [
    { term: 'segmentation', synonyms: ['segment', 'segmenting', 'microsegmentation', 'isolate', 'isolation'], weight: 3 },
    { term: 'vlan plan', synonyms: ['vlan design', 'vlan layout', 'vlan setup', 'vlan for', 'own vlan', 'separate vlan', 'new vlan', 'set up vlan', 'create vlan', 'add vlan', 'split the network'], weight: 3 },
    { term: 'vlan', synonyms: ['802.1q', 'trunk', 'tagged'], weight: 2 },
    { term: 'firewall policy', synonyms: ['firewall rule', 'firewall matrix', 'inter vlan', 'zone'], weight: 2 },
    { term: 'guest network', synonyms: ['guest wifi', 'guest wi fi'], weight: 1 },
    { term: 'subnet', synonyms: ['dhcp', 'ip plan', 'addressing'], weight: 1 },
    { term: 'mdns', synonyms: ['multicast', 'airplay', 'chromecast', 'casting'], weight: 2 },
    { term: 'switch port', synonyms: ['port plan', 'access port'], weight: 2 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model } = context;
    const currency = currencyOf(model);
    const gateway = routingGateway(model);
    const plan = vlanPlan(model);
    const firewall = firewallDecision(plan.model, source);
    let planned = withPolicy(plan.model, firewall.policy);
    const mdns = mdnsDecision(planned, gateway, currency);
    const gatewayDevice = planned.network.devices.find((device) => device.id === gateway);
    if (mdns.repeat.length > 0 && gatewayDevice !== undefined && !gatewayDevice.services.includes('mdns-repeater')) {
      planned = updateEntity<NetworkDevice>(planned, 'network.devices', gatewayDevice.id, (entity) => ({ ...entity, services: [...entity.services, 'mdns-repeater'] }));
    }
    const segmentation = segmentationDecision({ context, planned, gateway, currency });
    const built = applyHardware(model, planned, segmentation.choice);
    const target = built.model;
    const ports = changedPorts(portPlan(model), portPlan(target));
    const before = new Map(portPlan(model).map((row) => [row.port, row]));
    const mappings: Mapping[] = [
      ...plan.added.map((vlan) => ({ item: `VLAN ${vlan.id} (VID ${vlan.vid}, ${vlan.zone})`, from: 'none', to: `${vlan.subnet}${vlan.gateway ? `, routed by ${vlan.gateway}` : ', not routed'}${vlan.dhcp?.range ? `, DHCP ${vlan.dhcp.range}` : ', static addresses'}` })),
      ...plan.dhcp.filter((entry) => !plan.added.some((vlan) => vlan.id === entry.vlan)).map((entry) => ({ item: `DHCP pool of ${entry.vlan}`, from: 'the whole subnet', to: `${entry.range} (${entry.pool} addresses for ${entry.clients ?? ASSUMED_CLIENTS} clients)` })),
      ...plan.moves,
      ...ports.map((row) => ({ item: `switch port ${row.port} (${row.peer})`, from: before.has(row.port) ? describePort(before.get(row.port) as never) : 'not cabled', to: describePort(row) })),
      ...(mdns.repeat.length > 0 ? [{ item: 'mDNS discovery', from: 'within each VLAN', to: `${gateway} repeats between ${mdns.repeat.join(', ')}` }] : []),
      ...dnsForwarding(target, gateway),
    ];
    const unknownClients = target.network.vlans.filter((vlan) => vlan.dhcp !== undefined && vlan.dhcp.range === undefined && vlan.clients === undefined);
    const moved = plan.moves.map((move) => move.item.replace(/^guest /u, ''));
    const dnsMoved = moved.filter((id) => /adguard|pi-?hole|unbound|dns/iu.test(`${id} ${model.workloads.find((workload) => workload.id === id)?.name ?? ''}`));
    const risks: Risk[] = [
      { id: 'network/trunk-mistake', description: 'A trunk saved with the wrong native or tagged VLANs cuts off the device behind it, possibly the one you configure from.', blastRadius: [...new Set(ports.map((row) => row.peer.split(':')[0] ?? ''))], mitigation: 'Change one port at a time from a laptop on another port; keep the management VLAN native on trunks; keep the switch configuration backup at hand.' },
      { id: 'network/default-deny', description: 'With default deny, every flow nobody listed stops (printers, NTP, a forgotten backup path).', blastRadius: target.network.vlans.map((vlan) => vlan.id), mitigation: 'Log the final block rule for a week before relying on it; add one allow per real flow, with its ports; test the matrix from a client per VLAN.' },
      ...(moved.length > 0 ? [{ id: 'network/guest-readdressing', description: `Guests moving to the servers VLAN (${moved.join(', ')}) get new addresses: bookmarks, DNS records, port forwards, reverse proxies and DHCP reservations that use the old ones break.`, blastRadius: moved, mitigation: 'Add the new NIC first and move clients by DNS name, then remove the old NIC (make-before-break); lower DNS TTLs a day before.' }] : []),
      ...(dnsMoved.length > 0 ? [{ id: 'network/dns-server-moves', description: `${dnsMoved.join(', ')} serves DNS; every DHCP scope hands out its address, which changes.`, blastRadius: target.network.vlans.filter((vlan) => vlan.dhcp !== undefined).map((vlan) => vlan.id), mitigation: 'Keep the old address answering until every lease has renewed with the new DNS option.' }] : []),
    ];
    const validation = [
      ...matrixChecks(target),
      ...target.network.vlans.filter((vlan) => vlan.dhcp?.range !== undefined).map((vlan) => `A client on ${vlan.id} gets an address in ${vlan.dhcp?.range}`),
      ...(ports.length > 0 ? [`Every changed switch port shows its profile: ${ports.map((row) => `${row.port} ${describePort(row)}`).join('; ')}`] : []),
      ...(mdns.repeat.length > 0 ? [`A phone on ${mdns.repeat[0]} discovers a cast target on ${mdns.repeat[1]} (AirPlay/Chromecast list)`] : []),
      'kestra analyze on the target shows no network/flat-network-with-iot, security/zone-not-isolated or security/management-reachable-from-untrusted finding',
    ];
    const purchases = built.purchases;
    const segmentationTitle = segmentation.decision.options.find((option) => option.id === segmentation.decision.choice.optionId)?.title;
    return {
      blueprint: BLUEPRINT,
      title: 'Network segmentation',
      summary: `${segmentationTitle}: ${target.network.vlans.length} VLANs (${plan.added.length > 0 ? `adds ${plan.added.map((vlan) => `${vlan.id} ${vlan.subnet}`).join(', ')}` : 'none added'}), default-deny firewall with ${target.network.firewall.rules.length} rules, ${ports.length} switch port${ports.length === 1 ? '' : 's'} reconfigured${mdns.repeat.length > 0 ? `, mDNS repeated between ${mdns.repeat.join(', ')}` : ''}${moved.length > 0 ? `; ${moved.join(', ')} move to the servers VLAN` : ''}.`,
      decisions: [segmentation.decision, firewall.decision, mdns.decision],
      target,
      purchases,
      risks,
      validation,
      rollback: ['Disable the final block rule on each interface (back to the previous default allow)', 'Re-enable the old NIC of each moved guest and remove the new one', 'Restore the switch configuration backup (or untag the new VLANs from the trunks)'],
      assumptions: [
        ...purchaseAssumptions(context.prices, purchases),
        { id: `design/${BLUEPRINT}/vlan-capable-switches`, text: 'Switches are taken to support 802.1Q VLANs unless their model or notes say unmanaged.', sources: [] },
        { id: `design/${BLUEPRINT}/dhcp-headroom`, text: `DHCP pools hold ${DHCP_HEADROOM} leases per client (random MAC addresses per network), at least ${DHCP_MINIMUM_POOL}; a new client VLAN without a client count is sized for ${ASSUMED_CLIENTS}.`, sources: [] },
        { id: `design/${BLUEPRINT}/service-ports`, text: 'Allow rules use the services\' documented default ports; a service behind a reverse proxy is reached on 443.', sources: [] },
      ],
      mappings,
      openQuestions: unknownClients.map((vlan) => ({ id: `design/${BLUEPRINT}/clients-${vlan.id}`, subject: vlan.id, text: `How many clients use ${vlan.id}? Its DHCP pool cannot be sized (add clients: to the VLAN).` })),
    };
  },
});

/** The target model for the chosen hardware, and what it buys. */
function applyHardware(current: Model, planned: Model, choice: ReturnType<typeof segmentationDecision>['choice']): { readonly model: Model; readonly purchases: readonly Purchase[] } {
  if (choice.kind === 'flat') return { model: current, purchases: [] };
  if (choice.kind === 'new-switch') {
    let model = planned;
    const purchases: Purchase[] = [];
    for (const device of choice.switches) {
      const replaced = replaceSwitch(model, device);
      model = replaced.model;
      purchases.push(purchase(choice.price, 1, replaced.id));
    }
    return { model, purchases };
  }
  if (choice.kind === 'separate-iot') {
    const built = separateIot(planned, choice.gatewayPort, choice.iot);
    const [sw, ap] = choice.prices;
    return { model: built.model, purchases: [...(sw ? [purchase(sw, 1, built.switchId)] : []), ...(ap ? [purchase(ap, 1, built.apId)] : [])] };
  }
  return { model: planned, purchases: [] };
}

/** Where IoT and guest VLANs resolve names when the resolver is a guest on the servers VLAN and the gateway resolves too. */
function dnsForwarding(model: Model, gateway: string | undefined): Mapping[] {
  const servers = new Set(model.network.vlans.filter((vlan) => vlan.zone === 'servers').map((vlan) => vlan.id));
  const resolvers = model.workloads.filter((workload) => workload.vlans.some((vlan) => servers.has(vlan)) && portsOf(workload).includes(DNS_PORT)).map((workload) => workload.id);
  const resolving = model.network.devices.find((device) => device.id === gateway)?.services.includes('dns') === true;
  const untrusted = model.network.vlans.filter((vlan) => (vlan.zone === 'iot' || vlan.zone === 'guest') && vlan.gateway === gateway).map((vlan) => vlan.id);
  if (resolvers.length === 0 || !resolving || untrusted.length === 0) return [];
  return [{ item: `DNS for ${untrusted.join(', ')}`, from: 'as today', to: `${gateway}'s resolver, which forwards to ${resolvers.join(', ')}: those VLANs never reach the servers VLAN` }];
}

/** One check per VLAN: what it reaches and what it must not. */
function matrixChecks(model: Model): string[] {
  const vlans = model.network.vlans.filter((vlan) => vlan.gateway !== undefined);
  return vlans.map((from) => {
    const results = vlans.filter((to) => to.id !== from.id).map((to) => ({ to, result: reachability(model, from, to) }));
    const reached = results.filter((entry) => entry.result.reachable).map((entry) => `${entry.to.id}${entry.result.ports ? ` on ${entry.result.ports.join(',')}` : ''}`);
    const refused = results.filter((entry) => !entry.result.reachable).map((entry) => entry.to.id);
    return `From a client on ${from.id}: ${reached.length > 0 ? `reaches ${reached.join('; ')}` : 'reaches no other VLAN'}${refused.length > 0 ? `; ${refused.join(', ')} refused (nc -vz times out)` : ''}`;
  });
}
