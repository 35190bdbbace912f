/**
 * Matches a task in words against a blueprint's keywords. Words are compared case-insensitively,
 * punctuation splits words ("two-node" is "two node", "3-2-1" is "3 2 1") and a trailing plural "s"
 * is ignored, so "VLANs", "backups" and "nodes" match "vlan", "backup" and "node". A phrase matches
 * when its words appear next to each other. Each keyword counts once, with its weight.
 */
import type { KeywordSpec, TaskMatch } from './blueprint.js';

/** A task whose score reaches this is served by the blueprint; a weight-3 keyword alone reaches it. */
export const MATCH_THRESHOLD = 3;

/** Lower-case words of `text`, with a plural "s" removed from words longer than three letters. */
export function taskWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9+]+/u)
    .filter((word) => word !== '')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/** Position of the first occurrence of `phrase` (already split into words) in `words`, or -1. */
function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  outer: for (let start = 0; start + phrase.length <= words.length; start++) {
    for (let offset = 0; offset < phrase.length; offset++) if (words[start + offset] !== phrase[offset]) continue outer;
    return start;
  }
  return -1;
}

/** Scores `task` against `keywords`; the reasons list each matched keyword and the words that matched it. */
export function matchKeywords(keywords: readonly KeywordSpec[], task: string): TaskMatch {
  const words = taskWords(task);
  let score = 0;
  const reasons: string[] = [];
  for (const keyword of keywords) {
    for (const spelling of [keyword.term, ...(keyword.synonyms ?? [])]) {
      const phrase = taskWords(spelling);
      const at = findPhrase(words, phrase);
      if (at < 0) continue;
      score += keyword.weight;
      const said = words.slice(at, at + phrase.length).join(' ');
      reasons.push(said === keyword.term ? `"${said}" (+${keyword.weight})` : `"${said}" → ${keyword.term} (+${keyword.weight})`);
      break;
    }
  }
  return { score, reasons };
}
