/**
 * What a task's words say besides which blueprint serves it: the node count ("two-node"), the scopes
 * that must stay up ("zero downtime for IoT VLAN"), the platform to move to ("to OPNsense"), and
 * backup wishes ("3-2-1-1-0", "offsite"). Scopes are resolved against the model's VLANs and
 * workloads; words that name nothing are kept so the report can ask about them.
 */
import type { Model } from '../model/types.js';
import { taskWords } from './keyword-match.js';

export const gatewayPlatforms = ['opnsense', 'pfsense', 'openwrt', 'mikrotik', 'unifi'] as const;
export type GatewayPlatform = (typeof gatewayPlatforms)[number];

/** A scope the task protects, and the words that named it. */
export interface ProtectedScope {
  readonly id: string;
  readonly kind: 'vlan' | 'workload';
  readonly said: string;
}

export interface TaskIntent {
  /** Cluster size the task asks for ("two-node" → 2). */
  readonly nodes?: number;
  /** VLANs and workloads that must stay up during the change. */
  readonly protect: readonly ProtectedScope[];
  /** Words after "zero downtime for" that name no VLAN or workload. */
  readonly unresolved: readonly string[];
  /** Platform to move to ("to OPNsense"). */
  readonly toPlatform?: GatewayPlatform;
  /** Platform to move from ("from UniFi"). */
  readonly fromPlatform?: GatewayPlatform;
  /** The task asks for an immutable or offline copy (3-2-1-1-0, "immutable", "air gap"). */
  readonly immutable: boolean;
  /** The task asks for an offsite copy. */
  readonly offsite: boolean;
}

const numberWords: Readonly<Record<string, number>> = { one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const fillerWords = new Set(['the', 'a', 'an', 'my', 'our', 'vlan', 'network', 'lan', 'segment', 'subnet', 'workload', 'service', 'vm', 'for', 'of', 'on']);

/** Reads the intent of `task` against `model`. */
export function readTaskIntent(task: string, model: Model): TaskIntent {
  const words = taskWords(task);
  const lower = task.toLowerCase();
  let nodes: number | undefined;
  for (let index = 0; index + 1 < words.length; index++) {
    if (words[index + 1] !== 'node') continue;
    const word = words[index] ?? '';
    const count = numberWords[word] ?? (/^\d+$/u.test(word) ? Number(word) : undefined);
    if (count !== undefined && count > 0) {
      nodes = count;
      break;
    }
  }
  const platformAfter = (preposition: string): GatewayPlatform | undefined => {
    for (let index = 0; index + 1 < words.length; index++) {
      const next = words[index + 1] as GatewayPlatform;
      if (words[index] === preposition && (gatewayPlatforms as readonly string[]).includes(next)) return next;
    }
    return undefined;
  };
  const { protect, unresolved } = protectedScopes(lower, model);
  const toPlatform = platformAfter('to');
  const fromPlatform = platformAfter('from');
  return {
    ...(nodes !== undefined ? { nodes } : {}),
    protect,
    unresolved,
    ...(toPlatform !== undefined ? { toPlatform } : {}),
    ...(fromPlatform !== undefined ? { fromPlatform } : {}),
    immutable: /3-2-1-1-0|immutab|air[\s-]?gap|offline cop/u.test(lower),
    offsite: /off-?site|3-2-1/u.test(lower),
  };
}

/** The VLANs and workloads named after "zero downtime for" / "without downtime for" / "keep … up". */
function protectedScopes(lower: string, model: Model): { protect: ProtectedScope[]; unresolved: string[] } {
  const phrases: string[] = [];
  const patterns = [/(?:zero|no|without(?: any)?)[\s-]+downtime\s+(?:for|of|on|to)\s+(.+?)(?=[.;:!?]|\s+and\s+(?:a|an|with)\b|\s+with\b|$)/gu, /keep(?:ing)?\s+(.+?)\s+(?:up|online|running)\b/gu];
  for (const pattern of patterns) for (const match of lower.matchAll(pattern)) if (match[1] !== undefined) phrases.push(match[1]);
  const protect: ProtectedScope[] = [];
  const unresolved: string[] = [];
  for (const phrase of phrases) {
    for (const part of phrase.split(/,|\band\b|\+|&/u).map((text) => text.trim()).filter((text) => text !== '')) {
      const found = resolveScope(part, model);
      if (found === undefined) unresolved.push(part);
      else if (!protect.some((scope) => scope.id === found.id)) protect.push(found);
    }
  }
  return { protect, unresolved };
}

/** The VLAN or workload a phrase such as "the IoT VLAN" or "home assistant" names. */
function resolveScope(part: string, model: Model): ProtectedScope | undefined {
  const words = taskWords(part).filter((word) => !fillerWords.has(word));
  if (words.length === 0) return undefined;
  const joined = words.join(' ');
  const same = (text: string | undefined) => text !== undefined && taskWords(text).join(' ') === joined;
  // A display name matches when the words appear in it in order ("home assistant" in "Home Assistant OS").
  const within = (text: string | undefined) => text !== undefined && ` ${taskWords(text).join(' ')} `.includes(` ${joined} `);
  const saysVlan = /\bvlan|network|segment|subnet\b/u.test(part);
  const vlanBy = (test: (vlan: Model['network']['vlans'][number]) => boolean) => model.network.vlans.find(test);
  const workloadBy = (test: (workload: Model['workloads'][number]) => boolean) => model.workloads.find(test);
  const vlan = vlanBy((candidate) => same(candidate.id)) ?? vlanBy((candidate) => within(candidate.name)) ?? vlanBy((candidate) => same(candidate.zone));
  const workload = workloadBy((candidate) => same(candidate.id)) ?? workloadBy((candidate) => within(candidate.name));
  if (vlan && (saysVlan || !workload)) return { id: vlan.id, kind: 'vlan', said: part };
  if (workload) return { id: workload.id, kind: 'workload', said: part };
  return undefined;
}
