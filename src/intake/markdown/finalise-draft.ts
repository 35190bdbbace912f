/**
 * After every section was read: fills the defaults a valid spec needs (stated as assumptions), asks
 * the open questions that figures depend on, and prunes empty collections.
 */
import { basename, extname } from 'node:path';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { parseSize } from '../units/index.js';
import { addNic, offerRole } from './read-host-fields.js';

const top: Loc = { line: 1, column: 1 };

/** Completes the draft in place. */
export function finaliseDraft(draft: InventoryDraft): void {
  const site = draft.object('site');
  if (typeof site['name'] !== 'string' || site['name'] === '') {
    const name = basename(draft.file, extname(draft.file)) || 'site';
    draft.set(site, 'name', name, top, { fromLine: false });
    draft.assume('inventory/site-name', `The site has no title heading; it was named "${name}" after the file.`, site, 'name', top);
  }
  const workloads = draft.list('workloads');
  for (const host of draft.list('hosts')) finaliseHost(draft, host, workloads);
  const clusters = draft.list('clusters', 'proxmox');
  for (let index = clusters.length - 1; index >= 0; index--) if (((clusters[index]?.['nodes'] as unknown[]) ?? []).length === 0) clusters.splice(index, 1);
  askForMissing(draft);
  prune(draft.spec);
}

function finaliseHost(draft: InventoryDraft, host: Draft, workloads: readonly Draft[]): void {
  const id = String(host['id']);
  const loc = draft.positionOf(host) ?? top;
  if (host['role'] === undefined) {
    const runsGuests = workloads.some((workload) => workload['host'] === id && (workload['kind'] === 'vm' || workload['kind'] === 'ct'));
    offerRole(draft, host, runsGuests ? 'hypervisor' : 'server', 1, loc);
    draft.assume('inventory/host-role', 'A host whose role was not written was read as a hypervisor when VMs or containers run on it, else as a server.', host, 'role', loc);
  }
  const installed = typeof host['memory'] === 'string' ? parseSize(host['memory'], 'memory') : undefined;
  const most = typeof host['maxMemory'] === 'string' ? parseSize(host['maxMemory'], 'memory') : undefined;
  if (installed?.ok && most?.ok && installed.value.bytes > most.value.bytes) {
    // More memory is installed than the vendor states as the maximum (an MS-01 with 96 GB): the board takes at least what it holds.
    draft.set(host, 'maxMemory', host['memory'], loc, { fromLine: false });
    draft.assume('inventory/max-memory-installed', 'Where more memory is installed than the vendor specification states as the maximum, the maximum was taken as the installed amount.', host, 'maxMemory', loc);
  }
  const role = String(host['role']);
  const needsFigures = ['hypervisor', 'nas', 'backup-server', 'server'].includes(role);
  if (host['memory'] === undefined && needsFigures) draft.ask({ id: `compute/${id}/memory`, subject: id, text: `${id}: installed memory not given; memory headroom cannot be computed.`, loc, object: host });
  const cpu = host['cpu'] as Draft | undefined;
  if (needsFigures && (cpu === undefined || cpu['threads'] === undefined)) {
    draft.ask({ id: `compute/${id}/cpu`, subject: id, text: `${id}: CPU ${cpu?.['model'] ? `"${String(cpu['model'])}" is not in the catalog and its` : ''} cores/threads not given; vCPU overcommit cannot be computed.`.replace('CPU  cores', 'CPU cores'), loc, object: host });
  }
  const nics = (host['nics'] as Draft[] | undefined) ?? [];
  if (nics.length === 0) {
    const nic = addNic(draft, host, '1GbE', loc);
    draft.assume('inventory/nic-speed', 'A NIC whose speed was not written was taken for 1 GbE.', nic, 'speed', loc);
    draft.ask({ id: `network/${id}:${String(nic['id'])}/speed`, subject: id, text: `${id} NIC speed not given: assumed 1 GbE.`, loc, object: nic });
  }
  const power = host['power'] as Draft | undefined;
  if (needsFigures && (power === undefined || (power['idle'] === undefined && power['load'] === undefined))) {
    draft.ask({ id: `power/${id}/draw`, subject: id, text: `${id}: power draw (idle/load watts at the wall) not given; UPS runtime and energy cost leave it out.`, loc, object: host });
  }
}

function askForMissing(draft: InventoryDraft): void {
  if (draft.list('hosts').length === 0 && draft.list('network', 'devices').length === 0) return;
  if (draft.list('power', 'ups').length === 0) draft.ask({ id: 'power/ups', text: 'No UPS is described: is any equipment on battery backup?' });
  if (draft.list('backups', 'jobs').length === 0) draft.ask({ id: 'backup/jobs', text: 'No backup job is described: what is backed up, where to and how often?' });
  if (draft.list('monitoring', 'systems').length === 0) draft.ask({ id: 'observability/systems', text: 'No monitoring is described: what watches the hosts and services, and where do alerts go?' });
  if (draft.list('network', 'wan').length === 0 && !draft.questions.some((question) => question.id.startsWith('network/wan'))) draft.ask({ id: 'network/wan', text: 'The internet uplink (ISP, down/up speeds) is not described.' });
}

/** Removes empty arrays and objects so the written spec shows only what the inventory said. */
function prune(node: Draft): void {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object' && !Array.isArray(item)) prune(item as Draft);
      if (value.length === 0) delete node[key];
    } else if (value !== null && typeof value === 'object') {
      prune(value as Draft);
      if (Object.keys(value).length === 0 && key !== 'site') delete node[key];
    }
  }
}
