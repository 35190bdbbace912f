/**
 * Step templates for workloads (migrate, move storage, replication, HA resources) and hosts (add,
 * remove, disks, NICs, memory, power). Commands: qm(1), pct(1), pvesr(1), ha-manager(1) from
 * https://pve.proxmox.com/pve-docs/. Downtime of a VM live migration is QEMU's downtime-limit
 * (300 ms by default, qemu migration/options.c); containers cannot live-migrate and restart.
 */
import { findEntity } from '../../model/collections.js';
import type { Host, Model, Workload } from '../../model/types.js';
import type { Change } from '../plan-types.js';
import { HOUR, MINUTE, draft, listText, shell, ui, vmid, type TemplateContext, type TemplateTable } from './step-draft.js';

function workload(model: Model, id: string): Workload | undefined {
  return findEntity(model, 'workloads', id) as Workload | undefined;
}

/** "vm:<vmid>" or "ct:<vmid>" as ha-manager names a resource. */
function haSid(entity: Workload | undefined, id: string): string {
  return `${entity?.kind === 'ct' ? 'ct' : 'vm'}:${vmid(id)}`;
}

/** Hands-on minutes to copy `bytes` at an assumed 100 MB/s, at least 10. */
function copyMinutes(bytes: number | undefined): number {
  return Math.max(10, Math.ceil((bytes ?? 0) / 100e6 / 60));
}

/** Nodes of the cluster that replicate `storage` besides `home`. */
function replicaTargets(context: TemplateContext, storage: string | undefined, home: string | undefined): string[] {
  for (const cluster of context.target.clusters.proxmox) {
    const entry = cluster.sharedStorage.find((candidate) => candidate.id === storage);
    if (entry === undefined) continue;
    const pool = context.target.storage.zfs.find((candidate) => candidate.id === entry.source);
    const holders = pool?.replicatedTo && pool.replicatedTo.length > 0 ? [pool.host, ...pool.replicatedTo] : cluster.nodes.map((node) => node.host);
    return holders.filter((holder) => holder !== home);
  }
  return [];
}

function replicationInterval(context: TemplateContext, storage: string | undefined): number | undefined {
  return context.target.clusters.proxmox.flatMap((cluster) => cluster.sharedStorage).find((entry) => entry.id === storage)?.interval;
}

function migrateDraft(change: Change, context: TemplateContext, id: string, from: string | undefined, to: string | undefined, entity: Workload | undefined) {
  const isVm = entity?.kind === 'vm';
  const local = entity?.storage !== undefined && context.current.storage.zfs.some((pool) => pool.id === entity.storage);
  const command = isVm ? `qm migrate ${vmid(id)} ${to} --online${local ? ' --with-local-disks' : ''}` : `pct migrate ${vmid(id)} ${to} --restart`;
  return draft(change, {
    title: `Migrate ${id} from ${from} to ${to}`,
    preChecks: [`${to} has the memory for ${id} (guest-memory capacity minus what runs there)`, isVm ? 'Both nodes have CPUs of the same vendor (live migration requirement)' : 'Containers restart during migration: announce the short outage'],
    action: { summary: isVm ? 'Live-migrate the VM; memory is copied while it runs.' : 'Migrate the container in restart mode.', commands: [shell(command, from)] },
    validation: [`qm/pct status ${vmid(id)} on ${to}: running`, `${id} answers its health check`],
    rollback: [isVm ? `qm migrate ${vmid(id)} ${from} --online${local ? ' --with-local-disks' : ''}` : `pct migrate ${vmid(id)} ${from} --restart`],
    downtime: isVm ? 0 : MINUTE,
    downtimeBasis: isVm ? 'live migration pauses the VM only for the final copy (QEMU downtime-limit 300 ms)' : 'a container stops, moves and starts (restart mode, about a minute)',
    duration: local ? copyMinutes(entity?.disk) * MINUTE : 10 * MINUTE,
    blastRadius: [id],
    disrupts: isVm ? [] : [`workload:${id}`],
  });
}

export const computeTemplates: TemplateTable = {
  'workload.add': (change) => {
    const entity = change.after as unknown as Workload;
    const inside = entity.runsOn !== undefined;
    return [
      draft(change, {
        title: `Deploy ${change.subject}${entity.host ? ` on ${entity.host}` : inside ? ` in ${entity.runsOn}` : ''}`,
        action: {
          summary: `${entity.name ?? change.subject}: ${entity.vcpu ?? '?'} vCPU, ${entity.memory !== undefined ? `${Math.round(entity.memory / 2 ** 30)} GiB` : 'memory as needed'}${entity.storage ? ` on ${entity.storage}` : ''}.`,
          commands: inside
            ? [shell(`docker compose up -d   # ${change.subject}`, entity.runsOn)]
            : entity.kind === 'ct'
              ? [shell(`pct create <vmid> <template> --hostname ${change.subject} --cores ${entity.vcpu ?? 1} --memory <MiB> --rootfs ${entity.storage ?? '<storage>'}:<GiB>`, entity.host)]
              : entity.kind === 'vm'
                ? [shell(`qm create <vmid> --name ${change.subject} --cores ${entity.vcpu ?? 1} --memory <MiB> --scsi0 ${entity.storage ?? '<storage>'}:<GiB>`, entity.host)]
                : [ui(`Install and start ${change.subject}`, entity.host)],
        },
        validation: [`${change.subject} is running and answers its health check`],
        rollback: [inside ? `docker compose down in ${entity.runsOn}` : `Stop and destroy ${change.subject} (nothing depends on it yet)`],
        duration: 45 * MINUTE,
      }),
    ];
  },
  'workload.remove': (change) => [
    draft(change, {
      title: `Retire ${change.subject}`,
      preChecks: [`Nothing depends on ${change.subject} any more`, `A fresh backup of ${change.subject} exists (vzdump ${vmid(change.subject)})`],
      action: { summary: 'Stop it, keep it stopped for a week, then destroy it.', commands: [shell(`qm shutdown ${vmid(change.subject)} && qm destroy ${vmid(change.subject)} --purge   # pct for containers`)] },
      validation: ['Services that used it still work'],
      rollback: [`Restore from the backup: qmrestore <archive> ${vmid(change.subject)} (pct restore for containers)`],
      disrupts: [`workload:${change.subject}`],
      downtime: 0,
      downtimeBasis: 'the workload is retired on purpose; nothing depends on it',
      duration: 15 * MINUTE,
    }),
  ],
  'workload.migrate': (change, context) => [migrateDraft(change, context, change.subject, String(change.before?.['host']), String(change.after?.['host']), workload(context.current, change.subject))],
  'workload.move-storage': (change, context) => {
    const entity = workload(context.current, change.subject);
    const to = String(change.after?.['storage']);
    const isVm = entity?.kind === 'vm';
    return [
      draft(change, {
        title: `Move the disks of ${change.subject} to ${to}`,
        preChecks: [`${to} has room for ${change.subject}'s disks`],
        action: { summary: isVm ? 'Move the disk while the VM runs.' : 'Move the container volume (the container must be stopped).', commands: [shell(isVm ? `qm disk move ${vmid(change.subject)} scsi0 ${to} --delete 1` : `pct move-volume ${vmid(change.subject)} rootfs ${to} --delete 1`, entity?.host)] },
        validation: [`qm config / pct config ${vmid(change.subject)} shows the disk on ${to}`],
        rollback: [isVm ? `qm disk move ${vmid(change.subject)} scsi0 ${String(change.before?.['storage'])}` : `pct move-volume ${vmid(change.subject)} rootfs ${String(change.before?.['storage'])}`],
        downtime: isVm ? 0 : copyMinutes(entity?.disk) * MINUTE,
        downtimeBasis: isVm ? 'qm disk move copies the disk online' : 'the container is stopped while its volume is copied (assumed 100 MB/s)',
        duration: copyMinutes(entity?.disk) * MINUTE,
        blastRadius: [change.subject],
        disrupts: isVm ? [] : [`workload:${change.subject}`],
      }),
    ];
  },
  'replication-job.add': (change, context) => {
    const entity = workload(context.target, change.subject);
    const targets = replicaTargets(context, entity?.storage, entity?.host);
    const interval = replicationInterval(context, entity?.storage);
    const schedule = interval === undefined ? '*/15' : interval >= HOUR ? `*/${Math.round(interval / HOUR)}:00` : `*/${Math.round(interval / MINUTE)}`;
    return [
      draft(change, {
        title: `Replicate ${change.subject} to ${listText(targets)} every ${interval === undefined ? 15 : Math.round(interval / MINUTE)} min`,
        preChecks: [`${change.subject}'s disks are on the zfspool storage ${entity?.storage ?? ''} (replication needs ZFS on both ends)`, `${listText(targets)} has room for the replica`],
        action: {
          summary: 'Create a storage replication job per target node; the first run sends the full disk, later runs only the changes (https://pve.proxmox.com/pve-docs/chapter-pvesr.html).',
          commands: targets.map((target, index) => shell(`pvesr create-local-job ${vmid(change.subject)}-${index} ${target} --schedule '${schedule}'`, entity?.host)),
        },
        validation: ['pvesr status: State OK, last sync within one interval', `zfs list on ${listText(targets)} shows the replicated volumes`],
        rollback: [`pvesr delete ${vmid(change.subject)}-0 (and further job numbers)`],
        duration: copyMinutes(entity?.disk) * MINUTE,
        blastRadius: [change.subject],
      }),
    ];
  },
  'replication-job.remove': (change) => [
    draft(change, {
      title: `Stop replicating ${change.subject}`,
      action: { summary: 'Delete its replication jobs; the replicas are removed on the targets.', commands: [shell('pvesr list'), shell(`pvesr delete ${vmid(change.subject)}-0`)] },
      validation: [`pvesr list shows no job for ${change.subject}`],
      rollback: [`pvesr create-local-job ${vmid(change.subject)}-0 <target> --schedule '*/15'`],
      duration: 10 * MINUTE,
    }),
  ],
  'ha-resource.add': (change, context) => {
    const entity = workload(context.target, change.subject);
    const groups = context.target.clusters.proxmox.find((cluster) => cluster.id === entity?.cluster)?.ha?.groups ?? [];
    const group = groups.find((candidate) => candidate.nodes[0] === entity?.host);
    return [
      draft(change, {
        title: `Put ${change.subject} under HA`,
        preChecks: [`${change.subject}'s disks are replicated or on shared storage`, 'ha-manager status: quorum OK'],
        action: { summary: 'Add the guest as an HA resource; the CRM restarts it elsewhere when its node fails.', commands: [shell(`ha-manager add ${haSid(entity, change.subject)} --state started --max_restart 1 --max_relocate 1${group ? ` --group ${group.id}` : ''}`)] },
        validation: [`ha-manager status: service ${haSid(entity, change.subject)} started on ${entity?.host ?? 'its node'}`, `ha-manager crm-command migrate ${haSid(entity, change.subject)} <other node>, then back`],
        rollback: [`ha-manager remove ${haSid(entity, change.subject)}`],
        duration: 10 * MINUTE,
      }),
    ];
  },
  'ha-resource.remove': (change, context) => [
    draft(change, {
      title: `Take ${change.subject} out of HA`,
      action: { summary: 'Remove the HA resource; the guest keeps running.', commands: [shell(`ha-manager remove ${haSid(workload(context.current, change.subject), change.subject)}`)] },
      validation: [`ha-manager status no longer lists ${change.subject}`],
      rollback: [`ha-manager add ${haSid(workload(context.current, change.subject), change.subject)} --state started`],
      duration: 5 * MINUTE,
    }),
  ],
  'host.add': (change) => {
    const entity = change.after as unknown as Host;
    return [
      draft(change, {
        title: `Install ${change.subject}${entity.model ? ` (${entity.model})` : ''}`,
        action: {
          summary: `Install ${entity.os ?? 'the OS'}, cable ${listText(entity.nics.map((nic) => `${nic.id}${nic.connectedTo ? ` → ${nic.connectedTo}` : ''}`))}, plug into ${listText(entity.power?.feeds ?? ['power'])}.`,
          commands: [shell('pveversion; ip -br link; lsblk', change.subject)],
        },
        validation: [`${change.subject} answers on its management address; every NIC up at its speed (ethtool)`],
        rollback: [`Power ${change.subject} off and unplug it; nothing depends on it yet`],
        duration: 2 * HOUR,
      }),
    ];
  },
  'host.remove': (change) => [
    draft(change, {
      title: `Decommission ${change.subject}`,
      preChecks: [`Nothing runs on or depends on ${change.subject} any more`],
      action: { summary: 'Shut it down, wipe its disks, unplug it.', commands: [shell('shutdown -h now', change.subject), shell('wipefs -a /dev/<disk>   # after moving the disks to another machine, or blkdiscard for SSDs')] },
      validation: ['Monitoring shows no missing target that still matters'],
      rollback: ['Power it back on before the disks are wiped'],
      disrupts: [`host:${change.subject}`],
      duration: HOUR,
    }),
  ],
  'host-disk.add': (change) => hardwareDraft(change, `Install disks ${listText(addedItems(change))} in ${change.subject}`, 'Disks are installed; burn-in new HDDs before use (badblocks -wsv, smartctl -t long).', ['lsblk and smartctl -a show every new disk with its serial', 'smartctl -t long passes']),
  'host-disk.remove': (change) => hardwareDraft(change, `Remove disks ${listText(removedItems(change))} from ${change.subject}`, 'Remove disks no pool uses any more; wipe them first.', ['lsblk no longer lists them; every pool ONLINE']),
  'host-nic.add': (change) => {
    const nics = (change.after as unknown as Host).nics.filter((nic) => addedItems(change).includes(nic.id));
    const hotPlug = nics.every((nic) => /usb/iu.test(`${nic.id} ${nic.notes ?? ''}`));
    return [
      draft(change, {
        title: `Add NIC ${listText(nics.map((nic) => nic.id))} to ${change.subject}`,
        action: {
          summary: `${hotPlug ? 'Plug in' : 'Install'} ${listText(nics.map((nic) => `${nic.id}${nic.connectedTo ? ` cabled to ${nic.connectedTo}` : ''}`))}; add it to /etc/network/interfaces (or a bridge) and apply.`,
          commands: [shell('ip -br link; ethtool <nic>', change.subject), shell('ifreload -a', change.subject)],
        },
        validation: [`ip -br link on ${change.subject} shows the NIC UP at its speed`, 'ping the peer address on the new link'],
        rollback: ['Remove the stanza from /etc/network/interfaces, ifreload -a, unplug the NIC'],
        downtime: hotPlug ? 0 : 20 * MINUTE,
        downtimeBasis: hotPlug ? 'a USB NIC is hot-plugged' : 'the host is powered off to fit the card',
        disrupts: hotPlug ? [] : [`host:${change.subject}`],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'host-nic.remove': (change) => hardwareDraft(change, `Remove NIC ${listText(removedItems(change))} from ${change.subject}`, 'Remove the interface from the network configuration, then the card.', ['ip -br link; every remaining link up']),
  'host-memory.change': (change) => hardwareDraft(change, `Change the memory of ${change.subject}`, 'Power off, fit the DIMMs, run memtest86+ for one pass, boot.', ['free -g shows the new size; dmesg shows no EDAC/MCE errors']),
  'host-power.change': (change) => {
    const before = (change.before as unknown as Host).power;
    const after = (change.after as unknown as Host).power;
    const dual = (after?.psus ?? 1) > 1;
    return [
      draft(change, {
        title: `Re-plug ${change.subject} from ${listText(before?.feeds ?? [])} to ${listText(after?.feeds ?? [])}`,
        action: { summary: dual ? 'Move one PSU at a time.' : 'Shut down, move the plug, start.', commands: [shell('shutdown -h now', change.subject)] },
        validation: [`${change.subject} up; the UPS load reading rose by its draw (upsc)`],
        rollback: ['Plug it back where it was'],
        downtime: dual ? 0 : 10 * MINUTE,
        downtimeBasis: dual ? 'two power supplies: one stays powered' : 'a single power supply must be unplugged',
        disrupts: dual ? [] : [`host:${change.subject}`],
        duration: 15 * MINUTE,
      }),
    ];
  },
};

function addedItems(change: Change): string[] {
  return change.patches.flatMap((patch) => (patch.op === 'add-item' ? [patch.itemKey] : []));
}

function removedItems(change: Change): string[] {
  return change.patches.flatMap((patch) => (patch.op === 'remove-item' ? [patch.itemKey] : []));
}

/** A change that needs the host powered off. */
function hardwareDraft(change: Change, title: string, summary: string, validation: readonly string[]) {
  return [
    draft(change, {
      title,
      preChecks: [`Guests on ${change.subject} are migrated or may stop for the work`],
      action: { summary, commands: [shell('shutdown -h now', change.subject)] },
      validation,
      rollback: ['Undo the hardware change and boot'],
      downtime: 30 * MINUTE,
      downtimeBasis: 'the host is powered off for the hardware work (assumed 30 min)',
      disrupts: [`host:${change.subject}`],
      duration: 45 * MINUTE,
    }),
  ];
}

