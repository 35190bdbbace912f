/**
 * Where the monitoring runs. Alerts must still leave when the cluster they watch is down: a system on
 * a cluster node goes silent with it, so an always-on host outside the cluster is preferred; a guest
 * on the cluster is covered by the external dead man's switch alone. Whether alerts survive the loss
 * of the cluster is the observability analyzer's own fact, computed on each candidate without the
 * dead man's switch so the placement itself is judged.
 */
import { isNumericFact } from '../../../analyze/fact.js';
import { observabilityAnalyzer } from '../../../analyze/observability/observability-analyzer.js';
import { runAnalysis } from '../../../analyze/run-analysis.js';
import { compareText } from '../../../intake/diagnostic.js';
import { formatMemory } from '../../../intake/units/index.js';
import { bytes } from '../../../model/quantities.js';
import type { Model } from '../../../model/types.js';
import type { Column, Decision, DesignContext, Option } from '../../blueprint.js';
import { checkColumns, factRef, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { BLUEPRINT } from './exporter-catalog.js';

/** Idle draw assumed for a Raspberry Pi 5 with an NVMe SSD; a planning figure. */
const SBC_IDLE_WATTS = 5;
const OUTSIDE_ROLES = new Set(['nas', 'backup-server', 'server', 'sbc']);

export type Placement = { readonly kind: 'keep'; readonly runsOn: string } | { readonly kind: 'outside-host' | 'cluster-guest'; readonly host: string } | { readonly kind: 'new-sbc'; readonly price: PriceEntry };

const columns: readonly Column[] = [
  { key: 'host', label: 'Runs on', unit: 'text', better: 'none' },
  { key: 'free-memory', label: 'Free memory there', unit: 'bytes', better: 'higher' },
  { key: 'survives', label: 'Alerts leave when the cluster is down', unit: 'boolean', better: 'higher' },
  { key: 'power', label: 'Added power draw', unit: 'watts', better: 'lower' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

/** Hosts in a Proxmox cluster, or hypervisors. */
export function clusterHosts(model: Model): Set<string> {
  return new Set([...model.clusters.proxmox.flatMap((cluster) => cluster.nodes.map((node) => node.host)), ...model.hosts.filter((host) => host.role === 'hypervisor').map((host) => host.id)]);
}

/** Whether alerts from a system on `host` leave when the cluster is down, by the observability analyzer (no dead man's switch). */
export function survivesOn(model: Model, host: string | undefined): boolean {
  const probe: Model = {
    ...model,
    monitoring: {
      systems: [{ id: '__probe', kind: 'alertmanager', runsOn: host ?? '__outside', targets: [], exporters: [], source: model.site.source } as never],
      alerts: [{ id: '__route', from: '__probe', channel: 'ntfy', external: true, source: model.site.source } as never],
      checks: { ...model.monitoring.checks, deadMansSwitch: false },
    },
  };
  const fact = runAnalysis(probe, [observabilityAnalyzer]).byId.get('observability/site/alerts-survive-cluster-loss');
  return fact?.status === 'known' && fact.value === true;
}

/** The placement decision for a stack that needs `memory` bytes; `current` is where an existing stack runs. */
export function placementDecision(context: DesignContext, memory: number, current: string | undefined, currency: string): { readonly decision: Decision; readonly placement: Placement; readonly viable: boolean } {
  const { model, analysis } = context;
  const cluster = clusterHosts(model);
  const free = (host: string) => analysis.byId.get(`compute/${host}/memory-headroom`);
  const freeValue = (host: string) => {
    const fact = free(host);
    return isNumericFact(fact) ? fact.value : null;
  };
  const roomiest = (hosts: readonly string[]) => [...hosts].sort((a, b) => (freeValue(b) ?? -Infinity) - (freeValue(a) ?? -Infinity) || compareText(a, b))[0];
  const outside = roomiest(model.hosts.filter((host) => !cluster.has(host.id) && OUTSIDE_ROLES.has(host.role)).map((host) => host.id));
  const guestHost = roomiest([...cluster].filter((id) => model.hosts.some((host) => host.id === id)));
  const sbc = context.prices.price('sbc-monitoring');
  const currentHost = current === undefined ? undefined : (model.workloads.find((workload) => workload.id === current)?.host ?? (model.hosts.some((host) => host.id === current) ? current : undefined));
  const candidates: { id: Placement['kind']; title: string; host: string | undefined; placement: Placement | undefined; power: number; cost: number; costFormula: string }[] = [
    ...(current !== undefined ? [{ id: 'keep' as const, title: `Where it runs today (${current}${currentHost !== undefined ? ` on ${currentHost}` : ''})`, host: currentHost, placement: { kind: 'keep' as const, runsOn: current }, power: 0, cost: 0, costFormula: 'nothing to buy' }] : []),
    { id: 'outside-host', title: outside !== undefined ? `Containers on ${outside}, outside the cluster` : 'An always-on host outside the cluster', host: outside, placement: outside !== undefined ? { kind: 'outside-host', host: outside } : undefined, power: 0, cost: 0, costFormula: 'runs on existing hardware' },
    { id: 'cluster-guest', title: guestHost !== undefined ? `A container on ${guestHost}` : 'A guest on the cluster', host: guestHost, placement: guestHost !== undefined ? { kind: 'cluster-guest', host: guestHost } : undefined, power: 0, cost: 0, costFormula: 'runs on existing hardware' },
    { id: 'new-sbc', title: 'A new Raspberry Pi for monitoring', host: undefined, placement: { kind: 'new-sbc', price: sbc }, power: SBC_IDLE_WATTS, cost: sbc.price.amount, costFormula: `${sbc.item} (${sbc.note})` },
  ];
  const options: Option[] = candidates.map((candidate) => {
    const make = optionFigures(BLUEPRINT, 'placement', candidate.id, 'observability');
    const room = candidate.id === 'new-sbc' ? 8 * 2 ** 30 : candidate.host === undefined ? null : freeValue(candidate.host);
    const survives = candidate.id === 'new-sbc' ? true : candidate.host !== undefined && survivesOn(model, candidate.host);
    const fits = candidate.id === 'keep' || (room !== null && room >= memory);
    const whyNot = [
      ...(candidate.placement === undefined ? ['no such host in the spec'] : []),
      ...(candidate.placement !== undefined && !fits ? [`${room === null ? 'its free memory is unknown' : `${formatMemory(bytes(room))} free`}; the stack needs ${formatMemory(bytes(memory))}`] : []),
    ];
    return {
      id: candidate.id,
      title: candidate.title,
      summary: survives ? 'Alerts leave even when the cluster is down.' : 'Goes down with the cluster; the dead man\'s switch reports the silence.',
      figures: [
        make('host', { label: 'Runs on', unit: 'text', value: candidate.id === 'new-sbc' ? 'new single-board computer' : (candidate.host ?? null), formula: candidate.id === 'outside-host' ? 'always-on host outside the cluster with the most free memory' : candidate.id === 'cluster-guest' ? 'cluster node with the most free memory' : 'as chosen', question: 'No such host in the spec.' }),
        make('free-memory', { label: 'Free memory there', unit: 'bytes', value: room, formula: candidate.id === 'new-sbc' ? 'an 8 GB board, nothing else on it' : 'guest memory capacity − memory allocated (compute facts)', inputs: candidate.host !== undefined ? [factRef('memory headroom', free(candidate.host), `compute/${candidate.host}/memory-headroom`, 'bytes')] : [], calculator: 'calc/compute/host-capacity', question: 'The host\'s memory facts are unknown.' }),
        make('survives', { label: 'Alerts leave when the cluster is down', unit: 'boolean', value: survives, formula: 'observability/site/alerts-survive-cluster-loss of the candidate, without a dead man\'s switch' }),
        make('power', { label: 'Added power draw', unit: 'watts', value: candidate.power, formula: candidate.id === 'new-sbc' ? 'Raspberry Pi 5 idle (assumed)' : 'on a host that runs anyway', inputs: candidate.id === 'new-sbc' ? [{ name: 'idle draw', value: SBC_IDLE_WATTS, unit: 'watts', assumed: true }] : [] }),
        make('cost', { label: 'Purchase cost', unit: 'money', value: candidate.cost, currency: candidate.id === 'new-sbc' ? sbc.price.currency : currency, formula: candidate.costFormula }),
      ],
      pros: [...(survives ? ['Alerts about the cluster do not depend on the cluster'] : []), ...(candidate.id === 'keep' ? ['Nothing moves'] : [])],
      cons: [...(!survives ? ['Silent when the cluster is down: only the dead man\'s switch tells'] : []), ...(candidate.id === 'new-sbc' ? ['One more device to patch and power'] : [])],
      viable: whyNot.length === 0,
      whyNot,
    };
  });
  checkColumns(columns, options);
  const order: readonly Placement['kind'][] = ['keep', 'outside-host', 'cluster-guest', 'new-sbc'];
  const viable = options.filter((option) => option.viable);
  const chosen = [...viable].sort((a, b) => order.indexOf(a.id as Placement['kind']) - order.indexOf(b.id as Placement['kind']))[0] ?? (options[options.length - 1] as Option);
  const survives = options.find((option) => option.id === chosen.id)?.figures.find((figure) => figure.column === 'survives')?.fact.value === true;
  const rationale =
    chosen.id === 'keep'
      ? `The stack stays where it runs; ${survives ? 'its alerts already leave when the cluster is down' : `it runs on ${currentHost ?? 'a host it watches'} and goes down with it, so the external dead man's switch is what reports that`} [observability/alerting-depends-on-watched-hosts].`
      : chosen.id === 'outside-host'
        ? `${chosen.title}: alerts about the cluster do not depend on the cluster, it has room (${formatMemory(bytes(Number(options.find((option) => option.id === 'outside-host')?.figures[1]?.fact.value ?? 0)))} free for ${formatMemory(bytes(memory))}) and costs nothing [observability/alerting-depends-on-watched-hosts]. The dead man's switch still covers a site-wide outage.`
        : chosen.id === 'cluster-guest'
          ? `No always-on host outside the cluster has room, so the stack runs on the cluster and the external dead man's switch reports when it goes silent [observability/alerting-depends-on-watched-hosts].`
          : 'No existing host has room: a Raspberry Pi carries the stack outside the cluster.';
  return {
    decision: { id: 'placement', question: 'Where does the monitoring run, so alerts still leave when the cluster is down?', columns, options, choice: { optionId: chosen.id, rationale, cites: { rules: ['observability/alerting-depends-on-watched-hosts', 'observability/no-external-alert-route'], facts: chosen.figures.map((figure) => figure.fact.id) } } },
    placement: candidates.find((candidate) => candidate.id === chosen.id)?.placement ?? { kind: 'new-sbc', price: sbc },
    viable: chosen.viable,
  };
}
