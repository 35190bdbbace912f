/** Terminal sections of the failure analysis: SPOFs, blast radii, scenarios, N+1 and availability. */
import type { BlastRadius } from '../../failure/blast-radius.js';
import { compareRadii } from '../../failure/blast-radius.js';
import type { FailureAnalysis } from '../../failure/failure-analysis.js';
import type { Criticality, FailureGraph, FailureNode } from '../../failure/graph.js';
import type { DownByKind, Impact } from '../../failure/impact.js';
import { displayOrder, kindTitles } from '../../failure/node-kinds.js';
import { formatDuration, formatMemory, formatPercent } from '../../intake/units/index.js';
import { bytes, ratio, seconds } from '../../model/quantities.js';
import { renderTextTable } from './table.js';

const criticalityOrder: Readonly<Record<Criticality, number>> = { critical: 0, high: 1, medium: 2, low: 3 };
const kindLabels: Readonly<Partial<Record<FailureNode['kind'], string>>> = { feed: 'power feed', ups: 'UPS', pdu: 'PDU', nic: 'NIC', link: 'cable', wan: 'WAN uplink' };

/** The failure sections of `kestra analyze`, with at most `limit` rows in the blast-radius table. */
export function renderFailureText(result: FailureAnalysis, limit = 40): string {
  const { graph } = result;
  const parts: string[] = [];
  if (result.spofs.length === 0) parts.push('== single points of failure ==\nNone: no single component takes a workload, VLAN, VPN or internet access down.');
  else {
    parts.push(
      `== single points of failure ==\n${renderTextTable(
        ['#', 'component', 'kind', 'takes down'],
        result.spofs.slice(0, limit).map((spof) => [String(spof.rank), spof.name, kindLabel(graph, spof.component), summarizeDown(graph, spof.takesDown)]),
        { alignRight: [0] },
      )}${more(result.spofs.length, limit)}\n("!" marks critical workloads.)\n\nMitigations:\n${result.spofs
        .slice(0, limit)
        .map((spof) => `  ${spof.rank}. ${spof.name}: ${spof.mitigation}`)
        .join('\n')}`,
    );
  }
  const radii = result.radii.filter((radius) => radius.size > 0).sort(compareRadii);
  if (radii.length > 0) {
    const rows = radii.slice(0, limit).map((radius) => blastRow(graph, radius));
    parts.push(`== blast radius ==\n${renderTextTable(['component', 'kind', 'hosts', 'workloads (crit/high/med/low)', 'VLANs', 'total down'], rows, { alignRight: [2, 4, 5] })}${more(radii.length, limit)}`);
  }
  if (result.scenarios.length > 0) {
    const rows = result.scenarios.slice(0, limit).map((scenario) => [scenario.text, summarizeImpact(graph, scenario.impact)]);
    parts.push(`== scenarios ==\n${renderTextTable(['scenario', 'goes down'], rows)}${more(result.scenarios.length, limit)}`);
  }
  if (result.nPlusOne.results.length > 0) {
    parts.push(
      `== N+1 (HA clusters) ==\n${renderTextTable(
        ['cluster', 'node fails', 'quorum', 'HA guests', 'restart', 'cannot restart', 'memory missing'],
        result.nPlusOne.results.map((row) => [
          row.cluster,
          row.failedNode,
          row.quorate ? 'kept' : 'LOST',
          String(row.displaced.length),
          row.restarted.map((restart) => `${restart.guest}→${restart.to}`).join(', ') || '-',
          row.cannotRestart.map((guest) => `${guest.guest} (${guest.reason})`).join(', ') || '-',
          row.missingMemory > 0 ? formatMemory(bytes(row.missingMemory)) : '-',
        ]),
      )}`,
    );
  }
  if (result.availability.length > 0) {
    parts.push(
      `== availability ==\n${renderTextTable(
        ['service', 'availability', 'downtime/year', 'method', 'SLO'],
        result.availability.map((row) => [
          row.service,
          formatPercent(ratio(row.availability), 3),
          formatDuration(seconds(row.downtimePerYear)),
          row.method === 'exact' ? 'exact' : `Monte Carlo, 95% ${formatPercent(ratio(row.interval?.[0] ?? 0), 3)}–${formatPercent(ratio(row.interval?.[1] ?? 1), 3)}`,
          row.slo === undefined ? '-' : `${formatPercent(ratio(row.slo))} ${row.meetsSlo === 'yes' ? 'met' : row.meetsSlo === 'no' ? 'MISSED' : 'uncertain'}`,
        ]),
        { alignRight: [1] },
      )}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** The impact of an ad-hoc scenario, every name listed. */
export function renderImpactText(graph: FailureGraph, title: string, result: Impact): string {
  const lines = [`== scenario: ${title} ==`, `Fails: ${result.failed.join(', ')}`];
  const kinds = displayOrder.filter((kind) => (result.byKind[kind]?.length ?? 0) > 0);
  if (kinds.length === 0) lines.push('Nothing goes down.');
  else {
    lines.push('Goes down:');
    for (const kind of kinds) lines.push(`  ${kindTitles[kind]}: ${namesOf(graph, kind, result.byKind[kind] ?? [], Number.POSITIVE_INFINITY)}`);
  }
  if (result.restarted.length > 0) lines.push(`HA restarts: ${result.restarted.map((restart) => `${restart.guest} ${restart.from}→${restart.to}`).join(', ')}`);
  if (result.cannotRestart.length > 0) {
    lines.push(`Cannot restart (no room): ${result.cannotRestart.map((guest) => `${guest.guest} (${formatMemory(bytes(guest.memory))})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function more(total: number, limit: number): string {
  return total > limit ? `\n… and ${total - limit} more (see --format json)` : '';
}

function blastRow(graph: FailureGraph, radius: BlastRadius): string[] {
  const { critical, high, medium, low } = radius.workloads;
  return [radius.name, kindLabel(graph, radius.component), String(radius.down.host?.length ?? 0), `${critical}/${high}/${medium}/${low}`, String(radius.down.vlan?.length ?? 0), String(radius.size)];
}

function kindLabel(graph: FailureGraph, id: string): string {
  const node = graph.nodes[graph.index.get(id) ?? -1];
  if (!node) return '';
  if (node.kind === 'disk') return `${node.detail ?? ''} disk`.trim();
  if (node.kind === 'device' || node.kind === 'workload') return node.detail ?? node.kind;
  return kindLabels[node.kind] ?? node.kind;
}

/** "8 workloads (2 critical: adguard, homeassistant; 3 high: …); 4 VLANs; internet access". */
function summarizeDown(graph: FailureGraph, down: DownByKind): string {
  const parts: string[] = [];
  const workloads = down.workload ?? [];
  if (workloads.length > 0) parts.push(`${workloads.length} workload${workloads.length === 1 ? '' : 's'}: ${namesOf(graph, 'workload', workloads, 6)}`);
  for (const kind of ['vlan', 'vpn', 'internet', 'host'] as const) {
    const names = down[kind] ?? [];
    if (names.length > 0) parts.push(kind === 'internet' ? 'internet access' : `${kindTitles[kind]} ${namesOf(graph, kind, names, 6)}`);
  }
  return parts.join('; ') || '-';
}

function summarizeImpact(graph: FailureGraph, result: Impact): string {
  const failed = new Set(result.failed);
  const down: Record<string, readonly string[]> = {};
  for (const [kind, names] of Object.entries(result.byKind)) down[kind] = names.filter((name) => !failed.has(`${kind}:${name}`));
  const restarts = result.restarted.length > 0 ? `; HA restarts ${result.restarted.map((restart) => `${restart.guest}→${restart.to}`).join(', ')}` : '';
  const stuck = result.cannotRestart.length > 0 ? `; no room for ${result.cannotRestart.map((guest) => guest.guest).join(', ')}` : '';
  const text = summarizeDown(graph, down);
  return `${text === '-' && (restarts || stuck) ? 'no workload lost' : text === '-' ? 'nothing else' : text}${restarts}${stuck}`;
}

/** Names, workloads ordered by criticality (critical marked "!"), cut to `limit` with "+N". */
function namesOf(graph: FailureGraph, kind: string, names: readonly string[], limit: number): string {
  let ordered = [...names];
  if (kind === 'workload') {
    const criticality = (name: string) => graph.nodes[graph.index.get(`workload:${name}`) ?? -1]?.criticality ?? 'medium';
    ordered = ordered.sort((a, b) => criticalityOrder[criticality(a)] - criticalityOrder[criticality(b)]).map((name) => (criticality(name) === 'critical' ? `${name}!` : name));
  }
  const shown = ordered.slice(0, limit).join(', ');
  return ordered.length > limit ? `${shown} +${ordered.length - limit}` : shown;
}
