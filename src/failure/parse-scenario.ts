/**
 * Reads an ad-hoc what-if such as "pve1 down", "sw1 down", "ups1 fails", "isp down",
 * "disk nas/hdd-1 down" or "site power loss" into the components it fails. Several failures can be
 * joined with ",", ";", "+" or "and"; a kind word ("host", "switch", "disk", "vm"…) may precede the id
 * and a verb ("down", "fails", "dies", "offline"…) may follow it. An unknown id is a usage error that
 * says where in the text it is and suggests the nearest component.
 */
import { UsageError } from '../usage-error.js';
import { didYouMean } from '../intake/did-you-mean.js';
import { compareText } from '../intake/diagnostic.js';
import type { FailureGraph, FailureNode } from './graph.js';
import { kindTitles, type NodeKind } from './node-kinds.js';
import { sitePowerNodes } from './site-power.js';

export interface ParsedScenario {
  readonly text: string;
  /** Node ids of the components that fail, sorted. */
  readonly failed: readonly string[];
}

const verbs = new Set(['down', 'fails', 'fail', 'failed', 'failing', 'failure', 'dies', 'died', 'dead', 'lost', 'loss', 'offline', 'outage', 'unplugged', 'crashes', 'crashed', 'breaks', 'broken', 'goes', 'is', 'went', 'the']);

const kindWords: Readonly<Record<string, readonly NodeKind[]>> = {
  host: ['host'], node: ['host'], server: ['host'], hypervisor: ['host'], nas: ['host'],
  switch: ['device'], router: ['device'], gateway: ['device'], firewall: ['device'], ap: ['device'], 'access-point': ['device'], device: ['device'], modem: ['device'], ont: ['device'],
  ups: ['ups'], feed: ['feed'], circuit: ['feed'], pdu: ['pdu'],
  disk: ['disk'], drive: ['disk'], ssd: ['disk'], hdd: ['disk'], nvme: ['disk'], osd: ['disk'],
  nic: ['nic'], link: ['link', 'nic'], cable: ['link', 'nic'],
  wan: ['wan'], isp: ['wan'], uplink: ['wan'], internet: ['wan'],
  vm: ['workload'], ct: ['workload'], container: ['workload'], service: ['workload'], workload: ['workload'], guest: ['workload'],
};

const sitePowerPhrases = new Set(['site power', 'power', 'site', 'mains', 'utility', 'utility power', 'grid', 'blackout', 'power cut', 'site power cut']);

interface Token {
  readonly text: string;
  readonly column: number;
}

/** Parses `text` against `graph`; throws a UsageError naming the column of an unknown component. */
export function parseScenario(text: string, graph: FailureGraph): ParsedScenario {
  const failed = new Set<string>();
  const parts = splitParts(text);
  if (parts.length === 0) throw new UsageError(`--scenario "${text}": names no component`, 'write what fails, e.g. "pve1 down" or "sw1 down, ups1 fails"');
  for (const part of parts) for (const id of resolvePart(text, part, graph)) failed.add(id);
  return { text, failed: [...failed].sort(compareText) };
}

function splitParts(text: string): Token[][] {
  const parts: Token[][] = [[]];
  for (const match of text.matchAll(/[^\s,;+]+|[,;+]/g)) {
    const word = match[0];
    if (word === ',' || word === ';' || word === '+' || word.toLowerCase() === 'and') parts.push([]);
    else parts[parts.length - 1]?.push({ text: word, column: (match.index ?? 0) + 1 });
  }
  return parts
    .map((tokens) => {
      let end = tokens.length;
      while (end > 0 && verbs.has((tokens[end - 1] as Token).text.toLowerCase())) end--;
      let begin = 0;
      while (begin < end && (tokens[begin] as Token).text.toLowerCase() === 'the') begin++;
      return tokens.slice(begin, end);
    })
    .filter((tokens) => tokens.length > 0);
}

function resolvePart(text: string, tokens: readonly Token[], graph: FailureGraph): string[] {
  const phrase = tokens.map((token) => token.text).join(' ');
  const direct = matches(graph, phrase, undefined);
  if (direct.length === 1) return [(direct[0] as FailureNode).id];
  const lower = phrase.toLowerCase();
  if (sitePowerPhrases.has(lower) || sitePowerPhrases.has(lower.replace(/ loss$/, ''))) {
    const nodes = sitePowerNodes(graph);
    if (nodes.length > 0) return nodes;
  }
  const first = tokens[0] as Token;
  const kinds = kindWords[first.text.toLowerCase()];
  if (kinds && tokens.length === 1 && kinds.includes('wan')) {
    const wans = graph.nodes.filter((node) => node.kind === 'wan').map((node) => node.id);
    if (wans.length > 0) return wans;
  }
  const nameTokens = kinds && tokens.length > 1 ? tokens.slice(1) : tokens;
  const name = nameTokens.map((token) => token.text).join(' ');
  const found = matches(graph, name, kinds);
  if (found.length === 1) return [(found[0] as FailureNode).id];
  const column = (nameTokens[0] as Token).column;
  if (found.length > 1) {
    throw new UsageError(`--scenario "${text}", column ${column}: "${name}" is ambiguous (${found.map((node) => node.id).join(', ')})`, `name the kind, e.g. "${found[0]?.kind} ${name} down"`);
  }
  const derived = graph.nodes.find((node) => !node.failable && node.name === name && !node.id.includes('/'));
  if (derived) {
    throw new UsageError(
      `--scenario "${text}", column ${column}: "${name}" is one of the ${kindTitles[derived.kind]}, which do not fail on their own`,
      'fail what it depends on instead, e.g. its host, disks or gateway',
    );
  }
  const candidates = graph.nodes.filter((node) => node.failable && (!kinds || kinds.includes(node.kind))).map((node) => node.name);
  const suggestion = didYouMean(name, candidates);
  const known = [...new Set(candidates)].sort(compareText);
  throw new UsageError(
    `--scenario "${text}", column ${column}: unknown component "${name}" (expected the id of a host, network device, UPS, feed, PDU, disk, NIC, link, WAN uplink or workload)`,
    suggestion ? `did you mean "${suggestion}"?` : known.length > 0 ? `components: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ` and ${known.length - 12} more` : ''}` : 'this spec has no components',
  );
}

/** Components whose id or name is `name` (NICs and disks also as "host:id"), of `kinds` when given. */
function matches(graph: FailureGraph, name: string, kinds: readonly NodeKind[] | undefined): FailureNode[] {
  const byId = graph.index.get(name);
  if (byId !== undefined) {
    const node = graph.nodes[byId] as FailureNode;
    if (node.failable && (!kinds || kinds.includes(node.kind))) return [node];
  }
  const slashed = name.includes(':') && !name.includes('~') ? name.replace(':', '/') : name;
  return graph.nodes.filter((node) => node.failable && (!kinds || kinds.includes(node.kind)) && (node.name === name || node.name === slashed));
}
