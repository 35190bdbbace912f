/**
 * Phase 0 of every plan: record the baseline and take a fresh backup before touching anything. Derived
 * from what the spec contains (clusters, pools, Ceph, network devices, backup jobs); read-only steps.
 */
import { formatDuration } from '../../intake/units/index.js';
import type { Seconds } from '../../model/quantities.js';
import type { Model, NetworkDevice } from '../../model/types.js';
import type { ActionStep, RichText } from '../report-model.js';
import { code, joinRich } from '../rich-text.js';

/** The baseline steps for `model`, numbered 0.1, 0.2. */
export function baselineSteps(model: Model): ActionStep[] {
  return [recordBaseline(model), freshBackup(model)];
}

function recordBaseline(model: Model): ActionStep {
  const commands: string[] = [];
  const actions: RichText[] = [];
  const proxmoxHosts = model.hosts.filter((host) => host.role === 'hypervisor' && /proxmox/i.test(host.os ?? ''));
  if (model.clusters.proxmox.length > 0) {
    commands.push('pvecm status', 'pvesh get /cluster/resources --output-format json-pretty');
    if (model.clusters.proxmox.some((cluster) => cluster.ha?.enabled)) commands.push('ha-manager status');
  } else if (proxmoxHosts.length > 0) commands.push('pvesh get /cluster/resources --output-format json-pretty');
  for (const pool of model.storage.zfs) commands.push(`zpool status -v ${pool.name ?? pool.id}    # on ${pool.host}`);
  if (model.storage.zfs.length > 0) commands.push('zfs list -o name,used,avail,refer');
  if (model.storage.ceph.length > 0) commands.push('ceph -s', 'ceph osd df tree');
  actions.push(['Save the output of each command below with this plan; it is the state to compare against and to return to.']);
  // Devices whose configuration is exported the same way (one UniFi controller for gateway and switches) share one line.
  const exports = new Map<string, { ids: string[]; how: RichText }>();
  for (const device of model.network.devices.filter((item) => ['router', 'firewall', 'gateway', 'switch'].includes(item.kind))) {
    const how = configExport(device);
    const key = JSON.stringify(how);
    const entry = exports.get(key) ?? { ids: [], how };
    entry.ids.push(device.id);
    exports.set(key, entry);
  }
  for (const { ids, how } of exports.values()) actions.push(['Export the configuration of ', ...joinRich(ids.map(code), ', '), ': ', ...how, '.']);
  return {
    id: '0.1',
    title: ['Record the baseline'],
    preChecks: [['Console or SSH access to every host and the admin UI of every network device named here.']],
    actions,
    commands,
    validation: [['Every command ran without error and its output is saved.'], ...(model.storage.zfs.length > 0 ? [[code('zpool status -x'), ' prints "all pools are healthy"; a pool that is not is repaired before anything else.'] as RichText] : [])],
    rollback: [['Nothing to undo: this step only reads.']],
    downtime: ['none'],
    blastRadius: ['none (read-only)'],
    cites: [],
  };
}

function freshBackup(model: Model): ActionStep {
  const jobs = model.backups.jobs;
  if (jobs.length === 0) {
    const guests = model.workloads.filter((workload) => workload.kind === 'vm' || workload.kind === 'ct').map((workload) => workload.id);
    return {
      id: '0.2',
      title: ['Back up every guest by hand'],
      preChecks: [['A backup storage with room for a full copy of every guest.']],
      actions: [['No backup job is declared, so take a full backup of every VM and container before any change', ...(guests.length > 0 ? [': ', ...joinRich(guests.map(code), ', ')] : []), '.']],
      commands: ['vzdump <vmid> --storage <backup-storage> --mode snapshot'],
      validation: [['Each backup is listed on the backup storage with today’s date and a non-zero size.']],
      rollback: [['Nothing to undo: a backup only adds data; delete it if space is short.']],
      downtime: ['none (snapshot mode)'],
      blastRadius: ['load on the hosts and the backup storage while it runs'],
      cites: [],
    };
  }
  return {
    id: '0.2',
    title: ['Take a fresh backup'],
    preChecks: [['The last run of each job succeeded; a failing job is fixed first.']],
    actions: jobs.map((job) => ['Run ', code(job.id), ' now ', runHint(job.tool), ' and wait for it to finish', job.duration !== undefined ? ` (a run takes about ${formatDuration(job.duration as Seconds)})` : '', '.']),
    commands: [],
    validation: jobs.map((job) => ['The log of ', code(job.id), ' ends without error and a new backup of today is listed on ', code(job.target), '.']),
    rollback: [['Nothing to undo: a backup only adds data.']],
    downtime: ['none'],
    blastRadius: ['load on the sources, the network and the backup target while the jobs run'],
    cites: [],
  };
}

function runHint(tool: string | undefined): string {
  if (tool === 'vzdump' || tool === 'pbs') return '(Datacenter ▸ Backup ▸ select the job ▸ Run now)';
  return '(with the command the job runs on its schedule)';
}

/** Where a device's configuration export lives, by platform. */
function configExport(device: NetworkDevice): RichText {
  const platform = `${device.platform ?? ''} ${device.vendor ?? ''} ${device.model ?? ''}`;
  if (/opnsense/i.test(platform)) return ['System ▸ Configuration ▸ Backups ▸ Download configuration'];
  if (/pfsense/i.test(platform)) return ['Diagnostics ▸ Backup & Restore ▸ Download configuration as XML'];
  if (/unifi|ubiquiti/i.test(platform)) return ['UniFi Network ▸ Settings ▸ System ▸ Backups ▸ Download'];
  if (/mikrotik|routeros/i.test(platform)) return [code('/export file=baseline'), ', then download baseline.rsc'];
  return ['download its configuration file from the admin UI'];
}
