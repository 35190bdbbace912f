import { describe, expect, it } from 'vitest';
import { clusterQuorum, qdeviceVotes, quorumVotes } from '../../../src/calc/cluster/votequorum.js';

describe('votequorum (domain reference §3)', () => {
  it('Q1–Q4: quorum is a strict majority of one-vote nodes', () => {
    expect(clusterQuorum(4, false)).toMatchObject({ expected: 4, quorum: 3 }); // Q1
    expect(clusterQuorum(3, false)).toMatchObject({ expected: 3, quorum: 2 }); // Q2
    expect(clusterQuorum(8, false)).toMatchObject({ quorum: 5, nodeFailuresTolerated: 3 }); // Q3
    expect(clusterQuorum(2, false)).toMatchObject({ quorum: 2, nodeFailuresTolerated: 0 }); // Q4
  });
  it('Q6: two nodes and a QDevice: expected 3, quorum 2, one node may fail', () => {
    expect(clusterQuorum(2, true)).toEqual({ expected: 3, quorum: 2, nodeFailuresTolerated: 1, nodeFailuresToleratedWithoutQdevice: 0 });
  });
  it('Q7/Q8: fifteen nodes tolerate 7 failures; with a QDevice (14 votes) all but one, and none once it fails', () => {
    expect(clusterQuorum(15, false).nodeFailuresTolerated).toBe(7); // Q7
    expect(qdeviceVotes(15)).toBe(14);
    expect(clusterQuorum(15, true)).toEqual({ expected: 29, quorum: 15, nodeFailuresTolerated: 14, nodeFailuresToleratedWithoutQdevice: 0 }); // Q8
  });
  it('re-derives floor(expected / 2) + 1', () => {
    for (const expected of [1, 2, 3, 4, 5, 29]) expect(quorumVotes(expected)).toBe(Math.floor(expected / 2) + 1);
  });
});
