/**
 * The quorum decision: how the cluster keeps a majority when a node fails. For an even node count:
 * a QDevice on a host that runs anyway, a QDevice on a new single-board computer, a third node, or no
 * change (no HA). For an odd count the nodes already form a majority and a QDevice is discouraged
 * (it would hold N − 1 votes). Figures come from calc/cluster/votequorum.
 */
import { clusterQuorum } from '../../../calc/cluster/votequorum.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures, type FigureSpec } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { BLUEPRINT, type ClusterContext } from './cluster-context.js';

const PVECM = 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_corosync_external_vote_support';
/** Idle draw assumed for a Raspberry Pi 5 running only corosync-qnetd; a planning figure, measure yours. */
const SBC_IDLE_WATTS = 3;

export type QuorumChoice =
  | { readonly kind: 'keep' }
  | { readonly kind: 'qdevice-existing'; readonly host: string }
  | { readonly kind: 'qdevice-sbc'; readonly price: PriceEntry }
  | { readonly kind: 'third-node'; readonly price: PriceEntry; readonly template: string };

const columns: readonly Column[] = [
  { key: 'expected', label: 'Expected votes', unit: 'count', better: 'none' },
  { key: 'quorum', label: 'Quorum', unit: 'count', better: 'none' },
  { key: 'tolerated', label: 'Node failures tolerated', unit: 'count', better: 'higher' },
  { key: 'degraded', label: 'Tolerated with the extra voter down', unit: 'count', better: 'higher' },
  { key: 'power', label: 'Added power draw', unit: 'watts', better: 'lower' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

function quorumFigures(make: ReturnType<typeof optionFigures>, nodes: number, withQdevice: boolean, power: FigureSpec, cost: FigureSpec) {
  const figures = clusterQuorum(nodes, withQdevice);
  const calculator = 'calc/cluster/votequorum';
  const inputs = [{ name: 'nodes', value: nodes, unit: 'count' as const }, { name: 'QDevice', value: withQdevice, unit: 'boolean' as const }];
  return [
    make('expected', { label: 'Expected votes', unit: 'count', value: figures.expected, formula: withQdevice ? 'nodes + QDevice votes (1 for an even node count)' : 'one vote per node', inputs, reference: PVECM, calculator }),
    make('quorum', { label: 'Quorum', unit: 'count', value: figures.quorum, formula: 'floor(expected / 2) + 1', inputs, reference: PVECM, calculator }),
    make('tolerated', { label: 'Node failures tolerated', unit: 'count', value: figures.nodeFailuresTolerated, formula: 'nodes + QDevice votes − quorum', inputs, calculator }),
    make('degraded', { label: 'Tolerated with the extra voter down', unit: 'count', value: figures.nodeFailuresToleratedWithoutQdevice, formula: 'nodes − quorum (QDevice or added node down)', inputs, calculator }),
    make('power', power),
    make('cost', cost),
  ];
}

/** The quorum decision and what it chose. */
export function quorumDecision(cluster: ClusterContext): { readonly decision: Decision; readonly choice: QuorumChoice } {
  const n = cluster.nodes.length;
  const { prices } = cluster.context;
  const figuresOf = (option: string) => optionFigures(BLUEPRINT, 'quorum', option, 'cluster');
  const money = (amount: number, formula: string, currency = cluster.currency): FigureSpec => ({ label: 'Purchase cost', unit: 'money', value: amount, currency, formula });
  const noPower: FigureSpec = { label: 'Added power draw', unit: 'watts', value: 0, formula: 'nothing new is powered' };
  const hasQdevice = cluster.cluster?.qdevice !== undefined;
  const nodePrice = newNodePrice(cluster);
  const options: Option[] = [];

  options.push({
    id: 'keep',
    title: hasQdevice ? `Keep the ${n} nodes and the QDevice on ${cluster.cluster?.qdevice?.host}` : `Keep ${n} node${n === 1 ? '' : 's'} as they are`,
    summary: hasQdevice ? 'The cluster already has an external vote.' : n % 2 === 1 ? 'An odd number of nodes already forms a majority.' : 'No extra vote: a node failure costs quorum, so HA cannot run.',
    figures: quorumFigures(figuresOf('keep'), n, hasQdevice, noPower, money(0, 'nothing to buy')),
    pros: ['No change, no cost'],
    cons: n % 2 === 0 && !hasQdevice ? ['With two nodes, losing one loses quorum: /etc/pve turns read-only and HA cannot restart anything (pvecm)'] : [],
    viable: n % 2 === 1 || hasQdevice,
    whyNot: n % 2 === 1 || hasQdevice ? [] : [`${n} one-vote nodes need all ${clusterQuorum(n, false).quorum} votes: no node may fail [cluster/two-node-without-qdevice]`],
  });

  if (n % 2 === 0 && !hasQdevice) {
    const host = cluster.outsiders[0];
    options.push({
      id: 'qdevice-existing',
      title: host ? `QDevice (corosync-qnetd) on ${host.id}` : 'QDevice on an existing always-on host',
      summary: host ? `${host.id} (${host.model ?? host.role}) runs anyway; it gives the cluster its third vote over TCP 5403.` : 'No host outside the cluster could run it.',
      figures: quorumFigures(figuresOf('qdevice-existing'), n, true, { ...noPower, formula: `${host?.id ?? 'the host'} is already powered` }, money(0, 'runs on existing hardware')),
      pros: ['No purchase, no extra power', 'qnetd is not bound by corosync\'s latency limit, so it may sit on another network (pvecm)'],
      cons: host ? [`${host.id} becomes part of the cluster's quorum: if it and a node are down together, the survivor loses quorum`, `${host.id} must not be a guest of the cluster it votes for`] : [],
      viable: host !== undefined,
      whyNot: host === undefined ? ['No always-on host outside the cluster (NAS, backup server, small board computer) is in the spec'] : [],
    });
    const sbc = prices.price('qdevice-sbc');
    options.push({
      id: 'qdevice-sbc',
      title: 'QDevice on a new Raspberry Pi',
      summary: 'A small board computer whose only job is the third vote.',
      figures: quorumFigures(figuresOf('qdevice-sbc'), n, true, { label: 'Added power draw', unit: 'watts', value: SBC_IDLE_WATTS, formula: 'idle draw of a Raspberry Pi 5 running qnetd (assumed)', inputs: [{ name: 'idle draw', value: SBC_IDLE_WATTS, unit: 'watts', assumed: true }] }, { ...money(sbc.price.amount, `${sbc.item} (${sbc.note})`, sbc.price.currency) }),
      pros: ['Independent of every other server', 'A few watts'],
      cons: ['One more device to patch and power (put it on the UPS)'],
      viable: true,
      whyNot: [],
    });
    const meanIdle = cluster.nodes.every((node) => node.power?.idle !== undefined) && n > 0 ? cluster.nodes.reduce((sum, node) => sum + (node.power?.idle ?? 0), 0) / n : null;
    options.push({
      id: 'third-node',
      title: `Add node ${n + 1}`,
      summary: 'A third node like the others: a real majority, more room for guests, and the node count Ceph needs.',
      figures: quorumFigures(figuresOf('third-node'), n + 1, false, { label: 'Added power draw', unit: 'watts', value: meanIdle, formula: 'mean idle draw of the existing nodes', inputs: cluster.nodes.map((node) => ({ name: `${node.id} idle`, value: node.power?.idle ?? null, unit: 'watts' as const, source: node.source })), question: 'The nodes\' idle power draw is not given (add power.idle to the hosts).' }, money(nodePrice.price.amount, `${nodePrice.item} (${nodePrice.note})`, nodePrice.price.currency)),
      pros: ['Real three-way majority', 'More memory for N+1', 'Makes Ceph possible (with 10GbE)'],
      cons: ['Costs a whole node and its power every year', 'More to patch'],
      viable: true,
      whyNot: [],
    });
  }
  checkColumns(columns, options);
  const choice = chooseQuorum(cluster, options, nodePrice);
  const chosen = options.find((option) => option.id === choice.optionId) as Option;
  return {
    decision: { id: 'quorum', question: 'How does the cluster keep quorum when a node fails?', columns, options, choice: { optionId: chosen.id, rationale: choice.rationale, cites: { rules: choice.rules, facts: chosen.figures.map((figure) => figure.fact.id) } } },
    choice: choice.choice,
  };
}

/** What a node like the existing ones costs: the spec's `cost` of the first node, else the assumed price. */
export function newNodePrice(cluster: ClusterContext): PriceEntry {
  const template = cluster.nodes[0];
  return template?.cost !== undefined ? { id: 'mini-pc-node', item: `A node like ${template.id}`, price: template.cost, source: 'input', note: `cost of ${template.id} in the spec` } : cluster.context.prices.price('mini-pc-node');
}

function chooseQuorum(cluster: ClusterContext, options: readonly Option[], nodePrice: PriceEntry): { optionId: string; rationale: string; rules: string[]; choice: QuorumChoice } {
  const n = cluster.nodes.length;
  const { prices } = cluster.context;
  const keep = options.find((option) => option.id === 'keep');
  if (keep?.viable) {
    return { optionId: 'keep', rationale: n % 2 === 1 ? `${n} nodes already hold a majority (quorum ${clusterQuorum(n, false).quorum} of ${n}); a QDevice is discouraged for odd node counts because it would hold ${n - 1} votes and its failure would leave no node free to fail (pvecm).` : 'The cluster already has its external vote.', rules: [], choice: { kind: 'keep' } };
  }
  const rules = ['cluster/two-node-without-qdevice', 'cluster/ha-with-fewer-than-three-votes'];
  if (cluster.wantedNodes > n) {
    return { optionId: 'third-node', rationale: `The task asks for ${cluster.wantedNodes} nodes; the added node gives a real majority (quorum 2 of 3) and tolerates one node failure.`, rules, choice: { kind: 'third-node', price: nodePrice, template: cluster.nodes[0]?.id ?? '' } };
  }
  const existing = options.find((option) => option.id === 'qdevice-existing');
  const host = cluster.outsiders[0];
  if (existing?.viable && host) {
    return {
      optionId: 'qdevice-existing',
      rationale: `A QDevice on ${host.id} gives the ${n} nodes the third vote they need: expected 3, quorum 2, one node may fail [cluster/two-node-without-qdevice]. It costs nothing and draws no extra power because ${host.id} runs anyway; a Raspberry Pi or a third node give the same tolerance of one node for money and watts.`,
      rules,
      choice: { kind: 'qdevice-existing', host: host.id },
    };
  }
  return { optionId: 'qdevice-sbc', rationale: 'No host outside the cluster can hold the QDevice, so a Raspberry Pi does: the cheapest way to the third vote.', rules, choice: { kind: 'qdevice-sbc', price: prices.price('qdevice-sbc') } };
}
