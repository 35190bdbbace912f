/**
 * The storage analyzer: capacity, fill and redundancy of every ZFS pool, RAID array and Ceph
 * cluster and pool (fact ids in FACTS.md, layer "storage").
 */
import { defineAnalyzer } from '../analyzer.js';
import type { Fact } from '../fact.js';
import type { Assumption } from '../../model/types.js';
import { cephFacts } from './ceph-facts.js';
import { raidArrayFacts } from './raid-array-facts.js';
import { zfsPoolFacts } from './zfs-pool-facts.js';

export const storageAnalyzer = defineAnalyzer({
  id: 'storage',
  layer: 'storage',
  title: 'Storage capacity and redundancy',
  analyze({ model }) {
    const facts: Fact[] = [];
    const assumptions: Assumption[] = [];
    const collect = (output: { readonly facts: readonly Fact[]; readonly assumptions: readonly Assumption[] }) => {
      facts.push(...output.facts);
      assumptions.push(...output.assumptions);
    };
    for (const pool of model.storage.zfs) collect(zfsPoolFacts(pool, model));
    for (const array of model.storage.raid) collect(raidArrayFacts(array, model));
    for (const ceph of model.storage.ceph) collect(cephFacts(ceph, model));
    return { facts, assumptions };
  },
});
