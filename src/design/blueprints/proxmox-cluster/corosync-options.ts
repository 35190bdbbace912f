/**
 * The corosync decision. PVE wants a dedicated NIC for corosync ("A dedicated 1 Gbit NIC is enough")
 * and at least one more link on a different physical network; a single link backed by a bond is not
 * enough (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_cluster_network_requirements).
 */
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { BLUEPRINT, type ClusterContext } from './cluster-context.js';

const PVECM_NETWORK = 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_cluster_network_requirements';

export type CorosyncChoice = { readonly kind: 'keep' } | { readonly kind: 'dedicated-nic'; readonly nic: PriceEntry; readonly cable: PriceEntry; readonly switch?: PriceEntry };

const columns: readonly Column[] = [
  { key: 'links', label: 'Corosync links', unit: 'count', better: 'higher' },
  { key: 'dedicated', label: 'A link on its own NIC', unit: 'boolean', better: 'higher' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

/** The corosync decision for `nodeCount` nodes. */
export function corosyncDecision(cluster: ClusterContext, nodeCount: number): { readonly decision: Decision; readonly choice: CorosyncChoice } {
  const links = cluster.cluster?.corosync?.links ?? [];
  const dedicated = links.some((link) => link.dedicated);
  const { prices } = cluster.context;
  const nic = prices.price('usb-nic-2g5');
  const cable = prices.price('patch-cable');
  const small = nodeCount > 2 ? prices.price('switch-small') : undefined;
  const nicCost = nodeCount * nic.price.amount + (nodeCount > 2 ? nodeCount : 1) * cable.price.amount + (small?.price.amount ?? 0);
  const figuresOf = (option: string) => optionFigures(BLUEPRINT, 'corosync', option, 'cluster');
  const options: Option[] = [
    {
      id: 'keep',
      title: `Keep ${links.length} link${links.length === 1 ? '' : 's'}`,
      summary: dedicated ? 'A dedicated link exists already.' : 'Corosync shares the NIC with everything else.',
      figures: [
        figuresOf('keep')('links', { label: 'Corosync links', unit: 'count', value: links.length, formula: 'clusters[].corosync.links' }),
        figuresOf('keep')('dedicated', { label: 'A link on its own NIC', unit: 'boolean', value: dedicated, formula: 'a link marked dedicated' }),
        figuresOf('keep')('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency: cluster.currency, formula: 'nothing to buy' }),
      ],
      pros: ['No change'],
      cons: dedicated && links.length >= 2 ? [] : ['Backups or migrations saturating the shared NIC delay corosync; a late token makes nodes fence themselves under HA [cluster/corosync-without-redundant-link]'],
      viable: dedicated && links.length >= 2,
      whyNot: dedicated && links.length >= 2 ? [] : ['PVE asks for a dedicated corosync NIC and a second link on another physical network'],
    },
    {
      id: 'dedicated-nic',
      title: nodeCount === 2 ? 'A USB 2.5GbE NIC per node, cabled directly between the two' : `A USB 2.5GbE NIC per node on a small dedicated switch`,
      summary: 'Link 0 on the new NICs carries only corosync; the existing network stays as link 1.',
      figures: [
        figuresOf('dedicated-nic')('links', { label: 'Corosync links', unit: 'count', value: links.length + 1, formula: 'existing links + the dedicated one' }),
        figuresOf('dedicated-nic')('dedicated', { label: 'A link on its own NIC', unit: 'boolean', value: true, formula: 'the new NICs carry only corosync' }),
        figuresOf('dedicated-nic')('cost', { label: 'Purchase cost', unit: 'money', value: nicCost, currency: nic.price.currency, formula: `${nodeCount} × ${nic.item} + ${nodeCount > 2 ? `${nodeCount} cables + ${small?.item}` : 'one cable'} (${nic.note})` }),
      ],
      pros: ['Corosync no longer competes with backups and migrations', 'A second, physically separate link'],
      cons: ['USB NICs are less robust than onboard ones: watch for link flaps (journalctl -u corosync)'],
      viable: true,
      whyNot: [],
    },
  ];
  checkColumns(columns, options);
  const keep = options[0] as Option;
  const chosen = keep.viable ? keep : (options[1] as Option);
  return {
    decision: {
      id: 'corosync',
      question: 'Which networks carry corosync?',
      columns,
      options,
      choice: {
        optionId: chosen.id,
        rationale: keep.viable ? 'Corosync already has a dedicated link and a second one (pvecm).' : `Corosync has ${links.length} link${links.length === 1 ? '' : 's'} on a shared NIC; PVE asks for a dedicated NIC and a second link on another physical network (${PVECM_NETWORK}). ${nodeCount === 2 ? 'Two nodes need no switch: one cable between the new NICs.' : 'A small switch keeps the link off the main switch.'}`,
        cites: { rules: keep.viable ? [] : ['cluster/corosync-without-redundant-link'], facts: chosen.figures.map((figure) => figure.fact.id) },
      },
    },
    choice: keep.viable ? { kind: 'keep' } : { kind: 'dedicated-nic', nic, cable, ...(small ? { switch: small } : {}) },
  };
}
