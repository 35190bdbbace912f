/**
 * Step templates for ZFS pools and vdevs, Ceph, shares and RAID arrays. ZFS commands: zpool-create(8),
 * zpool-add(8), zpool-attach(8) (also RAIDZ expansion since OpenZFS 2.3), zpool-replace(8):
 * https://openzfs.github.io/openzfs-docs/man/master/8/. Ceph on Proxmox: pveceph(1),
 * https://pve.proxmox.com/pve-docs/chapter-pveceph.html.
 */
import { isNumericFact } from '../../analyze/fact.js';
import type { ZfsPool } from '../../model/types.js';
import { tcpGoodput } from '../../calc/network/ethernet-goodput.js';
import { transferTime } from '../../calc/network/transfer-time.js';
import { bitsPerSecond } from '../../model/quantities.js';
import type { Change } from '../plan-types.js';
import { HOUR, MINUTE, draft, listText, shell, ui, type TemplateContext, type TemplateTable } from './step-draft.js';

type Vdev = ZfsPool['vdevs'][number];

/** "mirror d1 d2" as zpool spells a vdev; a stripe is just its disks. */
function vdevWords(vdev: Vdev | undefined): string {
  if (vdev === undefined) return '<vdev>';
  const disks = vdev.disks.map((disk) => `/dev/disk/by-id/<${disk}>`).join(' ');
  return vdev.layout === 'stripe' ? disks : `${vdev.layout} ${disks}`;
}

function poolName(pool: ZfsPool | undefined, fallback: string): string {
  return pool?.name ?? pool?.id ?? fallback;
}

function resilverText(change: Change, context: TemplateContext): { readonly seconds: number; readonly text: string } {
  const fact = context.analysis?.byId.get(`storage/${change.subject}/resilver-time`);
  return isNumericFact(fact) ? { seconds: fact.value, text: `about ${Math.ceil(fact.value / HOUR)} h per disk (fact ${fact.id})` } : { seconds: 4 * HOUR, text: 'unknown: the pool\'s used space is not given (4 h assumed)' };
}

export const storageTemplates: TemplateTable = {
  'zfs-pool.add': (change) => {
    const pool = change.after as unknown as ZfsPool;
    const name = poolName(pool, change.subject);
    return [
      draft(change, {
        title: `Create ZFS pool ${name} on ${pool.host}`,
        preChecks: ['The disks are empty (wipefs -n) and identified by /dev/disk/by-id', 'zpool create -n … prints the intended layout'],
        action: {
          summary: `${listText(pool.vdevs.map((vdev) => `${vdev.layout} of ${vdev.disks.length}`))}, ashift ${pool.ashift ?? 12}.`,
          commands: [shell(`zpool create -o ashift=${pool.ashift ?? 12} -O compression=lz4 ${name} ${pool.vdevs.map(vdevWords).join(' ')}`, pool.host), shell(`pvesm add zfspool ${change.subject} --pool ${name} --content images,rootdir   # on a Proxmox host`, pool.host)],
        },
        validation: [`zpool status ${name}: every device ONLINE, no errors`, `zfs list ${name} shows the expected AVAIL`],
        rollback: [`zpool destroy ${name} (only while empty)`],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'zfs-pool.remove': (change) => {
    const pool = change.before as unknown as ZfsPool;
    return [
      draft(change, {
        title: `Retire ZFS pool ${poolName(pool, change.subject)}`,
        preChecks: ['Nothing uses the pool any more (zfs list -r shows no live datasets in use); a final backup exists'],
        action: { summary: 'Export it and keep the disks untouched for a week, then destroy it.', commands: [shell(`zpool export ${poolName(pool, change.subject)}`, pool.host)] },
        validation: ['Every service that used it works from its new storage'],
        rollback: [`zpool import ${poolName(pool, change.subject)}`],
        disrupts: [`pool:${change.subject}`],
        duration: 20 * MINUTE,
      }),
    ];
  },
  'zfs-pool.modify': (change) => {
    const targets = (change.after?.['replicatedTo'] as string[] | undefined) ?? [];
    if (change.fields.length > 0 && change.fields.every((field) => field.path.startsWith('replicatedTo'))) {
      return [
        draft(change, {
          title: `Make room on ${listText(targets)} for replicas of ${change.subject}`,
          preChecks: [`zfs list on ${listText(targets)}: free space for the replicated guests plus the fill limit`],
          action: { summary: 'Nothing to configure on the pool itself: the replication jobs send the guests; this step confirms the receiving pools have room and the same name.', commands: targets.map((target) => shell('zpool list; zfs list -o name,avail', target)) },
          validation: ['After the first replication runs: pvesr status OK and zfs list shows the replicated volumes on the target'],
          rollback: ['Nothing to undo here; delete the replication jobs to stop receiving'],
          duration: 10 * MINUTE,
        }),
      ];
    }
    return [
    draft(change, {
      title: `Change settings of ZFS pool ${change.subject}`,
      action: { summary: `Set ${listText(change.fields.map((field) => field.path))}.`, commands: [shell(`zfs set <property>=<value> ${change.subject}   # or the replication jobs for replicatedTo`)] },
      validation: ['zfs get / zpool get show the new values'],
      rollback: ['Set the previous values again'],
      duration: 10 * MINUTE,
    }),
    ];
  },
  'zfs-vdev.add': (change) => {
    const pool = change.after as unknown as ZfsPool;
    const vdev = pool.vdevs[Number(change.item)];
    const hasRaidz = pool.vdevs.some((candidate) => candidate.layout.startsWith('raidz'));
    return [
      draft(change, {
        title: `Add a ${vdev?.layout ?? ''} vdev to ${poolName(pool, change.subject)}`,
        preChecks: [`zpool add -n ${poolName(pool, change.subject)} ${vdevWords(vdev)} shows the intended layout (a wrong add cannot be undone on a pool with RAIDZ)`, 'The new vdev has the same redundancy as the existing ones'],
        action: { summary: 'New writes spread over all vdevs; existing data stays where it is.', commands: [shell(`zpool add ${poolName(pool, change.subject)} ${vdevWords(vdev)}`, pool.host)] },
        validation: [`zpool status ${poolName(pool, change.subject)} lists the new vdev ONLINE`, 'zfs list shows the larger AVAIL'],
        rollback: [hasRaidz ? 'Not reversible: zpool remove does not work on pools with RAIDZ top-level vdevs; restore from backup into a new pool' : `zpool remove ${poolName(pool, change.subject)} <vdev> (evacuates mirror/single vdevs)`],
        duration: 20 * MINUTE,
        blastRadius: [change.subject],
      }),
    ];
  },
  'zfs-vdev.remove': (change) => {
    const pool = change.before as unknown as ZfsPool;
    return [
      draft(change, {
        title: `Remove vdev ${change.item} from ${poolName(pool, change.subject)}`,
        preChecks: ['Only mirror and single-disk vdevs can be removed, and only from pools without RAIDZ vdevs'],
        action: { summary: 'Evacuate the vdev\'s data to the others.', commands: [shell(`zpool remove ${poolName(pool, change.subject)} <vdev name from zpool status>`, pool.host)] },
        validation: ['zpool status shows the removal completed'],
        rollback: ['zpool add the disks back as a new vdev'],
        duration: 2 * HOUR,
      }),
    ];
  },
  'zfs-disk.replace': (change, context) => {
    const before = (change.before as unknown as ZfsPool).vdevs[Number(change.item)];
    const after = (change.after as unknown as ZfsPool).vdevs[Number(change.item)];
    const pool = change.after as unknown as ZfsPool;
    const name = poolName(pool, change.subject);
    const resilver = resilverText(change, context);
    // A vdev may name a disk group ("hdd" for hdd-1…hdd-4): compare single disks.
    const host = [...context.current.hosts, ...context.target.hosts].find((candidate) => candidate.id === pool.host);
    const single = (ids: readonly string[]) => ids.flatMap((id) => {
      const members = host?.disks.filter((disk) => disk.id === id || disk.group === id).map((disk) => disk.id) ?? [];
      return members.length > 0 ? [...new Set(members)] : [id];
    });
    const beforeDisks = single(before?.disks ?? []);
    const afterDisks = single(after?.disks ?? []);
    const added = afterDisks.filter((disk) => !beforeDisks.includes(disk));
    const gone = beforeDisks.filter((disk) => !afterDisks.includes(disk));
    const attach = before?.layout === after?.layout && gone.length === 0 && after?.layout.startsWith('raidz');
    const mirror = before?.layout === 'stripe' && after?.layout === 'mirror';
    const commands = mirror
      ? added.map((disk) => shell(`zpool attach ${name} <${before?.disks[0] ?? 'existing disk'}> /dev/disk/by-id/<${disk}>`, pool.host))
      : attach
        ? added.map((disk) => shell(`zpool attach ${name} ${after?.layout}-${change.item} /dev/disk/by-id/<${disk}>   # RAIDZ expansion, OpenZFS ≥ 2.3`, pool.host))
        : gone.map((disk, index) => shell(`zpool replace ${name} <${disk}> /dev/disk/by-id/<${added[index] ?? 'new disk'}>   # wait for the resilver before the next`, pool.host));
    return [
      draft(change, {
        title: mirror ? `Mirror ${name} onto ${listText(added)}` : attach ? `Expand ${name}'s RAIDZ vdev with ${listText(added)}` : `Replace ${listText(gone)} in ${name} with ${listText(added)}`,
        preChecks: [`zpool status ${name}: healthy, last scrub without errors`, 'A current backup of the pool exists', ...(attach ? ['zpool get feature@raidz_expansion shows enabled (OpenZFS 2.3)'] : [])],
        action: {
          summary: mirror ? 'Attach the new disk: the single disk becomes a mirror and resilvers.' : attach ? 'Attach one disk at a time; each expansion rewrites the vdev and the old data keeps its old parity ratio until rewritten.' : `Replace one disk at a time; set autoexpand=on so the pool grows after the last one. Resilver ${resilver.text}.`,
          commands: [...(mirror || attach ? [] : [shell(`zpool set autoexpand=on ${name}`, pool.host)]), ...commands],
        },
        validation: [`zpool status ${name}: resilver/expansion completed with 0 errors`, 'zpool list shows the new SIZE'],
        rollback: [mirror ? `zpool detach ${name} <new disk>` : attach ? 'Not reversible: a RAIDZ vdev cannot shrink' : 'Keep the old disks until the resilver is done; to go back, replace the new disk with the old one'],
        duration: Math.max(HOUR, (mirror || attach ? 1 : Math.max(1, gone.length)) * resilver.seconds),
        blastRadius: [change.subject],
      }),
    ];
  },
  'zfs-pool.rebuild': (change, context) => {
    const before = change.before as unknown as ZfsPool;
    const after = change.after as unknown as ZfsPool;
    const name = poolName(after, change.subject);
    const host = context.current.hosts.find((candidate) => candidate.id === after.host);
    const speed = Math.max(1e9, ...(host?.nics.map((nic) => nic.speed) ?? []));
    const goodput = tcpGoodput(bitsPerSecond(speed));
    const copy = before.used !== undefined ? transferTime(before.used, goodput) : 8 * HOUR;
    return [
      draft(change, {
        title: `Rebuild ${name} as ${listText(after.vdevs.map((vdev) => `${vdev.layout} of ${vdev.disks.length}`))}`,
        preChecks: ['A full copy of the pool exists on other disks and a test restore from it worked', 'Everything that uses the pool is stopped for the copy back'],
        action: {
          summary: 'A vdev layout cannot be converted in place: copy everything off, destroy, recreate, copy back. The first copy runs while in service; an incremental send right before the destroy catches up.',
          commands: [
            shell(`zfs snapshot -r ${name}@relayout && zfs send -R ${name}@relayout | ssh <backup host> zfs recv -F <backup pool>/${name}`, after.host),
            shell(`zpool destroy ${name}`, after.host),
            shell(`zpool create -o ashift=${after.ashift ?? 12} -O compression=lz4 ${name} ${after.vdevs.map(vdevWords).join(' ')}`, after.host),
            shell(`ssh <backup host> zfs send -R <backup pool>/${name}@relayout | zfs recv -F ${name} && zpool scrub ${name}`, after.host),
          ],
        },
        validation: [`zpool status ${name}: the new layout, ONLINE, scrub without errors`, 'zfs list -r shows every dataset; a few files compare equal (sha256sum) with the copy'],
        rollback: ['Before the destroy: nothing changed. After: copy back from the backup pool into any layout'],
        downtime: copy,
        downtimeBasis: `the copy back of ${before.used !== undefined ? `${Math.round(before.used / 1e9)} GB` : 'the pool (size unknown, 8 h assumed)'} at the TCP goodput of ${speed / 1e9} Gbit/s (calc/network)`,
        disrupts: [`pool:${change.subject}`],
        blastRadius: [change.subject],
        duration: 2 * copy + HOUR,
      }),
    ];
  },
  'zfs-support-vdev.add': (change) => {
    const pool = change.after as unknown as ZfsPool;
    const kinds = [...new Set(change.patches.flatMap((patch) => (patch.op === 'add-item' || patch.op === 'set-item' ? [patch.path] : [])))];
    return [
      draft(change, {
        title: `Add ${listText(kinds)} to ${poolName(pool, change.subject)}`,
        preChecks: ['A special vdev holds metadata: it must be as redundant as the data vdevs (mirror), or losing it loses the pool'],
        action: {
          summary: 'Add the support devices.',
          commands: [
            ...(pool.special ?? []).map((vdev) => shell(`zpool add ${poolName(pool, change.subject)} special ${vdevWords(vdev)}`, pool.host)),
            ...(pool.log ?? []).map((vdev) => shell(`zpool add ${poolName(pool, change.subject)} log ${vdevWords(vdev)}`, pool.host)),
            ...(pool.cache ?? []).map((disk) => shell(`zpool add ${poolName(pool, change.subject)} cache /dev/disk/by-id/<${disk}>`, pool.host)),
          ],
        },
        validation: [`zpool status ${poolName(pool, change.subject)} lists them ONLINE`, 'zpool iostat -v shows traffic on them'],
        rollback: [`zpool remove ${poolName(pool, change.subject)} <device> (log and cache always; special only without RAIDZ data vdevs)`],
        duration: 20 * MINUTE,
      }),
    ];
  },
  'zfs-support-vdev.remove': (change) => [
    draft(change, {
      title: `Remove support devices from ${change.subject}`,
      action: { summary: 'Remove the log/cache devices.', commands: [shell(`zpool remove ${change.subject} <device>`)] },
      validation: ['zpool status no longer lists them'],
      rollback: ['zpool add them again'],
      duration: 10 * MINUTE,
    }),
  ],
  'share.add': (change) => nasDraft(change, `Create share ${change.subject}`, 'Create the dataset and the share.', ['Mount it from a client; write and read a test file']),
  'share.remove': (change) => nasDraft(change, `Remove share ${change.subject}`, 'Disable the share; keep the dataset a week.', ['No client mounts it (check the NAS sessions)'], [`share:${change.subject}`]),
  'share.modify': (change) => nasDraft(change, `Change share ${change.subject}`, `Change ${listText(change.fields.map((field) => field.path))}.`, ['Clients still mount it']),
};

function nasDraft(change: Change, title: string, summary: string, validation: readonly string[], disrupts: readonly string[] = []) {
  return [
    draft(change, {
      title,
      action: { summary, commands: [ui('TrueNAS: Datasets ▸ Add Dataset; Shares ▸ SMB/NFS ▸ Add  |  Synology: Control Panel ▸ Shared Folder')] },
      validation,
      rollback: ['Revert the share settings'],
      disrupts,
      duration: 20 * MINUTE,
    }),
  ];
}
