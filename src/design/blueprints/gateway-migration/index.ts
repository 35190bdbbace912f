/**
 * Blueprint gateway-migration: replace the router/gateway (UniFi to OPNsense, or any router swap).
 * It lists every role of the old device with its new home, sizes the new box for the WAN with IDS
 * and VPN on, decides where the device controller goes, and builds the target in which every VLAN,
 * DHCP scope, uplink, VPN and port forward has moved. The planner turns it into a parallel build and a
 * VLAN-by-VLAN cut-over with lowered leases and a verified fallback, keeping protected VLANs served.
 */
import { formatRate } from '../../../intake/units/index.js';
import { bitsPerSecond } from '../../../model/quantities.js';
import type { NetworkDevice } from '../../../model/types.js';
import { defineBlueprint, type Design, type Risk } from '../../blueprint.js';
import { purchaseAssumptions } from '../../purchase.js';
import { matchKeywords } from '../../keyword-match.js';
import { currencyOf } from '../proxmox-cluster/cluster-context.js';
import { controllerDecision } from './controller-options.js';
import { BLUEPRINT, hardwareDecision } from './hardware-options.js';
import { gatewayRoles } from './roles.js';
import { transformGateway } from './transform.js';

const gatewayKinds = new Set(['router', 'firewall', 'gateway']);

export const gatewayMigration = defineBlueprint({
  id: BLUEPRINT,
  title: 'Gateway migration',
  summary: 'replace the router (UniFi to OPNsense and others): roles inventory, sizing, parallel build, VLAN-by-VLAN cut-over',
  example: 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN',
  keywords: [
    { term: 'opnsense', synonyms: ['pfsense', 'openwrt', 'mikrotik'], weight: 3 },
    { term: 'unifi', synonyms: ['ubiquiti', 'udm', 'usg', 'ucg', 'dream machine'], weight: 3 },
    { term: 'gateway', synonyms: ['router', 'firewall appliance'], weight: 3 },
    { term: 'firewall', weight: 1 },
    { term: 'migration', synonyms: ['migrate', 'replace', 'replacement', 'swap'], weight: 1 },
    { term: 'dhcp', synonyms: ['port forward', 'wan'], weight: 1 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model, intent } = context;
    const platform = intent.toPlatform ?? 'opnsense';
    const old = pickOldGateway(model.network.devices, model.network.wan.map((wan) => wan.device), intent.fromPlatform);
    if (old === undefined) {
      return {
        blueprint: BLUEPRINT,
        title: 'Gateway migration',
        summary: 'The spec names no router, firewall or gateway that terminates the WAN, so there is nothing to migrate.',
        decisions: [],
        target: model,
        purchases: [],
        risks: [],
        validation: [],
        rollback: [],
        assumptions: [],
        openQuestions: [{ id: `design/${BLUEPRINT}/no-gateway`, text: 'Which device is the gateway today? Add it under network.devices with kind router, firewall or gateway, and the WAN uplink it terminates.' }],
      };
    }
    const wans = model.network.wan.filter((wan) => wan.device === old.id);
    const wanDown = Math.max(...wans.map((wan) => wan.down), 100e6);
    const wanUp = Math.max(...wans.map((wan) => wan.up), 10e6);
    const ids = old.services.includes('ids');
    const lanLinks = model.network.links.filter((link) => link.a.startsWith(`${old.id}:`) || link.b.startsWith(`${old.id}:`)).length;
    const hardware = hardwareDecision(context, wanDown, wanUp, ids, Math.max(2, 1 + lanLinks));
    const managed = old.services.includes('controller') ? model.network.devices.filter((device) => device.id !== old.id && /unifi|ubiquiti/iu.test(`${device.vendor ?? ''} ${device.model ?? ''}`)).map((device) => device.id) : [];
    const controller = controllerDecision(model, managed, currencyOf(model));
    const built = transformGateway(model, old, platform, hardware.choice, controller?.choice);
    const mappings = gatewayRoles(model, old, built.newId, built.controllerId);
    const moved = model.network.vlans.filter((vlan) => vlan.gateway === old.id).map((vlan) => vlan.id);
    const protectedVlans = intent.protect.filter((scope) => scope.kind === 'vlan').map((scope) => scope.id);
    const risks: Risk[] = [
      { id: 'gateway/split-routing', description: `While VLANs are split between ${old.id} and ${built.newId}, traffic between a moved and an unmoved VLAN crosses both (double NAT) and may break (casting, mDNS, printers).`, blastRadius: moved, mitigation: 'Cut over VLANs that talk to each other in the same window; keep the split to one evening.' },
      { id: 'gateway/nat-reset', description: 'Moving a VLAN\'s gateway resets its NAT sessions: cloud-connected IoT devices reconnect within seconds to minutes.', blastRadius: moved, mitigation: 'Watch the device count on the VLAN after each hand-over; power-cycle stragglers.' },
      { id: 'gateway/ips-throughput', description: `With IPS on, the new box may not reach the ${formatRate(bitsPerSecond(wanDown))} WAN rate; no verified figure exists for it.`, blastRadius: [...moved, ...wans.map((wan) => wan.id)], mitigation: 'Measure iperf3 through the box with Suricata on during the build; if short, run IDS (alert only) or pick the next class.' },
      ...(managed.length > 0 ? [{ id: 'gateway/controller', description: `${managed.join(', ')} are adopted by the controller on ${old.id}; they keep running but cannot be changed until re-adopted.`, blastRadius: managed, mitigation: `Start the new controller, restore the site backup, then set-inform each device to it before ${old.id} is powered off.` }] : []),
      { id: 'gateway/fallback', description: `A cut-over that goes wrong must be reversible within minutes.`, blastRadius: moved, mitigation: `Keep ${old.id} configured and cabled until a week after the last VLAN moved; each cut-over lists its fallback.` },
    ];
    return {
      blueprint: BLUEPRINT,
      title: 'Gateway migration',
      summary: `Replace ${old.id}${old.model ? ` (${old.model})` : ''} with ${built.newId} (${hardware.decision.options.find((option) => option.id === hardware.decision.choice.optionId)?.title}), built in parallel and cut over VLAN by VLAN (${moved.join(', ')}), the WAN uplink last. ${mappings.length} roles move: ${mappings.map((mapping) => mapping.item).join('; ')}.${protectedVlans.length > 0 ? ` ${protectedVlans.join(', ')} stay${protectedVlans.length === 1 ? 's' : ''} served throughout (checked on every step).` : ''}`,
      decisions: [hardware.decision, ...(controller ? [controller.decision] : [])],
      target: built.model,
      purchases: built.purchases,
      risks,
      validation: [
        ...moved.map((vlan) => `A client on ${vlan} gets a lease from ${built.newId}, reaches the internet and only what the firewall rules allow`),
        `Throughput with IPS on ≥ ${formatRate(bitsPerSecond(wanDown))} (iperf3 through ${built.newId})`,
        ...model.network.vpns.filter((vpn) => vpn.endpoint === old.id).map((vpn) => `VPN ${vpn.id}: a remote peer connects and reaches a LAN service`),
        ...(managed.length > 0 ? [`${managed.join(', ')} show "connected" in the new controller`] : []),
        `${built.newId} configuration backup exported off the box`,
      ],
      rollback: [`Until ${old.id} is decommissioned: re-enable each VLAN on ${old.id} and plug the ONT back into it; its configuration is unchanged`],
      assumptions: [
        ...purchaseAssumptions(context.prices, built.purchases),
        { id: `design/${BLUEPRINT}/idle-draw`, text: 'Idle draws of the gateway hardware classes are typical figures, not measurements.', sources: [] },
      ],
      openQuestions: [{ id: `design/${BLUEPRINT}/ips-throughput`, subject: built.newId, text: `What throughput does ${built.newId} reach with IPS on? Measure before the cut-over; the WAN is ${formatRate(bitsPerSecond(wanDown))}.` }],
      mappings,
      protect: protectedVlans,
    };
  },
});

/** The device to replace: the one the task names by platform, else the one terminating the WAN. */
function pickOldGateway(devices: readonly NetworkDevice[], wanDevices: readonly string[], from: string | undefined): NetworkDevice | undefined {
  const gateways = devices.filter((device) => gatewayKinds.has(device.kind));
  const named = from === undefined ? undefined : gateways.find((device) => `${device.platform ?? ''} ${device.model ?? ''} ${device.vendor ?? ''}`.toLowerCase().includes(from === 'unifi' ? 'unifi' : from));
  return named ?? gateways.find((device) => wanDevices.includes(device.id)) ?? gateways[0];
}
