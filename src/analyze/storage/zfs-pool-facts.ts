/**
 * Facts of one ZFS pool: raw and usable capacity (as `zfs list` shows it), slop, fault tolerance,
 * planning capacity, fill, days to the fill limit, resilver time, SMR disks and the allocation
 * efficiency of its records on RAIDZ.
 */
import { raidzAllocation } from '../../calc/zfs/raidz-allocation.js';
import { ASSUMED_RESILVER_RATE, resilverSeconds } from '../../calc/zfs/resilver-estimate.js';
import { formatOpenZfsVersion, isAtLeast, parseOpenZfsVersion, slopRuleFor, type OpenZfsVersion } from '../../calc/zfs/openzfs-version.js';
import { minimumVdevDisks, raidzParity, type ZfsVdevLayout } from '../../calc/zfs/vdev-layout.js';
import { zfsPoolCapacity } from '../../calc/zfs/zfs-usable-capacity.js';
import { bytes, KiB, type Bytes } from '../../model/quantities.js';
import type { Assumption, Disk, Model, ZfsPool } from '../../model/types.js';
import type { Fact } from '../fact.js';
import { assumptionAt, factInput, subjectFacts } from '../subject-facts.js';
import { usageFacts } from './capacity-facts.js';
import { resolveDisks } from './resolve-disks.js';

const RAIDZ_REFERENCE = 'https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html';
const SLOP_REFERENCE = 'https://github.com/openzfs/zfs/blob/master/module/zfs/spa_misc.c';
/** The ashift Kestra assumes when a pool does not say: 4 KiB sectors, the Proxmox VE installer's default. */
export const DEFAULT_ASHIFT = 12;
/** Default volblocksize: 16 KiB since OpenZFS 2.2, 8 KiB before (openzfs/zfs PR #12406). */
const VOLBLOCKSIZE_REFERENCE = 'https://github.com/openzfs/zfs/pull/12406';

/** The volblocksize a new zvol gets on `version` (the current 16 KiB when the version is unknown). */
export function defaultVolblocksize(version: OpenZfsVersion | undefined): Bytes {
  return bytes((version !== undefined && !isAtLeast(version, 2, 2) ? 8 : 16) * KiB);
}

/** OpenZFS's default recordsize. https://openzfs.github.io/openzfs-docs/Performance%20and%20Tuning/Workload%20Tuning.html */
export const DEFAULT_RECORDSIZE = bytes(128 * KiB);

interface TopLevelVdev {
  readonly layout: ZfsVdevLayout;
  readonly disks: readonly Disk[];
}

/** Computes the facts of `pool` in `model`. */
export function zfsPoolFacts(pool: ZfsPool, model: Model): { readonly facts: Fact[]; readonly assumptions: Assumption[] } {
  const facts = subjectFacts('storage', pool.id, pool.source);
  const host = model.hosts.find((candidate) => candidate.id === pool.host);
  const assumptions: Assumption[] = [];
  const topLevel: TopLevelVdev[] = pool.vdevs.flatMap((vdev): TopLevelVdev[] => {
    const { disks } = resolveDisks(host, vdev.disks);
    return vdev.layout === 'stripe' ? disks.map((disk) => ({ layout: vdev.layout, disks: [disk] })) : [{ layout: vdev.layout, disks }];
  });
  const dataDisks = topLevel.flatMap((vdev) => vdev.disks);
  const raw = facts.known('raw', dataDisks.reduce((sum, disk) => sum + disk.size, 0), {
    label: 'Raw capacity',
    unit: 'bytes',
    formula: 'Σ data-vdev disk sizes',
    inputs: dataDisks.map((disk) => ({ name: `${pool.host}:${disk.id}`, value: disk.size, unit: 'bytes' as const, source: disk.source })),
  });
  const out: Fact[] = [raw, facts.known('smr-disks', dataDisks.filter((disk) => disk.smr === true).length, { label: 'SMR disks', unit: 'count', formula: 'data disks marked smr: true' })];

  const narrow = topLevel.findIndex((vdev) => vdev.disks.length < minimumVdevDisks(vdev.layout));
  if (narrow >= 0) {
    const vdev = topLevel[narrow];
    const question = `${pool.id} vdev ${narrow + 1} is a ${vdev?.layout} of ${vdev?.disks.length ?? 0} disk(s); it needs at least ${minimumVdevDisks(vdev?.layout ?? 'stripe')}, so the pool's capacity cannot be computed.`;
    for (const [name, label, unit] of [['usable', 'Usable capacity', 'bytes'], ['fault-tolerance', 'Fault tolerance', 'count']] as const) {
      out.push(facts.unknown(name, question, { label, unit, formula: 'Σ vdev dspace − slop' }));
    }
    return { facts: out, assumptions };
  }

  const ashift = pool.ashift ?? DEFAULT_ASHIFT;
  if (pool.ashift === undefined) {
    assumptions.push(assumptionAt('storage/zfs-ashift-12', 'ZFS pools without ashift were taken as ashift 12 (4 KiB sectors, the Proxmox VE installer default); it sets RAIDZ padding and the deflate ratio.', pool.source));
  }
  const version = host?.zfsVersion === undefined ? undefined : parseOpenZfsVersion(host.zfsVersion);
  if (version === undefined) {
    assumptions.push(assumptionAt('storage/openzfs-slop-2.1', `OpenZFS version not given (hosts[].zfsVersion): slop space uses the OpenZFS ≥ 2.1 rule, 1/32 of the pool bounded to 128 MiB…128 GiB (${SLOP_REFERENCE}).`, pool.source));
  }
  const slopRule = version === undefined ? 'openzfs-2.1+' : slopRuleFor(version);
  const capacity = zfsPoolCapacity(
    topLevel.map((vdev) => ({ layout: vdev.layout, diskSizes: vdev.disks.map((disk) => disk.size) })),
    ashift,
    slopRule,
  );
  assumptions.push(assumptionAt('storage/zfs-usable-model', 'ZFS usable capacity is Σ vdev deflated space − slop, what `zfs list` reports; vdev labels, partitioning and metaslab rounding are not modelled, so a real pool shows about 1–2 % less.', pool.source));

  const ashiftInput = { name: 'ashift', value: ashift, unit: 'count' as const, source: pool.source, ...(pool.ashift === undefined ? { assumed: true } : {}) };
  const versionInput = { name: 'OpenZFS version', value: version === undefined ? '≥ 2.1 (assumed)' : formatOpenZfsVersion(version), unit: 'text' as const, ...(version === undefined ? { assumed: true } : {}) };
  const slop = facts.known('slop', capacity.slop, {
    label: 'Slop space',
    unit: 'bytes',
    formula: slopRule === 'openzfs-2.1+' ? 'max(min(dspace / 32, 128 GiB), min(dspace / 2, 128 MiB))' : 'max(dspace / 32, min(dspace / 2, 128 MiB))',
    inputs: [{ name: 'dspace', value: capacity.dspace, unit: 'bytes' }, versionInput],
    reference: SLOP_REFERENCE,
  });
  const usable = facts.known('usable', capacity.usable, {
    label: 'Usable capacity',
    unit: 'bytes',
    formula: 'Σ vdev (raw >> 9) × deflate ratio − slop',
    inputs: [
      factInput('raw', raw),
      ashiftInput,
      ...capacity.vdevs.map((vdev, index) => ({ name: `vdev ${index + 1} (${vdev.layout} × ${vdev.disks}) deflate ratio / 512`, value: vdev.deflateRatio, unit: 'count' as const })),
      factInput('slop', slop),
    ],
    reference: RAIDZ_REFERENCE,
  });
  out.push(
    slop,
    usable,
    facts.known('fault-tolerance', capacity.faultTolerance, {
      label: 'Fault tolerance',
      unit: 'count',
      formula: 'disks the weakest data vdev can lose (mirror n−1, raidzP P, stripe 0)',
      inputs: capacity.vdevs.map((vdev, index) => ({ name: `vdev ${index + 1}`, value: `${vdev.layout} × ${vdev.disks}`, unit: 'text' as const })),
    }),
  );

  const usage = usageFacts(facts, { kind: 'ZFS pool', subject: pool.id, specPath: 'storage.zfs[]', usable, used: pool.used, growthPerMonth: pool.growthPerMonth, fillLimit: pool.fillLimit, source: pool.source });
  out.push(...usage.facts);
  assumptions.push(...usage.assumptions);
  out.push(resilverFact(pool, topLevel, capacity.vdevs, capacity.dspace, facts));
  if (pool.used !== undefined) {
    assumptions.push(assumptionAt('storage/resilver-rates', `Resilver times assume sustained disk rates of ${ASSUMED_RESILVER_RATE.hdd / 1e6} MB/s (HDD), ${ASSUMED_RESILVER_RATE.ssd / 1e6} MB/s (SATA SSD) and ${ASSUMED_RESILVER_RATE.nvme / 1e6} MB/s (NVMe); they are estimates (OpenZFS publishes no formula) and SMR disks are far slower.`, pool.source));
  }

  const raidz = capacity.vdevs.filter((vdev) => raidzParity(vdev.layout) > 0);
  if (raidz.length > 0) {
    const recordsize = pool.recordsize ?? DEFAULT_RECORDSIZE;
    if (pool.recordsize === undefined) assumptions.push(assumptionAt('storage/zfs-recordsize-128k', 'ZFS pools without recordsize were taken at the OpenZFS default of 128 KiB.', pool.source));
    const worst = (block: Bytes) => Math.min(...raidz.map((vdev) => raidzAllocation(block, ashift, vdev.disks, raidzParity(vdev.layout)).efficiency));
    const efficiency = (name: string, setting: 'recordsize' | 'volblocksize', block: Bytes, assumed: boolean) =>
      facts.known(name, worst(block), {
        label: `RAIDZ efficiency at ${setting}`,
        unit: 'ratio',
        formula: `${setting} / allocated (data + parity + padding sectors)`,
        inputs: [{ name: setting, value: block, unit: 'bytes', source: pool.source, ...(assumed ? { assumed: true } : {}) }, ashiftInput],
        reference: RAIDZ_REFERENCE,
      });
    out.push(efficiency('record-efficiency', 'recordsize', recordsize, pool.recordsize === undefined));
    const hasZvols = pool.volblocksize !== undefined || model.workloads.some((workload) => workload.kind === 'vm' && workload.storage === pool.id);
    if (hasZvols) {
      if (pool.volblocksize === undefined) {
        assumptions.push(assumptionAt('storage/zfs-volblocksize-default', `VM disks on RAIDZ pools without volblocksize were taken at the OpenZFS default: 16 KiB since 2.2, 8 KiB before (${VOLBLOCKSIZE_REFERENCE}).`, pool.source));
      }
      out.push(efficiency('zvol-efficiency', 'volblocksize', pool.volblocksize ?? defaultVolblocksize(version), pool.volblocksize === undefined));
    }
  }
  return { facts: out, assumptions };
}

/** The slowest vdev's resilver of one disk, with the pool's used space spread over vdevs by their dspace. */
function resilverFact(
  pool: ZfsPool,
  topLevel: readonly TopLevelVdev[],
  vdevs: readonly { readonly layout: ZfsVdevLayout; readonly disks: number; readonly dspace: Bytes; readonly deflateRatio: number }[],
  dspace: Bytes,
  facts: ReturnType<typeof subjectFacts>,
): Fact {
  const fields = { label: 'Resilver time (estimate)', unit: 'seconds' as const, formula: 'bytes on one disk / sustained disk rate (slowest vdev)', reference: 'https://openzfs.github.io/openzfs-docs/man/master/8/zpool-resilver.8.html' };
  if (pool.used === undefined) return facts.unknown('resilver-time', `${pool.id} used space is not given; its resilver time cannot be estimated (add "used" to ZFS pool ${pool.id}).`, fields);
  const used = pool.used;
  const times = vdevs.map((vdev, index) => {
    const disks = topLevel[index]?.disks ?? [];
    const rate = Math.min(...disks.map((disk) => ASSUMED_RESILVER_RATE[disk.kind]));
    return { rate, seconds: resilverSeconds({ layout: vdev.layout, disks: vdev.disks, usedOnVdev: bytes((used * vdev.dspace) / dspace), deflateRatio: vdev.deflateRatio, diskRate: rate }) };
  });
  const slowest = times.reduce((worst, time) => (time.seconds > worst.seconds ? time : worst));
  return facts.known('resilver-time', slowest.seconds, {
    ...fields,
    inputs: [
      { name: 'used', value: used, unit: 'bytes', source: pool.source },
      { name: 'disk rate', value: slowest.rate, unit: 'bytes-per-second', assumed: true },
    ],
  });
}
