/**
 * The NUT configuration step, staged: the host that goes down last (the storage) is the upsmon
 * primary with the UPS's data cable; every other host on the UPS is a secondary. On battery the
 * primary waits `after` (upssched), then raises forced shutdown (upsmon -c fsd): the secondaries stop
 * their guests and power off, the primary waits for them to disconnect (HOSTSYNC) and goes last.
 * With Ceph, noout is set first. Sources: upsmon.conf(5) https://networkupstools.org/docs/man/upsmon.conf.html,
 * upssched.conf(5) https://networkupstools.org/docs/man/upssched.conf.html, TrueNAS UPS service,
 * Synology "network UPS server".
 */
import type { Host, Model, Ups } from '../../model/types.js';
import { DEFAULT_STAGE_SECONDS, shutdownStages } from '../../model/shutdown-stages.js';
import { upsesFeeding } from '../../rules/queries/power-path.js';
import type { Change, Command } from '../plan-types.js';
import { HOUR, MINUTE, config, draft, listText, shell, ui, type TemplateContext, type TemplateTable } from './step-draft.js';

function minutes(value: number): string {
  return `${Math.round(value / MINUTE)} min`;
}

/** How the NUT server is set up on `host`, by what it runs. */
function primaryCommands(host: Host | undefined, ups: string, after: number, hostsync: number): Command[] {
  const os = `${host?.os ?? ''} ${host?.model ?? ''}`.toLowerCase();
  const on = host?.id;
  if (os.includes('truenas')) {
    return [ui(`System Settings ▸ Services ▸ UPS: Identifier ${ups}, UPS Mode Master, Driver usbhid-ups (USB), Shutdown Mode "UPS goes on battery", Shutdown Timer ${after} s, Monitor User/Password for the secondaries, Remote Monitor on; HOSTSYNC ${hostsync} in the auxiliary upsmon.conf parameters`, on)];
  }
  if (os.includes('dsm') || os.includes('synology')) {
    return [ui(`Control Panel ▸ Hardware & Power ▸ UPS: Enable UPS support (USB), Time before the DiskStation enters Safe Mode ${minutes(after)}; Enable network UPS server, Permitted DiskStation Devices: the secondaries' addresses (the NUT name is "ups", user monuser)`, on)];
  }
  return [
    shell('apt install nut', on),
    config(`/etc/nut/ups.conf: [${ups}] driver = usbhid-ups, port = auto; /etc/nut/nut.conf: MODE=netserver; /etc/nut/upsd.conf: LISTEN 0.0.0.0 3493`, on),
    config('/etc/nut/upsd.users: [upsmon] password = <secret>, upsmon primary (and a secondary user for the others)', on),
    config(`/etc/nut/upsmon.conf: MONITOR ${ups}@localhost 1 upsmon <secret> primary; HOSTSYNC ${hostsync}; NOTIFYCMD /usr/sbin/upssched; NOTIFYFLAG ONBATT SYSLOG+WALL+EXEC; NOTIFYFLAG ONLINE SYSLOG+WALL+EXEC`, on),
    config(`/etc/nut/upssched.conf: AT ONBATT * START-TIMER onbatt ${after}; AT ONLINE * CANCEL-TIMER onbatt; CMDSCRIPT runs "upsmon -c fsd" when onbatt fires`, on),
  ];
}

/** The NUT step for `change` (a UPS whose shutdown plan changed). */
function nutTemplate(change: Change, context: TemplateContext) {
  const ups = change.after as unknown as Ups;
  const model: Model = context.target;
  const hosts = model.hosts.filter((host) => upsesFeeding(model, host.id).includes(change.subject)).map((host) => host.id);
  const stages = shutdownStages(model, hosts);
  const primary = ups.shutdown?.server ?? '<NUT server>';
  const previous = (change.before as unknown as Ups | undefined)?.shutdown?.server;
  const secondaries = hosts.filter((id) => id !== primary);
  const after = ups.shutdown?.after ?? 180;
  const beforeStorage = stages.filter((stage) => stage.stage !== 'storage').reduce((sum, stage) => sum + DEFAULT_STAGE_SECONDS[stage.stage], 0);
  const hostsync = Math.max(15, beforeStorage);
  const ceph = model.storage.ceph.length > 0;
  const firstCephNode = model.storage.ceph[0]?.monitors[0];
  const secondaryCommands: Command[] = secondaries.map((id) => {
    const host = model.hosts.find((candidate) => candidate.id === id);
    const noout = ceph && id === firstCephNode ? 'ceph osd set noout; ' : '';
    return host?.role === 'hypervisor'
      ? config(`apt install nut-client; /etc/nut/nut.conf: MODE=netclient; /etc/nut/upsmon.conf: MONITOR ${change.subject}@${primary} 1 <user> <secret> secondary; SHUTDOWNCMD "${noout}/sbin/shutdown -h +0" (Proxmox stops the guests first, each within its shutdown timeout)`, id)
      : config(`/etc/nut/upsmon.conf: MONITOR ${change.subject}@${primary} 1 <user> <secret> secondary; SHUTDOWNCMD "/sbin/shutdown -h +0"`, id);
  });
  const order = stages.map((stage, index) => `${index + 1}. ${stage.stage}: ${listText([...stage.members])}`).join('; ');
  return [
    draft(change, {
      title: `Configure NUT for ${change.subject}: primary ${primary}, ${secondaries.length} secondar${secondaries.length === 1 ? 'y' : 'ies'}, shutdown after ${minutes(after)} on battery`,
      preChecks: [
        `The UPS data cable (USB or network card) is on ${primary}${previous !== undefined && previous !== primary ? ` (move it from ${previous})` : ''}`,
        'Every host on the UPS reaches the primary on TCP 3493',
        ...(ceph ? ['ceph -s is HEALTH_OK before the drill'] : []),
      ],
      action: {
        summary: `Staged shutdown: ${order}. The primary goes last: it waits up to HOSTSYNC ${hostsync} s for the secondaries to disconnect.${ceph ? ' ceph osd set noout runs before the first node stops; unset it when all are back.' : ''}`,
        commands: [...primaryCommands(model.hosts.find((host) => host.id === primary), change.subject, after, hostsync), ...secondaryCommands],
      },
      validation: [`upsc ${change.subject}@${primary}: ups.status OL, battery.charge, battery.runtime`, ...secondaries.map((id) => `On ${id}: upsc ${change.subject}@${primary} answers and upsmon logs "Communications with UPS established"`), `Drill in a maintenance window: upsmon -c fsd on ${primary}; the hosts go down in order (${stages.map((stage) => stage.stage).join(' → ')}) and come back when power returns${ceph ? '; then ceph osd unset noout' : ''}`],
      rollback: ['systemctl disable --now nut-monitor on every host (no automated shutdown, as before)'],
      blastRadius: hosts,
      duration: 2 * HOUR,
    }),
  ];
}

export const powerTemplates: TemplateTable = {
  'nut-config.change': nutTemplate,
};
