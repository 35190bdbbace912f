/**
 * The hardware decision: which box runs the new gateway, sized for the WAN rate with IDS and VPN on.
 * Sizing source: the OPNsense hardware guide's throughput tiers (opnsense-sizing.ts). Line rates and
 * headroom are computed; IPS throughput is an open question the build step answers by measuring.
 */
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { formatRate } from '../../../intake/units/index.js';
import { bitsPerSecond, watts as wattsOf } from '../../../model/quantities.js';
import { tcpGoodput } from '../../../calc/network/ethernet-goodput.js';
import { energyCost, yearlyEnergyKwh } from '../../../calc/power/energy-cost.js';
import type { DesignContext } from '../../blueprint.js';
import { GATEWAY_CLASSES, type GatewayClass } from './gateway-catalog.js';
import { GUIDE_TIERS, OPNSENSE_HARDWARE_GUIDE, requiredTier, tierOf } from './opnsense-sizing.js';

export const BLUEPRINT = 'gateway-migration';

export type HardwareChoice = { readonly kind: 'appliance'; readonly box: GatewayClass; readonly price: PriceEntry } | { readonly kind: 'vm'; readonly host: string };

const columns: readonly Column[] = [
  { key: 'ports', label: 'Ports', unit: 'count', better: 'higher' },
  { key: 'line-rate', label: 'Port line rate', unit: 'bits-per-second', better: 'higher' },
  { key: 'headroom', label: 'TCP goodput / WAN download', unit: 'ratio', better: 'higher' },
  { key: 'tier', label: 'OPNsense guide tier met', unit: 'text', better: 'none' },
  { key: 'ips', label: 'Throughput with IPS on', unit: 'bits-per-second', better: 'higher' },
  { key: 'power', label: 'Idle power draw', unit: 'watts', better: 'lower' },
  { key: 'energy', label: 'Energy cost per year', unit: 'money', better: 'lower' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

/** The hardware decision for a WAN of `wanDown`/`wanUp` bits per second; `ids` when IDS must run. */
export function hardwareDecision(context: DesignContext, wanDown: number, wanUp: number, ids: boolean, portsNeeded: number): { readonly decision: Decision; readonly choice: HardwareChoice } {
  // Above the guide's last tier (750 Mbps) its top specification is the floor, and measurement decides.
  const listed = requiredTier(wanDown, ids);
  const need = listed ?? GUIDE_TIERS[GUIDE_TIERS.length - 1];
  const price = context.model.site.electricityPrice;
  const energy = (watts: number) => ({
    label: 'Energy cost per year',
    unit: 'money' as const,
    value: price === undefined ? null : energyCost(yearlyEnergyKwh(wattsOf(watts)), price).amount,
    ...(price !== undefined ? { currency: price.currency } : {}),
    formula: 'idle W × 8760 h / 1000 × price per kWh',
    calculator: 'calc/power/energy-cost',
    inputs: [{ name: 'idle draw', value: watts, unit: 'watts' as const, assumed: true }, { name: 'price per kWh', value: price?.amount ?? null, unit: 'money' as const, source: context.model.site.source }],
    question: 'The electricity price is not given (site.electricityPrice).',
  });
  const ipsUnknown = { label: 'Throughput with IPS on', unit: 'bits-per-second' as const, value: null, formula: 'measured with iperf3 through the box, Suricata in IPS mode', reference: OPNSENSE_HARDWARE_GUIDE, question: 'What throughput does the box reach with IPS on? Measure it in the build step (iperf3 through the box behind the old gateway); no verifiable vendor figure is used.' };
  const options: Option[] = GATEWAY_CLASSES.map((box) => {
    const make = optionFigures(BLUEPRINT, 'hardware', box.id, 'network');
    const met = tierOf(box);
    const priceEntry = context.prices.price(box.price);
    const whyNot = [
      ...(box.ports < portsNeeded ? [`${box.ports} ports; the gateway needs ${portsNeeded} (WAN, LAN trunk${portsNeeded > 2 ? ', more' : ''})`] : []),
      ...(box.portSpeed < wanDown ? [`its ${formatRate(bitsPerSecond(box.portSpeed))} ports are slower than the ${formatRate(bitsPerSecond(wanDown))} WAN`] : []),
      ...(need !== undefined && (met === undefined || tierRank(met.id) < tierRank(need.id)) ? [`meets the guide's "${met?.id ?? 'none'}" specification; ${formatRate(bitsPerSecond(wanDown))}${ids ? ' with IDS' : ''} needs "${need.id}" (${OPNSENSE_HARDWARE_GUIDE})`] : []),
    ];
    return {
      id: box.id,
      title: box.title,
      summary: `${box.cores} cores, ${box.ramGiB} GB RAM, ${box.diskGB} GB storage.`,
      figures: [
        make('ports', { label: 'Ports', unit: 'count', value: box.ports, formula: 'datasheet' }),
        make('line-rate', { label: 'Port line rate', unit: 'bits-per-second', value: box.portSpeed, formula: 'datasheet' }),
        make('headroom', { label: 'TCP goodput / WAN download', unit: 'ratio', value: tcpGoodput(bitsPerSecond(box.portSpeed)) / wanDown, formula: 'TCP goodput of a port (MTU 1500, timestamps) / WAN download rate', inputs: [{ name: 'line rate', value: box.portSpeed, unit: 'bits-per-second' }, { name: 'WAN down', value: wanDown, unit: 'bits-per-second' }], calculator: 'calc/network/ethernet-goodput' }),
        make('tier', { label: 'OPNsense guide tier met', unit: 'text', value: met?.id ?? 'below minimum', formula: 'highest guide tier whose CPU, RAM and disk the box meets', reference: OPNSENSE_HARDWARE_GUIDE }),
        make('ips', ipsUnknown),
        make('power', { label: 'Idle power draw', unit: 'watts', value: box.idleWatts, formula: 'typical idle draw of the class (assumed)', inputs: [{ name: 'idle draw', value: box.idleWatts, unit: 'watts', assumed: true }] }),
        make('energy', energy(box.idleWatts)),
        make('cost', { label: 'Purchase cost', unit: 'money', value: priceEntry.price.amount, currency: priceEntry.price.currency, formula: `${priceEntry.item} (${priceEntry.note})` }),
      ],
      pros: box.portSpeed > wanDown * 2 ? ['Room for a faster WAN later'] : ['Enough for the WAN today'],
      cons: box.diskGB < 120 ? ['eMMC storage wears under the IDS alert database and logs'] : [],
      viable: whyNot.length === 0,
      whyNot,
    };
  });
  const vmHost = context.model.hosts.find((host) => host.role === 'hypervisor' && host.nics.filter((nic) => nic.purpose !== 'corosync').length >= 2);
  const makeVm = optionFigures(BLUEPRINT, 'hardware', 'vm', 'network');
  const vmSpeed = vmHost ? Math.min(...vmHost.nics.map((nic) => nic.speed)) : null;
  options.push({
    id: 'vm',
    title: vmHost ? `OPNsense VM on ${vmHost.id}` : 'OPNsense VM on the cluster',
    summary: 'No new box: the gateway runs as a guest.',
    figures: [
      makeVm('ports', { label: 'Ports', unit: 'count', value: vmHost ? vmHost.nics.length : 0, formula: 'NICs of the host (WAN needs its own)' }),
      makeVm('line-rate', { label: 'Port line rate', unit: 'bits-per-second', value: vmSpeed, formula: 'slowest NIC of the host', question: 'No hypervisor has a second NIC for the WAN.' }),
      makeVm('headroom', { label: 'TCP goodput / WAN download', unit: 'ratio', value: vmSpeed === null ? null : tcpGoodput(bitsPerSecond(vmSpeed)) / wanDown, formula: 'TCP goodput of the NIC / WAN download rate', question: 'No hypervisor has a second NIC for the WAN.', calculator: 'calc/network/ethernet-goodput' }),
      makeVm('tier', { label: 'OPNsense guide tier met', unit: 'text', value: 'depends on the vCPUs given', formula: 'guest resources' }),
      makeVm('ips', ipsUnknown),
      makeVm('power', { label: 'Idle power draw', unit: 'watts', value: 0, formula: 'runs on a host that is on anyway' }),
      makeVm('energy', energy(0)),
      makeVm('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency: price?.currency ?? 'EUR', formula: 'no purchase' }),
    ],
    pros: ['No purchase, no extra power'],
    cons: ['The internet and every VLAN go down with the host (or with cluster quorum under HA)', 'Host maintenance becomes network maintenance'],
    viable: false,
    whyNot: vmHost ? [`The gateway would share the fate of ${vmHost.id}: every VLAN and the internet go down with it; a dedicated box keeps the network independent of the cluster`] : ['No hypervisor has a second physical NIC for the WAN'],
  });
  checkColumns(columns, options);
  const viable = options.filter((option) => option.viable && option.id !== 'vm');
  const cost = (option: Option) => Number(option.figures.find((figure) => figure.column === 'cost')?.fact.value ?? Number.POSITIVE_INFINITY);
  const chosen = [...viable].sort((a, b) => cost(a) - cost(b))[0] ?? (options[options.length - 2] as Option);
  const box = GATEWAY_CLASSES.find((candidate) => candidate.id === chosen.id) as GatewayClass;
  return {
    decision: {
      id: 'hardware',
      question: 'Which box runs the new gateway, sized for the WAN with IDS and VPN on?',
      columns,
      options,
      choice: {
        optionId: chosen.id,
        rationale: `${formatRate(bitsPerSecond(wanDown))} down / ${formatRate(bitsPerSecond(wanUp))} up${ids ? ' with IDS/IPS' : ''} needs the OPNsense guide's "${need?.id}" specification (${OPNSENSE_HARDWARE_GUIDE})${listed === undefined ? '; above 750 Mbps the guide gives no tier, so its top specification is the floor and the measured IPS throughput decides' : ''}. ${chosen.title} is the cheapest class that meets it with ${box.ports} ports at ${formatRate(bitsPerSecond(box.portSpeed))}. The VPN's remote users are bound by the ${formatRate(bitsPerSecond(wanUp))} upload. IPS throughput is measured before cut-over, not assumed.`,
        cites: { rules: ['network/device-config-not-backed-up'], facts: chosen.figures.map((figure) => figure.fact.id) },
      },
    },
    choice: { kind: 'appliance', box, price: context.prices.price(box.price) },
  };
}

function tierRank(id: string): number {
  return ['minimum', 'reasonable', 'recommended'].indexOf(id);
}
