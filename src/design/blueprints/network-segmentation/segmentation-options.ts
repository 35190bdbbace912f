/**
 * How the zones are separated: VLANs on the switches the site has (they must speak 802.1Q), VLANs
 * on a managed switch that replaces an unmanaged one, a physically separate IoT network on its own
 * gateway port, or one flat network with client isolation on the Wi-Fi. Figures come from the
 * planned target: its VLAN count, the switch ports whose VLANs change (port-plan.ts), its firewall
 * rules and whether IoT and guest are isolated (the rules engine's reachability).
 */
import type { Model, NetworkDevice, Vlan } from '../../../model/types.js';
import { reachability } from '../../../rules/queries/firewall-policy.js';
import type { Column, Decision, DesignContext, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { changedPorts, portPlan, type PortRow } from './port-plan.js';
import { BLUEPRINT } from './zone-plan.js';

export type SegmentationChoice =
  | { readonly kind: 'vlans' }
  | { readonly kind: 'new-switch'; readonly switches: readonly NetworkDevice[]; readonly price: PriceEntry }
  | { readonly kind: 'separate-iot'; readonly gatewayPort: string; readonly iot: readonly string[]; readonly prices: readonly PriceEntry[] }
  | { readonly kind: 'flat' };

const columns: readonly Column[] = [
  { key: 'vlans', label: 'VLANs', unit: 'count', better: 'none' },
  { key: 'ports', label: 'Switch ports to reconfigure', unit: 'count', better: 'lower' },
  { key: 'rules', label: 'Firewall rules', unit: 'count', better: 'none' },
  { key: 'isolated', label: 'IoT and guest isolated (servers on named ports only)', unit: 'boolean', better: 'higher' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

/** True when nothing says the switch does 802.1Q VLANs and its model or notes say it does not. */
export function isUnmanaged(device: NetworkDevice): boolean {
  return device.kind === 'switch' && /unmanaged|\bdumb\b/iu.test(`${device.model ?? ''} ${device.name ?? ''} ${device.notes ?? ''}`);
}

/**
 * True when no routed IoT or guest VLAN of `model` can open connections to trusted, storage or
 * management, and reaches servers only on named ports.
 */
export function isolated(model: Model): boolean {
  const routed = model.network.vlans.filter((vlan) => vlan.gateway !== undefined);
  const outside = routed.filter((vlan) => vlan.zone === 'iot' || vlan.zone === 'guest');
  const inside = routed.filter((vlan) => ['trusted', 'servers', 'storage', 'management'].includes(vlan.zone));
  return (
    model.network.firewall.declared &&
    outside.every((from) =>
      inside.every((to) => {
        const result = reachability(model, from, to);
        return !result.reachable || (to.zone === 'servers' && result.ports !== undefined && result.ports.length > 0);
      }),
    )
  );
}

/** A gateway port that is declared and not cabled, as "device:port". */
export function freeGatewayPort(model: Model, gateway: string | undefined): string | undefined {
  const device = model.network.devices.find((candidate) => candidate.id === gateway);
  if (device === undefined) return undefined;
  const used = new Set([...model.network.links.flatMap((link) => [link.a, link.b]), ...model.hosts.flatMap((host) => host.nics.flatMap((nic) => (nic.connectedTo !== undefined ? [nic.connectedTo] : [])))]);
  const wanPorts = new Set(['wan', 'wan0', 'wan1']);
  const port = device.ports.find((candidate) => !used.has(`${device.id}:${candidate.id}`) && !wanPorts.has(candidate.id.toLowerCase()));
  return port === undefined ? undefined : `${device.id}:${port.id}`;
}

interface Inputs {
  readonly context: DesignContext;
  /** The target with VLANs on the existing switches and the chosen firewall policy. */
  readonly planned: Model;
  readonly gateway: string | undefined;
  readonly currency: string;
}

/** The segmentation decision. */
export function segmentationDecision({ context, planned, gateway, currency }: Inputs): { readonly decision: Decision; readonly choice: SegmentationChoice } {
  const { model, prices } = context;
  const before = portPlan(model);
  const after = portPlan(planned);
  const changed = changedPorts(before, after);
  const unmanaged = model.network.devices.filter(isUnmanaged);
  const unmanagedIds = new Set(unmanaged.map((device) => device.id));
  const onUnmanaged = (rows: readonly PortRow[]) => rows.filter((row) => unmanagedIds.has(row.port.split(':')[0] ?? ''));
  const iotVlans: Vlan[] = planned.network.vlans.filter((vlan) => vlan.zone === 'iot');
  const iotIds = iotVlans.map((vlan) => vlan.id);
  const iotGuests = planned.workloads.filter((workload) => workload.vlans.some((vlan) => iotIds.includes(vlan))).map((workload) => workload.id);
  const port = freeGatewayPort(model, gateway);
  const withoutIot = (rows: readonly PortRow[]) => rows.map((row) => ({ ...row, vlans: row.vlans.filter((vlan) => !iotIds.includes(vlan)) }));
  const rules = planned.network.firewall.rules.length;
  const isolatedTarget = isolated(planned);
  const vlanCount = planned.network.vlans.length;
  const inputs = [{ name: 'planned VLANs', value: vlanCount, unit: 'count' as const }, { name: 'cabled switch ports', value: after.length, unit: 'count' as const }];
  const options: Option[] = [];
  const common = (make: ReturnType<typeof optionFigures>, ports: number, portsFormula: string, cost: number, costFormula: string) => [
    make('vlans', { label: 'VLANs', unit: 'count', value: vlanCount, formula: 'existing VLANs + one per missing zone', inputs }),
    make('ports', { label: 'Switch ports to reconfigure', unit: 'count', value: ports, formula: portsFormula, inputs }),
    make('rules', { label: 'Firewall rules', unit: 'count', value: rules, formula: 'rules of the chosen firewall policy' }),
    make('isolated', { label: 'IoT and guest isolated (servers on named ports only)', unit: 'boolean', value: isolatedTarget, formula: 'no IoT or guest VLAN reaches trusted, storage or management, and servers only on named ports (first-match evaluation of the rules)' }),
    make('cost', { label: 'Purchase cost', unit: 'money', value: cost, currency, formula: costFormula }),
  ];

  options.push({
    id: 'vlans',
    title: 'VLANs on the existing switch',
    summary: 'Tag the new VLANs on the trunks; each port carries what its device needs.',
    figures: common(optionFigures(BLUEPRINT, 'segmentation', 'vlans', 'network'), changed.length, 'cabled switch ports whose VLANs or native VLAN change', 0, 'nothing to buy'),
    pros: ['No purchase', 'One switch, one cabling plan'],
    cons: ['A misconfigured trunk joins zones: check the port plan before saving'],
    viable: unmanaged.length === 0,
    whyNot: unmanaged.length === 0 ? [] : [`${unmanaged.map((device) => device.id).join(', ')} cannot tag VLANs (unmanaged)`],
  });
  if (unmanaged.length > 0) {
    const price = prices.price('switch-managed-8');
    options.push({
      id: 'new-switch',
      title: `Replace ${unmanaged.map((device) => device.id).join(', ')} with a managed switch`,
      summary: 'Same ports and cabling, with 802.1Q VLANs.',
      figures: common(optionFigures(BLUEPRINT, 'segmentation', 'new-switch', 'network'), changed.length - changedPorts(onUnmanaged(before), onUnmanaged(after)).length + onUnmanaged(after).length, 'every port of the replaced switch, and the changed ports elsewhere', unmanaged.length * price.price.amount, `${unmanaged.length} × ${price.item} (${price.note})`),
      pros: ['Full segmentation on one cabling plan'],
      cons: ['Every device on the switch is re-plugged once'],
      viable: true,
      whyNot: [],
    });
  }
  const separatePrices = [prices.price('switch-small'), prices.price('access-point')];
  const separateWhyNot = [
    ...(iotVlans.length === 0 ? ['No IoT VLAN in the plan'] : []),
    ...(port === undefined ? [`${gateway ?? 'The gateway'} has no free port for a separate network`] : []),
    ...(iotGuests.length > 0 ? [`${iotGuests.join(', ')} ${iotGuests.length === 1 ? 'is' : 'are'} attached to the IoT VLAN: ${iotGuests.length === 1 ? 'its host' : 'their hosts'} would need a NIC on the separate switch`] : []),
  ];
  options.push({
    id: 'separate-iot',
    title: 'Separate physical network for IoT',
    summary: `IoT on its own unmanaged switch and access point on ${port ?? 'a free gateway port'}; the rest as VLANs.`,
    figures: common(optionFigures(BLUEPRINT, 'segmentation', 'separate-iot', 'network'), changedPorts(withoutIot(before), withoutIot(after)).length, 'cabled ports of the shared switches whose VLANs change once IoT leaves them', separatePrices.reduce((sum, entry) => sum + entry.price.amount, 0), separatePrices.map((entry) => `${entry.item} (${entry.note})`).join(' + ')),
    pros: ['IoT cannot join another zone by a trunk mistake'],
    cons: ['A second switch and access point to power and patch', 'Casting across needs the mDNS repeater all the same'],
    viable: separateWhyNot.length === 0,
    whyNot: separateWhyNot,
  });
  const flat = optionFigures(BLUEPRINT, 'segmentation', 'flat', 'network');
  options.push({
    id: 'flat',
    title: 'Flat network with client isolation',
    summary: 'One network; the Wi-Fi keeps clients of the IoT and guest SSIDs from talking to each other.',
    figures: [
      flat('vlans', { label: 'VLANs', unit: 'count', value: 1, formula: 'one network' }),
      flat('ports', { label: 'Switch ports to reconfigure', unit: 'count', value: 0, formula: 'nothing changes on the switch' }),
      flat('rules', { label: 'Firewall rules', unit: 'count', value: 0, formula: 'nothing routes between zones, so no rule applies' }),
      flat('isolated', { label: 'IoT and guest isolated (servers on named ports only)', unit: 'boolean', value: false, formula: 'client isolation works only between Wi-Fi clients of one SSID; the wire is shared' }),
      flat('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency, formula: 'an access point setting' }),
    ],
    pros: ['No change to switches or the gateway'],
    cons: ['A compromised IoT device reaches every wired host, the NAS and the hypervisors'],
    viable: false,
    whyNot: ['IoT stays on the same network as servers and management [network/flat-network-with-iot] [security/zone-not-isolated]'],
  });
  checkColumns(columns, options);
  const cost = (option: Option) => Number(option.figures.find((figure) => figure.column === 'cost')?.fact.value ?? Number.POSITIVE_INFINITY);
  const chosen = options.filter((option) => option.viable).sort((a, b) => cost(a) - cost(b))[0] ?? (options[options.length - 1] as Option);
  const choice: SegmentationChoice =
    chosen.id === 'vlans' ? { kind: 'vlans' } : chosen.id === 'new-switch' ? { kind: 'new-switch', switches: unmanaged, price: prices.price('switch-managed-8') } : chosen.id === 'separate-iot' ? { kind: 'separate-iot', gatewayPort: port as string, iot: iotIds, prices: separatePrices } : { kind: 'flat' };
  const rationale =
    chosen.id === 'vlans'
      ? `The switches speak 802.1Q, so the zones become VLANs on the hardware the site has: ${changed.length} switch port${changed.length === 1 ? '' : 's'} change, nothing to buy. IoT and guest end up isolated [network/flat-network-with-iot] [security/zone-not-isolated].`
      : chosen.id === 'flat'
        ? 'No option that separates the zones can be built here; the network stays flat with client isolation on the Wi-Fi, which leaves the findings open.'
        : `${(options[0] as Option).whyNot.join('; ')}. ${chosen.title} is the cheapest option that separates the zones (${cost(chosen)} ${currency}).`;
  return {
    decision: { id: 'segmentation', question: 'How are the zones kept apart?', columns, options, choice: { optionId: chosen.id, rationale, cites: { rules: chosen.id === 'flat' ? [] : ['network/flat-network-with-iot', 'security/zone-not-isolated'], facts: chosen.figures.map((figure) => figure.fact.id) } } },
    choice,
  };
}
