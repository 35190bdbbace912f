/**
 * Facts of one Ceph cluster and its pools: raw capacity, hosts, OSDs and monitors; each pool's usable
 * capacity at the full ratio, fill, min_size and suggested PG count; whether the cluster re-heals
 * after losing its largest host, and the raw utilisation that allows it.
 */
import { CEPH_DEFAULT_POOL_SIZE, CEPH_DEFAULT_RATIOS, CEPH_POOL_SOURCE, CEPH_RATIO_SOURCE } from '../../calc/ceph/ceph-defaults.js';
import { checkRehealAfterHostLoss, hostLossUtilisationCeiling } from '../../calc/ceph/ceph-host-loss.js';
import { defaultCephMinSize } from '../../calc/ceph/ceph-min-size.js';
import { cephOverhead, cephUsable, cephWidth, type CephRedundancy } from '../../calc/ceph/ceph-pool-capacity.js';
import { suggestedPgCount } from '../../calc/ceph/placement-groups.js';
import { bytes, ratio, type Bytes } from '../../model/quantities.js';
import { compareText } from '../../intake/diagnostic.js';
import type { Assumption, CephCluster, Model } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import { assumptionAt, factInput, subjectFacts } from '../subject-facts.js';
import { resolveDisks } from './resolve-disks.js';

type CephPool = CephCluster['pools'][number];
const EC_REFERENCE = 'https://docs.ceph.com/en/latest/rados/operations/erasure-code/';
const PG_REFERENCE = 'https://docs.ceph.com/en/latest/rados/operations/placement-groups/';

/** The pool's redundancy, or the question that is missing for it. */
function redundancyOf(pool: CephPool): CephRedundancy | string {
  if (pool.type === 'replicated') return { kind: 'replicated', size: pool.size ?? CEPH_DEFAULT_POOL_SIZE };
  if (pool.k === undefined || pool.m === undefined) return `${pool.id} is erasure-coded but its k and m are not given; its capacity cannot be computed (add "k" and "m" to Ceph pool ${pool.id}).`;
  return { kind: 'erasure', k: pool.k, m: pool.m };
}

/** Computes the facts of Ceph cluster `ceph` in `model`. */
export function cephFacts(ceph: CephCluster, model: Model): { readonly facts: Fact[]; readonly assumptions: Assumption[] } {
  const facts = subjectFacts('storage', ceph.id, ceph.source);
  const assumptions: Assumption[] = [];
  const osdDisks = ceph.osds.flatMap((osd) => resolveDisks(model.hosts.find((host) => host.id === osd.host), [osd.disk]).disks.map((disk) => ({ host: osd.host, disk })));
  const hostRawById = new Map<string, number>();
  for (const { host, disk } of osdDisks) hostRawById.set(host, (hostRawById.get(host) ?? 0) + disk.size);
  const hostIds = [...hostRawById.keys()].sort(compareText);
  const hostRaw = hostIds.map((id) => bytes(hostRawById.get(id) ?? 0));
  const rawBytes = bytes(osdDisks.reduce((sum, { disk }) => sum + disk.size, 0));
  const raw = facts.known('raw', rawBytes, {
    label: 'Raw capacity',
    unit: 'bytes',
    formula: 'Σ OSD disk sizes',
    inputs: hostIds.map((id) => ({ name: `${id} OSDs`, value: hostRawById.get(id) ?? 0, unit: 'bytes' as const })),
  });
  const out: Fact[] = [
    raw,
    facts.known('hosts', hostIds.length, { label: 'Hosts with OSDs', unit: 'count', formula: 'distinct hosts of the OSDs' }),
    facts.known('osds', osdDisks.length, { label: 'OSDs', unit: 'count', formula: 'OSD disks' }),
    facts.known('monitors', ceph.monitors.length, { label: 'Monitors', unit: 'count', formula: 'hosts running ceph-mon' }),
  ];

  const ratiosAssumed = ceph.fullRatio === undefined || ceph.backfillfullRatio === undefined || ceph.nearfullRatio === undefined;
  if (ratiosAssumed) {
    assumptions.push(assumptionAt('storage/ceph-ratios-default', `Ceph ratios not given were taken at the upstream defaults: full 0.95, backfillfull 0.90, nearfull 0.85 (${CEPH_RATIO_SOURCE}); Red Hat ODF ships 0.85/0.80/0.75.`, ceph.source));
  }
  const full = ceph.fullRatio ?? CEPH_DEFAULT_RATIOS.full;
  const backfillfull = ceph.backfillfullRatio ?? CEPH_DEFAULT_RATIOS.backfillfull;
  const fullInput: FactInput = { name: 'full ratio', value: full, unit: 'ratio', source: ceph.source, ...(ceph.fullRatio === undefined ? { assumed: true } : {}) };
  const backfillInput: FactInput = { name: 'backfillfull ratio', value: backfillfull, unit: 'ratio', source: ceph.source, ...(ceph.backfillfullRatio === undefined ? { assumed: true } : {}) };

  const ceiling = hostLossUtilisationCeiling(hostRaw, backfillfull);
  out.push(
    facts.known('max-raw-utilisation-for-host-loss', ceiling, {
      label: 'Max raw use to survive a host loss',
      unit: 'ratio',
      formula: 'backfillfull × (raw − largest host) / raw  (= r·(N−1)/N for equal hosts)',
      inputs: [backfillInput, factInput('raw', raw), { name: 'largest host', value: hostRaw.length > 0 ? Math.max(...hostRaw) : 0, unit: 'bytes' }],
      reference: CEPH_RATIO_SOURCE,
    }),
  );

  let storedRaw = 0;
  const missingUsed: string[] = [];
  let widest = 0;
  for (const pool of ceph.pools) {
    const poolFacts = subjectFacts('storage', pool.id, ceph.source);
    const redundancy = redundancyOf(pool);
    if (pool.type === 'replicated' && pool.size === undefined) {
      assumptions.push(assumptionAt('storage/ceph-pool-size-3', `Replicated Ceph pools without size were taken at osd_pool_default_size 3 (${CEPH_POOL_SOURCE}).`, ceph.source));
    }
    if (typeof redundancy === 'string') {
      for (const [name, label, unit] of [['usable', 'Usable capacity', 'bytes'], ['fill', 'Fill', 'ratio'], ['min-size', 'min_size', 'count']] as const) {
        out.push(poolFacts.unknown(name, redundancy, { label, unit, formula: 'raw × full ratio × k / (k + m)' }));
      }
      missingUsed.push(pool.id);
      continue;
    }
    const width = cephWidth(redundancy);
    widest = Math.max(widest, width);
    const schemeInput: FactInput =
      redundancy.kind === 'replicated'
        ? { name: 'size', value: redundancy.size, unit: 'count', source: ceph.source, ...(pool.size === undefined ? { assumed: true } : {}) }
        : { name: 'k+m', value: `${redundancy.k}+${redundancy.m}`, unit: 'text', source: ceph.source };
    const usable = poolFacts.known('usable', cephUsable(rawBytes, full, redundancy), {
      label: 'Usable capacity',
      unit: 'bytes',
      formula: redundancy.kind === 'replicated' ? 'raw × full ratio / size' : 'raw × full ratio × k / (k + m)',
      inputs: [factInput('raw', raw), fullInput, schemeInput],
      reference: EC_REFERENCE,
    });
    out.push(usable);
    const minSize = pool.minSize ?? defaultCephMinSize(redundancy);
    out.push(
      poolFacts.known('min-size', minSize, {
        label: 'min_size',
        unit: 'count',
        formula: pool.minSize !== undefined ? 'storage.ceph[].pools[].minSize' : redundancy.kind === 'replicated' ? 'size − ⌊size / 2⌋ (Ceph default)' : 'k + min(1, m − 1) (Ceph default)',
        inputs: [schemeInput],
        reference: CEPH_POOL_SOURCE,
      }),
    );
    if (osdDisks.length > 0) {
      const pgs = suggestedPgCount(osdDisks.length, width);
      out.push(
        poolFacts.known('pgs-suggested', pgs.pgs, {
          label: 'Suggested pg_num',
          unit: 'count',
          formula: '(OSDs × 100) / width, rounded up to a power of two',
          inputs: [{ name: 'OSDs', value: osdDisks.length, unit: 'count', factId: facts.id('osds') }, { name: 'width', value: width, unit: 'count' }],
          reference: PG_REFERENCE,
        }),
      );
    }
    if (pool.used === undefined) {
      const question = `${pool.id} used space is not given; its fill level cannot be computed (add "used" to Ceph pool ${pool.id}).`;
      out.push(poolFacts.unknown('used', question, { label: 'Stored', unit: 'bytes', formula: 'storage.ceph[].pools[].used' }));
      out.push(poolFacts.unknown('fill', question, { label: 'Fill', unit: 'ratio', formula: 'stored / usable', inputs: [factInput('usable', usable)] }));
      missingUsed.push(pool.id);
      continue;
    }
    storedRaw += pool.used * cephOverhead(redundancy);
    const used = poolFacts.known('used', pool.used, { label: 'Stored', unit: 'bytes', formula: 'storage.ceph[].pools[].used (before replication)', inputs: [{ name: 'used', value: pool.used, unit: 'bytes', source: ceph.source }] });
    const fillFields = { label: 'Fill', unit: 'ratio' as const, formula: 'stored / usable', inputs: [factInput('stored', used), factInput('usable', usable)] };
    out.push(
      used,
      (usable.value as number) > 0
        ? poolFacts.known('fill', pool.used / (usable.value as number), fillFields)
        : poolFacts.unknown('fill', `${ceph.id} has no OSD capacity; the fill of ${pool.id} cannot be computed (list its OSDs under storage.ceph[].osds).`, fillFields),
    );
  }
  if (widest === 0) widest = CEPH_DEFAULT_POOL_SIZE;
  out.push(...rehealFacts(facts, hostRaw, storedRaw, widest, backfillfull, missingUsed, raw, backfillInput, ceph.id));
  return { facts: out, assumptions };
}

/** can-reheal-after-host-loss and raw-utilisation. */
function rehealFacts(
  facts: ReturnType<typeof subjectFacts>,
  hostRaw: readonly Bytes[],
  storedRaw: number,
  widest: number,
  backfillfull: number,
  missingUsed: readonly string[],
  raw: Fact,
  backfillInput: FactInput,
  cluster: string,
): Fact[] {
  const check = checkRehealAfterHostLoss(hostRaw, bytes(storedRaw), widest, ratio(backfillfull));
  const fields = {
    label: 'Re-heals after losing the largest host',
    unit: 'boolean' as const,
    formula: 'hosts − 1 ≥ widest pool (size or k+m) and stored raw ≤ backfillfull × raw of the remaining hosts',
    reference: CEPH_RATIO_SOURCE,
  };
  const structural: FactInput[] = [
    { name: 'hosts after loss', value: check.hostsAfterLoss, unit: 'count' },
    { name: 'widest pool', value: widest, unit: 'count' },
    { name: 'raw after loss', value: check.rawAfterLoss, unit: 'bytes' },
    backfillInput,
  ];
  if (missingUsed.length > 0) {
    const utilisation = facts.unknown('raw-utilisation', `${missingUsed.join(', ')} used space is not given; ${cluster}'s raw utilisation cannot be computed.`, { label: 'Raw utilisation', unit: 'ratio', formula: 'Σ stored × overhead / raw' });
    if (!check.hasSpareHost) return [facts.known('can-reheal-after-host-loss', false, { ...fields, inputs: structural }), utilisation];
    return [facts.unknown('can-reheal-after-host-loss', `${missingUsed.join(', ')} used space is not given; whether ${cluster} can re-heal after losing a host cannot be settled.`, { ...fields, inputs: structural }), utilisation];
  }
  const rawValue = raw.value as number;
  return [
    facts.known('can-reheal-after-host-loss', check.canReheal, { ...fields, inputs: [...structural, { name: 'stored raw', value: storedRaw, unit: 'bytes' }] }),
    facts.known('raw-utilisation', rawValue > 0 ? storedRaw / rawValue : 0, { label: 'Raw utilisation', unit: 'ratio', formula: 'Σ stored × overhead / raw', inputs: [{ name: 'stored raw', value: storedRaw, unit: 'bytes' }, factInput('raw', raw)] }),
  ];
}
