import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchKeywords, taskWords } from '../../src/design/keyword-match.js';

describe('taskWords', () => {
  it('lower-cases, splits punctuation and drops a plural s', () => {
    expect(taskWords('Design a two-node Proxmox cluster with VLANs, 3-2-1 backups')).toEqual(['design', 'a', 'two', 'node', 'proxmox', 'cluster', 'with', 'vlan', '3', '2', '1', 'backup']);
  });
  it('keeps short words and double-s endings', () => {
    expect(taskWords('UPS and ZFS access')).toEqual(['ups', 'and', 'zfs', 'access']);
  });
});

describe('matchKeywords', () => {
  const keywords = [
    { term: 'proxmox', synonyms: ['pve'], weight: 3 },
    { term: 'shared storage', weight: 2 },
    { term: 'node', weight: 1 },
  ];
  it('scores each keyword once and explains which words matched', () => {
    const match = matchKeywords(keywords, 'PVE cluster of nodes with shared storage; more nodes later');
    expect(match.score).toBe(6);
    expect(match.reasons).toEqual(['"pve" → proxmox (+3)', '"shared storage" (+2)', '"node" (+1)']);
  });
  it('needs the words of a phrase next to each other', () => {
    expect(matchKeywords(keywords, 'storage that is shared').score).toBe(0);
  });
  it('a weight-3 keyword alone reaches the threshold, a weight-1 keyword does not', () => {
    expect(matchKeywords(keywords, 'proxmox').score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(matchKeywords(keywords, 'node').score).toBeLessThan(MATCH_THRESHOLD);
  });
});
