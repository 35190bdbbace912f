/**
 * Step templates for Ceph on Proxmox VE: the cluster, OSDs, monitors and pools, with pveceph(1)
 * and ceph(8) commands (https://pve.proxmox.com/pve-docs/chapter-pveceph.html).
 */
import type { CephCluster } from '../../model/types.js';
import { HOUR, MINUTE, draft, listText, shell, type TemplateTable } from './step-draft.js';

export const cephTemplates: TemplateTable = {
  'ceph.add': (change) => {
    const ceph = change.after as unknown as CephCluster;
    const hosts = [...new Set([...ceph.monitors, ...ceph.osds.map((osd) => osd.host)])];
    return [
      draft(change, {
        title: `Build Ceph cluster ${change.subject} on ${listText(hosts)}`,
        preChecks: ['Three or more nodes with a dedicated 10GbE (or faster) Ceph network, latency < 1 ms', 'OSD disks empty; enterprise SSDs with power-loss protection preferred'],
        action: {
          summary: `${ceph.monitors.length} monitors, ${ceph.osds.length} OSDs, pools ${listText(ceph.pools.map((pool) => `${pool.id} (size ${pool.size ?? 3}/min_size ${pool.minSize ?? 2})`))}.`,
          commands: [
            ...hosts.map((host) => shell('pveceph install --repository no-subscription', host)),
            shell(`pveceph init --network <subnet of ${ceph.publicNetwork ?? 'the Ceph VLAN'}>${ceph.clusterNetwork && ceph.clusterNetwork !== ceph.publicNetwork ? ` --cluster-network <subnet of ${ceph.clusterNetwork}>` : ''}`, hosts[0]),
            ...ceph.monitors.map((host) => shell('pveceph mon create && pveceph mgr create', host)),
            ...ceph.osds.map((osd) => shell(`pveceph osd create /dev/disk/by-id/<${osd.disk}>`, osd.host)),
            ...ceph.pools.map((pool) => shell(`pveceph pool create ${pool.id} --size ${pool.size ?? 3} --min_size ${pool.minSize ?? 2} --pg_autoscale_mode on --add_storages`, hosts[0])),
          ],
        },
        validation: ['ceph -s: HEALTH_OK, all OSDs up and in, all PGs active+clean', 'ceph osd tree: OSDs spread over the hosts', 'rados bench -p <pool> 30 write --no-cleanup gives the expected throughput'],
        rollback: ['Before any guest uses it: pveceph pool destroy, pveceph osd destroy, pveceph mon destroy, pveceph purge'],
        blastRadius: [change.subject, ...hosts],
        duration: 4 * HOUR,
      }),
    ];
  },
  'ceph.remove': (change) => [
    draft(change, {
      title: `Retire Ceph cluster ${change.subject}`,
      preChecks: ['No guest disk is on Ceph any more (rbd ls on every pool)'],
      action: { summary: 'Destroy pools, OSDs and monitors, then purge.', commands: [shell('pveceph pool destroy <pool>; pveceph osd destroy <id>; pveceph mon destroy <node>; pveceph purge')] },
      validation: ['ceph -s no longer answers; pvesm status lists no RBD storage'],
      rollback: ['None once purged: keep the cluster until every guest has run from its new storage for a week'],
      disrupts: [`ceph:${change.subject}`],
      duration: 2 * HOUR,
    }),
  ],
  'ceph-osd.add': (change) => {
    const added = change.patches.flatMap((patch) => (patch.op === 'add-item' ? [patch.item as { host: string; disk: string }] : []));
    return [
      draft(change, {
        title: `Add OSDs ${listText(added.map((osd) => `${osd.host}:${osd.disk}`))} to ${change.subject}`,
        preChecks: ['ceph -s: HEALTH_OK before adding', 'Backfill will move data: add OSDs in a quiet hour'],
        action: { summary: 'Create the OSDs; Ceph rebalances onto them.', commands: added.map((osd) => shell(`pveceph osd create /dev/disk/by-id/<${osd.disk}>`, osd.host)) },
        validation: ['ceph osd tree lists them up/in', 'ceph -s returns to HEALTH_OK after backfill'],
        rollback: ['ceph osd out <id>; wait for HEALTH_OK; pveceph osd destroy <id>'],
        duration: HOUR,
      }),
    ];
  },
  'ceph-osd.remove': (change) => [
    draft(change, {
      title: `Remove OSDs from ${change.subject}`,
      preChecks: ['The remaining OSDs hold the data below nearfull after rebalancing'],
      action: { summary: 'Mark out, wait for backfill, destroy.', commands: [shell('ceph osd out <id>'), shell('ceph -s   # wait for HEALTH_OK'), shell('pveceph osd destroy <id> --cleanup')] },
      validation: ['ceph -s: HEALTH_OK; ceph df below nearfull'],
      rollback: ['ceph osd in <id> before it is destroyed'],
      duration: 2 * HOUR,
    }),
  ],
  'ceph-monitor.add': (change) => [
    draft(change, {
      title: `Add Ceph monitors to ${change.subject}`,
      action: { summary: 'Create the monitors (an odd number, at least three).', commands: change.patches.flatMap((patch) => (patch.op === 'add-item' ? [shell('pveceph mon create', String(patch.item))] : [])) },
      validation: ['ceph mon stat: all monitors in quorum'],
      rollback: ['pveceph mon destroy <node>'],
      duration: 20 * MINUTE,
    }),
  ],
  'ceph-monitor.remove': (change) => [
    draft(change, {
      title: `Remove Ceph monitors from ${change.subject}`,
      preChecks: ['At least three monitors remain'],
      action: { summary: 'Destroy the monitors.', commands: change.patches.flatMap((patch) => (patch.op === 'remove-item' ? [shell(`pveceph mon destroy ${patch.itemKey}`)] : [])) },
      validation: ['ceph mon stat: the remaining monitors in quorum'],
      rollback: ['pveceph mon create on the node again'],
      duration: 15 * MINUTE,
    }),
  ],
  'ceph-pool.add': (change) => {
    const pool = (change.after as unknown as CephCluster).pools.find((candidate) => candidate.id === change.item);
    return [
      draft(change, {
        title: `Create Ceph pool ${change.item}`,
        action: { summary: `size ${pool?.size ?? 3}, min_size ${pool?.minSize ?? 2}, PG autoscaler on.`, commands: [shell(`pveceph pool create ${change.item} --size ${pool?.size ?? 3} --min_size ${pool?.minSize ?? 2} --pg_autoscale_mode on --add_storages`)] },
        validation: [`ceph osd pool ls detail shows ${change.item}; pvesm status lists its storage`],
        rollback: [`pveceph pool destroy ${change.item} (only while empty)`],
        duration: 15 * MINUTE,
      }),
    ];
  },
  'ceph-pool.remove': (change) => [
    draft(change, {
      title: `Remove Ceph pool ${change.item}`,
      preChecks: ['rbd ls ' + (change.item ?? '') + ' is empty'],
      action: { summary: 'Destroy the empty pool.', commands: [shell(`pveceph pool destroy ${change.item}`)] },
      validation: ['ceph osd pool ls no longer lists it'],
      rollback: ['None once destroyed; keep it until its data lives elsewhere'],
      duration: 10 * MINUTE,
    }),
  ],
  'ceph-pool.modify': (change) => [
    draft(change, {
      title: `Change Ceph pool ${change.item}`,
      action: { summary: 'Set the new replication.', commands: [shell(`ceph osd pool set ${change.item} size <n>; ceph osd pool set ${change.item} min_size <n>`)] },
      validation: ['ceph -s: HEALTH_OK after the data moved'],
      rollback: ['Set the previous size/min_size'],
      duration: HOUR,
    }),
  ],
};
