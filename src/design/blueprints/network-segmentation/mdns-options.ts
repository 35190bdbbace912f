/**
 * mDNS across VLANs. Multicast DNS (RFC 6762) is link-local: a TV on the IoT VLAN is invisible to a
 * phone on the trusted VLAN unless something repeats the announcements. VLANs that declare `mdns:
 * true` need it; with fewer than two such VLANs there is nothing to bridge. The repeater runs on the
 * gateway (OPNsense os-mdns-repeater, UniFi "Multicast DNS", or avahi-daemon's enable-reflector).
 */
import type { Model } from '../../../model/types.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { BLUEPRINT } from './zone-plan.js';

const RFC_6762 = 'https://www.rfc-editor.org/rfc/rfc6762';
const OPNSENSE_MDNS = 'https://github.com/opnsense/plugins/tree/master/net/mdns-repeater';

const columns: readonly Column[] = [
  { key: 'vlans', label: 'VLANs bridged for discovery', unit: 'count', better: 'none' },
  { key: 'discovery', label: 'Casting and discovery across VLANs', unit: 'boolean', better: 'higher' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

/** The mDNS decision; `repeat` lists the VLANs the repeater serves (empty: no repeater). */
export function mdnsDecision(model: Model, gateway: string | undefined, currency: string): { readonly decision: Decision; readonly repeat: readonly string[] } {
  const wanting = model.network.vlans.filter((vlan) => vlan.mdns === true).map((vlan) => vlan.id);
  const make = (option: string) => optionFigures(BLUEPRINT, 'mdns', option, 'network');
  const inputs = model.network.vlans.map((vlan) => ({ name: `${vlan.id} mdns`, value: vlan.mdns === true, unit: 'boolean' as const, source: vlan.source }));
  const options: Option[] = [
    {
      id: 'repeater',
      title: `mDNS repeater on ${gateway ?? 'the gateway'} across ${wanting.join(', ') || 'no VLAN'}`,
      summary: 'Announcements are repeated between the listed VLANs only; the firewall still decides who may connect.',
      figures: [
        make('repeater')('vlans', { label: 'VLANs bridged for discovery', unit: 'count', value: wanting.length, formula: 'VLANs with mdns: true', inputs, reference: RFC_6762 }),
        make('repeater')('discovery', { label: 'Casting and discovery across VLANs', unit: 'boolean', value: wanting.length >= 2, formula: 'two or more VLANs repeated', inputs }),
        make('repeater')('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency, formula: 'a gateway plugin or setting' }),
      ],
      pros: ['AirPlay, Chromecast and HomeKit work from trusted to IoT'],
      cons: ['Every repeated VLAN sees the others\' service names (not their traffic)'],
      viable: wanting.length >= 2 && gateway !== undefined,
      whyNot: wanting.length >= 2 ? (gateway === undefined ? ['No gateway routes the VLANs'] : []) : [`${wanting.length === 0 ? 'No VLAN' : 'Only one VLAN'} declares mdns: true, so there is nothing to bridge`],
    },
    {
      id: 'none',
      title: 'No repeater',
      summary: 'Discovery stays within each VLAN; devices in other VLANs are reached by address.',
      figures: [
        make('none')('vlans', { label: 'VLANs bridged for discovery', unit: 'count', value: 0, formula: 'nothing repeats' }),
        make('none')('discovery', { label: 'Casting and discovery across VLANs', unit: 'boolean', value: false, formula: 'mDNS is link-local (RFC 6762)', reference: RFC_6762 }),
        make('none')('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency, formula: 'nothing' }),
      ],
      pros: ['Nothing crosses between VLANs but routed, filtered traffic'],
      cons: wanting.length >= 2 ? [`Casting and HomeKit between ${wanting.join(' and ')} stop working`] : [],
      viable: true,
      whyNot: [],
    },
  ];
  checkColumns(columns, options);
  const repeater = options[0] as Option;
  const chosen = repeater.viable ? repeater : (options[1] as Option);
  return {
    decision: {
      id: 'mdns',
      question: 'Does discovery (mDNS) need to cross VLANs?',
      columns,
      options,
      choice: {
        optionId: chosen.id,
        rationale: repeater.viable
          ? `${wanting.join(', ')} declare mdns: true; mDNS is link-local (${RFC_6762}), so without a repeater casting and HomeKit stop at the VLAN boundary. The repeater on ${gateway} bridges only those VLANs (${OPNSENSE_MDNS}).`
          : `${repeater.whyNot.join('; ')}: no repeater.`,
        cites: { rules: [], facts: chosen.figures.map((figure) => figure.fact.id) },
      },
    },
    repeat: repeater.viable ? wanting : [],
  };
}
