/**
 * Step templates for segmentation changes: VLANs on host NICs and on cables (the switch port plan),
 * guests moving to another VLAN (make-before-break with a second NIC), gateway services such as the
 * mDNS repeater, and re-plugging a network device. Switch paths follow each vendor's UI; Proxmox VE
 * bridges are made VLAN-aware (https://pve.proxmox.com/wiki/Network_Configuration#sysadmin_network_vlan).
 */
import { findEntity } from '../../model/collections.js';
import type { Host, Model, NetworkDevice, Vlan, Workload } from '../../model/types.js';
import type { Change, Command } from '../plan-types.js';
import { PATHS, device, platformOf } from './gateway-ui-paths.js';
import { MINUTE, config, draft, listText, shell, ui, vmid, type StepDraft, type TemplateContext, type TemplateTable } from './step-draft.js';

function vlanOf(model: Model, id: string): Vlan | undefined {
  return findEntity(model, 'network.vlans', id) as Vlan | undefined;
}

/** "lan (VID 1)" style names, in the order given. */
function named(model: Model, ids: readonly string[]): string {
  return listText(ids.map((id) => `${id} (VID ${vlanOf(model, id)?.vid ?? '?'})`));
}

/** The untagged VLAN of a port carrying `vlans` to something managed on `management`. */
function nativeOf(model: Model, vlans: readonly string[], management: string | undefined): string | undefined {
  return vlans.find((id) => vlanOf(model, id)?.vid === 1) ?? (management !== undefined && vlans.includes(management) ? management : vlans.length === 1 ? vlans[0] : undefined);
}

/** How to set a switch port's VLAN membership on the switch's own UI. */
export function switchPortCommand(model: Model, endpoint: string, vlans: readonly string[], native: string | undefined): Command {
  const [switchId = '', port = ''] = endpoint.split(':');
  const entity = device(model, switchId);
  const text = `${entity?.vendor ?? ''} ${entity?.model ?? ''} ${entity?.platform ?? ''}`.toLowerCase();
  const tagged = vlans.filter((id) => id !== native);
  const vids = (ids: readonly string[]) => ids.map((id) => vlanOf(model, id)?.vid ?? id).join(',');
  if (/unifi|ubiquiti/u.test(text)) return ui(`UniFi Network ▸ Devices ▸ ${switchId} ▸ Port Manager ▸ ${port}: Native VLAN ${native ?? 'none'}, Tagged VLAN Management: Custom (${tagged.join(', ') || 'none'})`, switchId);
  if (/mikrotik|routeros/u.test(text)) return shell(`/interface bridge vlan add bridge=bridge vlan-ids=${vids(tagged) || '-'} tagged=${port}${native !== undefined ? `; /interface bridge port set [find interface=${port}] pvid=${vlanOf(model, native)?.vid ?? 1}` : ''}`, switchId);
  if (/omada|tp-?link/u.test(text)) return ui(`Omada Controller ▸ Devices ▸ ${switchId} ▸ Ports ▸ ${port}: profile with native ${native ?? 'none'} and tagged ${tagged.join(', ') || 'none'} (standalone: VLAN ▸ 802.1Q VLAN)`, switchId);
  return ui(`${switchId} web UI ▸ VLAN ▸ 802.1Q: port ${port} untagged ${native ?? 'none'} (PVID ${native !== undefined ? (vlanOf(model, native)?.vid ?? '?') : '-'}), tagged ${vids(tagged) || 'none'}`, switchId);
}

/** Commands that give `host`'s NIC the new VLANs, by what runs on the host. */
function hostVlanCommands(model: Model, host: Host, nic: string, added: readonly string[]): Command[] {
  const os = `${host.os ?? ''}`.toLowerCase();
  if (host.role === 'hypervisor' || os.includes('proxmox')) {
    return [config(`/etc/network/interfaces: the bridge on ${nic} gets "bridge-vlan-aware yes" and "bridge-vids 2-4094" (once), then ifreload -a`, host.id), shell('bridge vlan show', host.id)];
  }
  if (os.includes('truenas')) return added.map((id) => ui(`Network ▸ Interfaces ▸ Add: Type VLAN, parent ${nic}, tag ${vlanOf(model, id)?.vid ?? '?'}, an address in ${vlanOf(model, id)?.subnet ?? id}; Test Changes, then Save`, host.id));
  if (os.includes('dsm') || /synology/u.test(`${host.model ?? ''}`.toLowerCase())) return [ui(`Control Panel ▸ Network ▸ Network Interface ▸ ${nic} ▸ Edit ▸ Enable VLAN (one VLAN per interface; more need Open vSwitch)`, host.id)];
  return added.map((id) => shell(`ip link add link ${nic} name ${nic}.${vlanOf(model, id)?.vid ?? '?'} type vlan id ${vlanOf(model, id)?.vid ?? '?'}   # and persist it (netplan or /etc/network/interfaces)`, host.id));
}

function nicVlansTemplate(change: Change, context: TemplateContext): StepDraft[] {
  const before = change.before as unknown as Host;
  const after = change.after as unknown as Host;
  const drafts: StepDraft[] = [];
  for (const nic of after.nics) {
    const old = before.nics.find((candidate) => candidate.id === nic.id);
    const guests = context.current.workloads.filter((workload) => workload.host === change.subject && workload.runsOn === undefined).flatMap((workload) => workload.vlans);
    // Undeclared, a NIC carries the management VLAN and whatever its guests are attached to.
    const was = old?.vlans ?? [...new Set([...(before.managementVlan !== undefined ? [before.managementVlan] : []), ...guests])];
    const now = nic.vlans ?? (after.managementVlan !== undefined ? [after.managementVlan] : []);
    if (old === undefined || was.join(',') === now.join(',')) continue;
    const added = now.filter((id) => !was.includes(id));
    const removed = was.filter((id) => !now.includes(id));
    const native = nativeOf(context.target, now, after.managementVlan);
    const nativeBefore = nativeOf(context.current, was, before.managementVlan);
    const hitless = native === nativeBefore;
    drafts.push(
      draft(change, {
        key: drafts.length === 0 ? '' : nic.id,
        title: `Carry ${named(context.target, added)} to ${change.subject}:${nic.id}${nic.connectedTo ? ` (switch port ${nic.connectedTo})` : ''}`,
        preChecks: [`A console on ${change.subject} other than ${nic.id} (or physical access), in case the port stops passing the management VLAN`, `The switch configuration is backed up`],
        action: {
          summary: `Make the port a trunk: ${native !== undefined ? `native ${native}, ` : ''}tagged ${listText(now.filter((id) => id !== native))}${removed.length > 0 ? `; stop carrying ${listText(removed)}` : ''}. Then give ${change.subject} the VLAN interfaces it uses.`,
          commands: [...(nic.connectedTo !== undefined ? [switchPortCommand(context.target, nic.connectedTo, now, native)] : []), ...hostVlanCommands(context.target, after, nic.id, added)],
        },
        validation: [`From ${change.subject}: ping the gateway (or a peer) on each of ${listText(added)}`, `${change.subject} still answers on its management address`],
        rollback: [`Restore the port's previous profile (${was.length > 0 ? `carrying ${listText(was)}` : 'as before'}) and the host's network configuration backup`],
        downtime: hitless ? 0 : 2 * MINUTE,
        downtimeBasis: hitless ? 'tagged VLANs are added to the port; its untagged VLAN stays, so existing traffic is not interrupted' : 'the untagged VLAN of the port changes: the host is unreachable until both ends agree',
        blastRadius: [change.subject],
        disrupts: hitless ? [] : [`host:${change.subject}`],
        duration: 20 * MINUTE,
      }),
    );
  }
  return drafts.length > 0 ? drafts : [draft(change, { title: `Update the VLANs of ${change.subject}'s NICs`, action: { summary: 'As the target spec says.', commands: [] }, validation: ['The host reaches each of its VLANs'], rollback: ['Restore the previous network configuration'], duration: 15 * MINUTE })];
}

function linkVlansTemplate(change: Change, context: TemplateContext): StepDraft[] {
  const link = change.after as unknown as { a: string; b: string; vlans?: string[] };
  const was = (change.before?.['vlans'] as string[] | undefined) ?? [];
  const now = link.vlans ?? [];
  const added = now.filter((id) => !was.includes(id));
  const ends = [link.a, link.b];
  const switchEnd = ends.find((end) => device(context.target, end.split(':')[0])?.kind === 'switch');
  const farEnd = ends.find((end) => end !== switchEnd) ?? link.b;
  const far = device(context.target, farEnd.split(':')[0]);
  const native = nativeOf(context.target, now, far?.managementVlan);
  const commands: Command[] = [];
  if (switchEnd !== undefined) commands.push(switchPortCommand(context.target, switchEnd, now, native));
  if (far?.kind === 'access-point') commands.push(ui(`Controller ▸ Wi-Fi: one SSID per client VLAN (${listText(now.filter((id) => id !== native))}), each mapped to its VLAN tag`, far.id));
  else if (far !== undefined && ['router', 'firewall', 'gateway'].includes(far.kind)) {
    const platform = platformOf(far);
    commands.push(...added.filter((id) => vlanOf(context.target, id)?.gateway === far.id).map((id) => ui(`${PATHS[platform].vlan}: VLAN ${vlanOf(context.target, id)?.vid} on ${farEnd.split(':')[1]}; ${PATHS[platform].assign}: enable it with the gateway address of ${vlanOf(context.target, id)?.subnet ?? id}`, far.id)));
  }
  return [
    draft(change, {
      title: `Carry ${named(context.target, added.length > 0 ? added : now)} on the cable ${link.a} ↔ ${link.b}`,
      preChecks: ['The switch and gateway configurations are backed up'],
      action: { summary: `Both ends carry ${native !== undefined ? `native ${native}, ` : ''}tagged ${listText(now.filter((id) => id !== native))}.`, commands },
      validation: [`A client on each of ${listText(added.length > 0 ? added : now)} behind this cable reaches its gateway`],
      rollback: [`Restore both ends' previous VLAN membership${was.length > 0 ? ` (${listText(was)})` : ''}`],
      blastRadius: ends.map((end) => end.split(':')[0] ?? ''),
      duration: 20 * MINUTE,
    }),
  ];
}

function workloadVlansTemplate(change: Change, context: TemplateContext): StepDraft[] {
  const before = change.before as unknown as Workload;
  const after = change.after as unknown as Workload;
  const added = after.vlans.filter((id) => !before.vlans.includes(id));
  const removed = before.vlans.filter((id) => !after.vlans.includes(id));
  const host = after.host ?? '<host>';
  const tool = after.kind === 'ct' ? 'pct' : 'qm';
  const tag = (id: string) => vlanOf(context.target, id)?.vid ?? '?';
  const nicSpec = (id: string) => (after.kind === 'ct' ? `name=eth1,bridge=vmbr0,tag=${tag(id)},ip=dhcp` : `virtio,bridge=vmbr0,tag=${tag(id)}`);
  const subnets = listText(added.map((id) => `${id} ${vlanOf(context.target, id)?.subnet ?? ''}`.trim()));
  const guestNote = after.kind === 'vm' || after.kind === 'ct' ? [] : ['It is not a VM or container: move it with the host or VM it runs in'];
  const inPlace = draft(change, {
    title: `Move ${change.subject} from ${listText(removed)} to ${listText(added)}`,
    preChecks: [`DNS names, bookmarks, reverse-proxy targets and port forwards to ${change.subject} are listed`, ...guestNote],
    action: {
      summary: `Change the VLAN tag of its network device and give it an address in ${subnets}; update DNS and every reference to the old address.`,
      commands: added.map((id) => shell(`${tool} set ${vmid(change.subject)} --net0 ${after.kind === 'ct' ? `name=eth0,bridge=vmbr0,tag=${tag(id)},ip=dhcp` : `virtio=<MAC>,bridge=vmbr0,tag=${tag(id)}`}`, host)),
    },
    validation: [`${change.subject} answers on its new address and by its DNS name from the VLANs that use it`],
    rollback: [`Set the previous tag (${listText(removed.map((id) => String(tag(id))))}) and address again`],
    downtime: 5 * MINUTE,
    downtimeBasis: 'the guest renumbers: clients lose it until it has its new address and DNS follows',
    blastRadius: [change.subject],
    disrupts: [`workload:${change.subject}`],
    duration: 30 * MINUTE,
  });
  const addNic = draft(change, {
    key: 'add-nic',
    title: `Give ${change.subject} a second NIC on ${listText(added)}`,
    phase: 'build',
    applies: false,
    action: { summary: `Hot-add a NIC on ${listText(added)} and configure its address inside the guest; the old NIC keeps serving.`, commands: added.map((id) => shell(`${tool} set ${vmid(change.subject)} --net1 ${nicSpec(id)}`, host)) },
    validation: [`${change.subject} answers on its new address too`],
    rollback: [`${tool} set ${vmid(change.subject)} --delete net1`],
    blastRadius: [change.subject],
    duration: 20 * MINUTE,
  });
  const retire = draft(change, {
    title: `Move clients of ${change.subject} to ${listText(added)} and remove its old NIC`,
    preChecks: [`${change.subject} answers on both addresses`, 'DNS TTLs were lowered a day before'],
    action: { summary: `Point DNS, reverse proxies and forwards at the new address; once the old address sees no traffic, remove the old NIC.`, commands: [shell(`${tool} set ${vmid(change.subject)} --delete net0`, host)] },
    validation: [`${change.subject} answers by its DNS name on the new address; nothing connects to the old one (conntrack -L on the gateway)`],
    rollback: [`Re-add the old NIC with its previous tag and address; DNS back`],
    downtime: 0,
    downtimeBasis: 'make-before-break: the guest has both addresses while clients move',
    blastRadius: [change.subject],
    disrupts: [],
    duration: 20 * MINUTE,
  });
  // Critical and high-criticality guests move make-before-break by default; the rest renumber in a
  // window unless a zero-downtime constraint makes the planner take the bridge.
  if (after.criticality === 'critical' || after.criticality === 'high') return [addNic, retire];
  return [{ ...inPlace, bridges: [{ reason: `keep ${change.subject} reachable: a second NIC on the new VLAN first, the old one removed once clients moved`, steps: [addNic, retire] }] }];
}

function serviceTemplate(change: Change, context: TemplateContext, adding: boolean): StepDraft[] {
  const entity = (change.after ?? change.before) as unknown as NetworkDevice;
  const service = change.item ?? '';
  const platform = platformOf(entity);
  const repeated = context.target.network.vlans.filter((vlan) => vlan.mdns === true && vlan.gateway === change.subject).map((vlan) => vlan.id);
  const commands: Command[] =
    service === 'mdns-repeater'
      ? [
          platform === 'opnsense'
            ? ui(`System ▸ Firmware ▸ Plugins: os-mdns-repeater; Services ▸ mDNS Repeater: ${adding ? `enable on ${listText(repeated)}` : 'disable'}`, change.subject)
            : platform === 'unifi'
              ? ui(`Settings ▸ Networks ▸ Global Network Settings ▸ Multicast DNS: ${adding ? listText(repeated) : 'off'}`, change.subject)
              : config(`/etc/avahi/avahi-daemon.conf: [reflector] enable-reflector=${adding ? 'yes' : 'no'}, allow-interfaces = the interfaces of ${listText(repeated)}`, change.subject),
        ]
      : [ui(`${change.subject}: ${adding ? 'enable' : 'disable'} ${service}`, change.subject)];
  return [
    draft(change, {
      title: `${adding ? 'Enable' : 'Disable'} ${service === 'mdns-repeater' ? 'the mDNS repeater' : service} on ${change.subject}`,
      action: { summary: service === 'mdns-repeater' ? `Repeat mDNS announcements between ${listText(repeated)} only; the firewall still decides who may connect.` : `${adding ? 'Enable' : 'Disable'} ${service}.`, commands },
      validation: service === 'mdns-repeater' ? [`A phone on ${repeated[0] ?? 'one VLAN'} discovers a cast target on ${repeated[1] ?? 'the other'}`] : [`${service} works as intended on ${change.subject}`],
      rollback: [`${adding ? 'Disable' : 'Enable'} it again`],
      blastRadius: service === 'mdns-repeater' ? repeated : [change.subject],
      duration: 20 * MINUTE,
    }),
  ];
}

export const segmentationTemplates: TemplateTable = {
  'nic-vlans.change': nicVlansTemplate,
  'link-vlans.change': linkVlansTemplate,
  'workload-vlans.change': workloadVlansTemplate,
  'device-service.add': (change, context) => serviceTemplate(change, context, true),
  'device-service.remove': (change, context) => serviceTemplate(change, context, false),
  'device-power.change': (change) => {
    const before = (change.before as unknown as NetworkDevice).power;
    const after = (change.after as unknown as NetworkDevice).power;
    const dual = (after?.psus ?? 1) > 1;
    return [
      draft(change, {
        title: `Re-plug ${change.subject} from ${listText(before?.feeds ?? []) || 'the wall'} to ${listText(after?.feeds ?? [])}`,
        preChecks: ['The UPS has room for its draw (upsc: ups.load)'],
        action: { summary: dual ? 'Move one power supply at a time.' : 'Move the plug; the device reboots.', commands: [] },
        validation: [`${change.subject} is back up and everything behind it reconnects`],
        rollback: ['Plug it back where it was'],
        downtime: dual ? 0 : 3 * MINUTE,
        downtimeBasis: dual ? 'two power supplies: one stays powered' : 'a single power supply: the device reboots (about 3 min)',
        disrupts: dual ? [] : [`device:${change.subject}`],
        duration: 10 * MINUTE,
      }),
    ];
  },
};
