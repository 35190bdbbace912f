/**
 * The built-in rules, one line each, sorted by id. Adding a rule is one file under
 * builtin/<layer>/<rule-name>.ts, one line here and its test cases.
 */
import type { AnyRule } from './rule.js';
import { corosyncWithoutRedundantLink } from './builtin/cluster/corosync-without-redundant-link.js';
import { haGuestWithoutSharedStorage } from './builtin/cluster/ha-guest-without-shared-storage.js';
import { haWithFewerThanThreeVotes } from './builtin/cluster/ha-with-fewer-than-three-votes.js';
import { twoNodeWithoutQdevice } from './builtin/cluster/two-node-without-qdevice.js';
import { raidz1LargeDisks } from './builtin/storage/raidz1-large-disks.js';
import { singleParityRaidLargeDisks } from './builtin/storage/single-parity-raid-large-disks.js';
import { smrDiskInZfs } from './builtin/storage/smr-disk-in-zfs.js';

export const builtInRules: readonly AnyRule[] = [
  corosyncWithoutRedundantLink,
  haGuestWithoutSharedStorage,
  haWithFewerThanThreeVotes,
  twoNodeWithoutQdevice,
  raidz1LargeDisks,
  singleParityRaidLargeDisks,
  smrDiskInZfs,
];
