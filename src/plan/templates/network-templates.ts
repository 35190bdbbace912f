/**
 * Step templates for gateways, switches, links, VLANs, DHCP, firewall rules, WAN uplinks, port
 * forwards and VPNs. OPNsense paths are its web UI menus (https://docs.opnsense.org/manual/);
 * UniFi paths are UniFi Network 8/9's. A VLAN's cut-over offers a make-before-break bridge so a
 * protected VLAN never loses its gateway or DHCP server.
 */
import { findEntity } from '../../model/collections.js';
import type { Model, NetworkDevice, Vlan, Wan } from '../../model/types.js';
import type { Change } from '../plan-types.js';
import { platformOf, type Platform } from '../../model/device-platform.js';
import { HOUR, MINUTE, draft, listText, shell, ui, type StepDraft, type TemplateContext, type TemplateTable } from './step-draft.js';

export { platformOf, type Platform };

/** The network device `id` of `model`. */
export function device(model: Model, id: string | undefined): NetworkDevice | undefined {
  return id === undefined ? undefined : (findEntity(model, 'network.devices', id) as NetworkDevice | undefined);
}

/** Where a task is done on each platform. */
export const PATHS: Readonly<Record<Platform, Readonly<Record<'vlan' | 'assign' | 'dhcp' | 'dns' | 'rules' | 'nat' | 'ids' | 'wireguard' | 'wan' | 'backup', string>>>> = {
  opnsense: {
    vlan: 'Interfaces ▸ Other Types ▸ VLAN',
    assign: 'Interfaces ▸ Assignments',
    dhcp: 'Services ▸ ISC DHCPv4 ▸ <interface> (Static Mappings at the bottom)',
    dns: 'Services ▸ Unbound DNS ▸ Overrides',
    rules: 'Firewall ▸ Rules ▸ <interface>',
    nat: 'Firewall ▸ NAT ▸ Port Forward',
    ids: 'Services ▸ Intrusion Detection ▸ Administration (IPS mode, download rulesets)',
    wireguard: 'VPN ▸ WireGuard ▸ Instances / Peers',
    wan: 'Interfaces ▸ [WAN]',
    backup: 'System ▸ Configuration ▸ Backups',
  },
  pfsense: {
    vlan: 'Interfaces ▸ Assignments ▸ VLANs',
    assign: 'Interfaces ▸ Assignments',
    dhcp: 'Services ▸ DHCP Server ▸ <interface>',
    dns: 'Services ▸ DNS Resolver ▸ Host Overrides',
    rules: 'Firewall ▸ Rules ▸ <interface>',
    nat: 'Firewall ▸ NAT ▸ Port Forward',
    ids: 'Services ▸ Suricata (package)',
    wireguard: 'VPN ▸ WireGuard (package)',
    wan: 'Interfaces ▸ WAN',
    backup: 'Diagnostics ▸ Backup & Restore',
  },
  unifi: {
    vlan: 'Settings ▸ Networks ▸ Create New (VLAN ID)',
    assign: 'Settings ▸ Networks',
    dhcp: 'Settings ▸ Networks ▸ <network> ▸ DHCP',
    dns: 'Settings ▸ Routing ▸ DNS',
    rules: 'Settings ▸ Security ▸ Traffic & Firewall Rules',
    nat: 'Settings ▸ Routing ▸ Port Forwarding',
    ids: 'Settings ▸ Security ▸ Intrusion Prevention',
    wireguard: 'Settings ▸ VPN ▸ VPN Server',
    wan: 'Settings ▸ Internet',
    backup: 'Settings ▸ System ▸ Backups ▸ Download',
  },
  other: {
    vlan: 'VLAN interfaces',
    assign: 'interface assignment',
    dhcp: 'DHCP server',
    dns: 'DNS overrides',
    rules: 'firewall rules',
    nat: 'port forwards',
    ids: 'IDS/IPS',
    wireguard: 'WireGuard',
    wan: 'WAN interface',
    backup: 'configuration backup',
  },
};

function vlanOf(model: Model, id: string): Vlan | undefined {
  return findEntity(model, 'network.vlans', id) as Vlan | undefined;
}

function gatewayAddress(vlan: Vlan | undefined): string {
  return vlan?.subnet !== undefined ? `the gateway address of ${vlan.subnet}` : 'the VLAN\'s gateway address';
}

function formatLease(seconds: number | undefined): string {
  if (seconds === undefined) return 'its current lease time';
  return seconds >= HOUR ? `${Math.round(seconds / HOUR)} h` : `${Math.round(seconds / MINUTE)} min`;
}

/** What the old gateway does, as a checklist the new one must cover. */
function roleInventory(model: Model, old: NetworkDevice): string[] {
  const vlans = model.network.vlans.filter((vlan) => vlan.gateway === old.id);
  const dhcp = model.network.vlans.filter((vlan) => vlan.dhcp?.server === old.id);
  const vpns = model.network.vpns.filter((vpn) => vpn.endpoint === old.id);
  const wans = model.network.wan.filter((wan) => wan.device === old.id);
  return [
    `services: ${listText([...old.services])}`,
    `routes ${vlans.length} VLAN(s): ${listText(vlans.map((vlan) => `${vlan.id} (VID ${vlan.vid}${vlan.subnet ? `, ${vlan.subnet}` : ''})`))}`,
    `DHCP for ${listText(dhcp.map((vlan) => vlan.id))}`,
    ...(wans.length > 0 ? [`terminates ${listText(wans.map((wan) => `${wan.id} (${wan.provider ?? 'ISP'})`))}`] : []),
    ...(vpns.length > 0 ? [`VPN endpoint of ${listText(vpns.map((vpn) => `${vpn.id} (${vpn.kind})`))}`] : []),
    `${model.network.firewall.rules.length} firewall rule(s), ${model.network.portForwards.length} port forward(s)`,
  ];
}

export const networkTemplates: TemplateTable = {
  'gateway.add': (change, context) => gatewayBuild(change, context),
  'gateway.remove': (change, context) => {
    const old = change.before as unknown as NetworkDevice;
    return [
      draft(change, {
        title: `Decommission ${change.subject}${old.model ? ` (${old.model})` : ''}`,
        preChecks: ['Every VLAN, the WAN uplink and every VPN run on the new gateway and have done so for at least a week', 'The old configuration backup is stored off the device'],
        action: { summary: 'Power it off and keep it boxed as the fallback for a week; then factory-reset it (and remove it from the UniFi site or cloud account).', commands: [ui(PATHS[platformOf(old)].backup, change.subject)] },
        validation: ['kestra analyze on the updated spec shows no finding about the old gateway; monitoring has no target left on it'],
        rollback: [`Until the reset: re-cable ${change.subject} (WAN and LAN trunk) and power it on; its configuration is unchanged`],
        blastRadius: [change.subject],
        disrupts: [`device:${change.subject}`],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'network-device.add': (change) => {
    const entity = change.after as unknown as NetworkDevice;
    return [
      draft(change, {
        title: `Install ${entity.kind} ${change.subject}${entity.model ? ` (${entity.model})` : ''}`,
        action: { summary: 'Rack, power and cable it; adopt it in its controller; set its management VLAN.', commands: [ui('Adopt the device in its controller; set the management VLAN and a fixed address')] },
        validation: ['It answers on its management address; every cabled port is up at its speed'],
        rollback: ['Unplug it; nothing depends on it yet'],
        duration: HOUR,
      }),
    ];
  },
  'network-device.remove': (change) => [
    draft(change, {
      title: `Remove ${change.subject}`,
      preChecks: ['No link, VLAN or PoE device depends on it any more'],
      action: { summary: 'Unplug it and remove it from its controller.', commands: [ui('Controller ▸ Devices ▸ ' + change.subject + ' ▸ Forget')] },
      validation: ['Everything that was cabled to it is reachable'],
      rollback: ['Re-cable it; its configuration is unchanged'],
      disrupts: [`device:${change.subject}`],
      duration: 30 * MINUTE,
    }),
  ],
  'network-device.modify': (change, context) => {
    const entity = change.after as unknown as NetworkDevice;
    const ports = change.patches.flatMap((patch) => (patch.op === 'add-item' && patch.path === 'ports' ? [patch.itemKey] : []));
    const platform = platformOf(entity);
    return [
      draft(change, {
        title: ports.length > 0 ? `Prepare port ${listText(ports)} on ${change.subject}` : `Change ${change.subject}`,
        action: {
          summary: ports.length > 0 ? `Use the free port${ports.length > 1 ? 's' : ''} ${listText(ports)} as a trunk: native ${context.target.network.vlans.find((vlan) => vlan.vid === 1)?.id ?? 'management'} VLAN, every other VLAN tagged.` : `Set ${listText(change.fields.map((field) => field.path))}.`,
          commands: [ui(platform === 'unifi' ? `UniFi Network ▸ Devices ▸ ${change.subject} ▸ Port Manager ▸ ${ports.join(', ') || '<port>'}: Native VLAN, Tagged VLANs = Allow All` : `${change.subject}: port ${ports.join(', ') || '<port>'} as a trunk`)],
        },
        validation: ['The port shows the intended VLAN profile'],
        rollback: ['Return the port to its previous profile'],
        duration: 10 * MINUTE,
      }),
    ];
  },
  'link.add': (change) => linkDraft(change, 'Cable', ['Both ends show link up at the expected speed (switch UI, ethtool)']),
  'link.remove': (change) => linkDraft(change, 'Unplug', ['Nothing that used the cable lost connectivity']),
  'link.modify': (change) => linkDraft(change, 'Re-cable', ['Both ends up at the expected speed']),
  'vlan.add': (change, context) => {
    const vlan = change.after as unknown as Vlan;
    const platform = platformOf(device(context.target, vlan.gateway));
    return [
      draft(change, {
        title: `Create VLAN ${change.subject} (VID ${vlan.vid}, ${vlan.zone})`,
        action: {
          summary: `${vlan.subnet ?? 'no subnet'}${vlan.gateway ? `, routed by ${vlan.gateway}` : ', not routed'}${vlan.dhcp ? `, DHCP from ${vlan.dhcp.server}` : ''}; tag it on the trunks that carry it.`,
          commands: vlan.gateway ? [ui(PATHS[platform].vlan, vlan.gateway), ui(PATHS[platform].assign, vlan.gateway), ...(vlan.dhcp ? [ui(PATHS[platform].dhcp, vlan.dhcp.server)] : []), ui(PATHS[platform].rules, vlan.gateway)] : [ui('Switch: tag the VLAN on the ports of its members')],
        },
        validation: ['A client on the VLAN gets an address (or, unrouted, reaches its peers) and nothing else than the policy allows'],
        rollback: ['Delete the VLAN interface and untag it'],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'vlan.remove': (change) => [
    draft(change, {
      title: `Remove VLAN ${change.subject}`,
      preChecks: ['No device or guest uses it any more'],
      action: { summary: 'Remove its interface, DHCP scope and firewall rules; untag it.', commands: [ui('Gateway: VLAN interface, DHCP scope, rules; switch: untag')] },
      validation: ['No client lost connectivity'],
      rollback: ['Create it again with the same VID and subnet'],
      disrupts: [`vlan:${change.subject}`],
      duration: 20 * MINUTE,
    }),
  ],
  'vlan.modify': (change) => [
    draft(change, {
      title: `Change VLAN ${change.subject}`,
      action: { summary: `Set ${listText(change.fields.map((field) => field.path))}.`, commands: [ui('Gateway: Interfaces ▸ ' + change.subject)] },
      validation: ['Clients on the VLAN still get addresses and reach what the policy allows'],
      rollback: ['Set the previous values'],
      duration: 15 * MINUTE,
    }),
  ],
  'vlan-gateway.change': (change, context) => vlanCutover(change, context),
  'dhcp-scope.add': (change, context) => dhcpDraft(change, context, 'Serve DHCP'),
  'dhcp-scope.change': (change, context) => dhcpDraft(change, context, 'Move DHCP'),
  'dhcp-scope.remove': (change, context) => dhcpDraft(change, context, 'Stop DHCP'),
  'firewall-rule.add': (change, context) => ruleDraft(change, context, 'Add'),
  'firewall-rule.remove': (change, context) => ruleDraft(change, context, 'Remove'),
  'firewall-policy.change': (change) => [
    draft(change, {
      title: `Change the default inter-VLAN policy to ${String(change.fields[0]?.after)}`,
      preChecks: ['Every flow that must keep working has an explicit allow rule (DNS, NTP, the management paths, casting/mDNS where wanted)'],
      action: { summary: 'Add a final block rule per interface (or set the default), allow rules above it.', commands: [ui('Firewall ▸ Rules ▸ <each interface>: last rule "block any"')] },
      validation: ['Test the zone matrix from one client per VLAN: allowed flows work, the rest time out'],
      rollback: ['Disable the final block rules'],
      blastRadius: ['every VLAN'],
      duration: HOUR,
    }),
  ],
  'wan.move': (change, context) => {
    const wan = change.after as unknown as Wan;
    const from = String(change.before?.['device']);
    const to = wan.device;
    const platform = platformOf(device(context.target, to));
    const forwards = context.target.network.portForwards;
    return [
      draft(change, {
        title: `Move the uplink ${change.subject} from ${from} to ${to}`,
        preChecks: [`Note ${from}'s WAN settings: DHCP or PPPoE, VLAN tag, MAC address (clone it if the ISP binds to it)`, `${to} has its WAN interface configured the same way and its port forwards staged (${forwards.length})`],
        action: {
          summary: `Unplug the ONT/modem from ${from}, plug it into ${to}'s WAN port; the public address moves with it.`,
          commands: [ui(PATHS[platform].wan, to), ...(forwards.length > 0 ? [ui(`${PATHS[platform].nat}: ${listText(forwards.map((forward) => `${forward.protocol} ${forward.port} → ${forward.to}`))}`, to)] : [])],
        },
        validation: [`${to} shows a public address on WAN; ping 1.1.1.1 and resolve a name from every VLAN`, `Speed test from a wired client ≥ 90 % of ${Math.round(wan.down / 1e6)} Mbit/s down`, ...(forwards.length > 0 ? ['Each port forward answers from outside (phone on mobile data)'] : [])],
        rollback: [`Plug the ONT back into ${from}; it still holds its WAN configuration`],
        downtime: 5 * MINUTE,
        downtimeBasis: 'the internet is down while the uplink is re-plugged and the new gateway obtains its address (DHCP/PPPoE, about 5 min)',
        blastRadius: [change.subject, 'internet access of every VLAN'],
        disrupts: [`wan:${change.subject}`],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'vpn.move': (change, context) => {
    const to = String(change.after?.['endpoint']);
    const platform = platformOf(device(context.target, to));
    return [
      draft(change, {
        title: `Move VPN ${change.subject} to ${to}`,
        preChecks: ['List the peers and their allowed IPs; decide whether to keep the server key (peers unchanged) or issue new configs'],
        action: { summary: 'Recreate the server with the same listen port and tunnel subnet, import the peers, allow its port on WAN.', commands: [ui(PATHS[platform].wireguard, to), ui(`${PATHS[platform].rules.replace('<interface>', 'WAN')}: allow UDP <listen port>`, to)] },
        validation: ['A peer on mobile data completes a handshake (wg show) and reaches a LAN service'],
        rollback: ['Point the peers back at the old endpoint while it still runs'],
        downtime: 10 * MINUTE,
        downtimeBasis: 'remote users cannot connect until the server answers on the new gateway',
        disrupts: [`vpn:${change.subject}`],
        duration: 45 * MINUTE,
      }),
    ];
  },
  'port-forward.add': (change) => forwardDraft(change, 'Add'),
  'port-forward.remove': (change) => forwardDraft(change, 'Remove'),
  'port-forward.modify': (change) => forwardDraft(change, 'Change'),
};

function linkDraft(change: Change, verb: string, validation: readonly string[]): StepDraft[] {
  const link = (change.after ?? change.before) as { a: string; b: string };
  return [draft(change, { title: `${verb} ${link.a} ↔ ${link.b}`, action: { summary: `${verb} the cable between ${link.a} and ${link.b}.`, commands: [] }, validation, rollback: [verb === 'Cable' ? 'Unplug it' : 'Plug it back'], duration: 10 * MINUTE, blastRadius: [link.a.split(':')[0] ?? '', link.b.split(':')[0] ?? ''] })];
}

function gatewayBuild(change: Change, context: TemplateContext): StepDraft[] {
  const entity = change.after as unknown as NetworkDevice;
  const platform = platformOf(entity);
  const paths = PATHS[platform];
  const replaced = context.changes.find((candidate) => candidate.kind === 'gateway.remove')?.before as unknown as NetworkDevice | undefined;
  const vlans = context.target.network.vlans.filter((vlan) => vlan.gateway === change.subject);
  const rules = context.target.network.firewall.rules;
  const inventory = replaced === undefined ? [] : roleInventory(context.current, replaced);
  const commands = [
    ui(`${paths.assign}: WAN on its WAN port (temporarily behind the old gateway, double NAT), LAN trunk on its LAN port`, change.subject),
    ...vlans.map((vlan) => ui(`${paths.vlan}: VLAN ${vlan.vid} (${vlan.id}) on the LAN trunk; ${paths.assign}: enable it with ${gatewayAddress(vlan)}, interface DISABLED until its cut-over`, change.subject)),
    ...vlans.filter((vlan) => vlan.dhcp?.server === change.subject).map((vlan) => ui(`${paths.dhcp.replace('<interface>', vlan.id)}: same range and options as today, lease ${formatLease(vlan.dhcp?.leaseTime)}; import the static mappings exported from the old gateway`, change.subject)),
    ui(`${paths.dns}: the local host names exported from the old gateway`, change.subject),
    ...rules.map((rule) => ui(`${paths.rules.replace('<interface>', rule.from)}: ${rule.action} ${rule.from} → ${rule.to}${rule.ports ? ` ports ${rule.ports.join(',')}` : ''}${rule.description ? ` (${rule.description})` : ''}`, change.subject)),
    ...(entity.services.includes('ids') ? [ui(`${paths.ids}: IPS mode on WAN`, change.subject)] : []),
    ...(vlans.some((vlan) => vlan.mdns === true) ? [ui(`System ▸ Firmware ▸ Plugins: os-mdns-repeater; Services ▸ mDNS Repeater: ${vlans.filter((vlan) => vlan.mdns === true).map((vlan) => vlan.id).join(', ')}`, change.subject)] : []),
    ...(entity.services.includes('ddns') ? [ui('System ▸ Firmware ▸ Plugins: os-ddclient; Services ▸ Dynamic DNS: the same host names and provider', change.subject)] : []),
    ui(`${paths.backup}: download the configuration once built`, change.subject),
  ];
  const steps: StepDraft[] = [];
  if (replaced !== undefined) {
    steps.push(
      draft(change, {
        key: 'inventory',
        title: `Inventory every role of ${replaced.id} and export its configuration`,
        phase: 'prepare',
        applies: false,
        action: { summary: `Each role needs a new home: ${inventory.join('; ')}.`, commands: [ui(PATHS[platformOf(replaced)].backup, replaced.id), ui(`${PATHS[platformOf(replaced)].dhcp}: export the fixed IPs (DHCP reservations)`, replaced.id), ui(`${PATHS[platformOf(replaced)].nat}: note every port forward`, replaced.id)] },
        validation: ['The export and the role list are stored off the device; every role has a new home in the design'],
        rollback: ['Nothing changed'],
        blastRadius: [],
        duration: 45 * MINUTE,
      }),
    );
  }
  steps.push(
    draft(change, {
      title: `Install ${entity.platform ?? 'the new gateway'} on ${change.subject}${entity.model ? ` (${entity.model})` : ''} in parallel`,
      preChecks: ['Firmware/installer image checksum verified', 'A management laptop can reach the box directly'],
      action: { summary: 'Install, set the admin password and management address, update to the latest release; nothing routes through it yet.', commands: [shell('opnsense-update   # or System ▸ Firmware ▸ Updates', change.subject)] },
      validation: ['The web UI answers on the management address; System ▸ Firmware shows it up to date'],
      rollback: ['Power it off; nothing depends on it yet'],
      blastRadius: [change.subject],
      duration: HOUR,
    }),
    draft(change, {
      key: 'configure',
      title: `Build the configuration on ${change.subject}: ${vlans.length} VLANs, DHCP, DNS, ${rules.length} firewall rules`,
      applies: false,
      action: { summary: 'Translate the old gateway\'s configuration; the VLAN interfaces stay disabled until their cut-over.', commands },
      validation: ['Throughput through the box with IPS on, measured with iperf3 behind the old gateway, is at least the WAN download rate', 'A test client on a spare trunk port gets a lease on each VLAN once its interface is enabled briefly'],
      rollback: ['Nothing routes through it yet: restore the empty configuration'],
      blastRadius: [change.subject],
      duration: 3 * HOUR,
    }),
  );
  return steps;
}

function vlanCutover(change: Change, context: TemplateContext): StepDraft[] {
  const vlan = vlanOf(context.target, change.subject);
  const before = vlanOf(context.current, change.subject);
  const from = before?.gateway ?? '<old gateway>';
  const to = vlan?.gateway ?? '<new gateway>';
  const oldPaths = PATHS[platformOf(device(context.current, from))];
  const newPaths = PATHS[platformOf(device(context.target, to))];
  const hasDhcp = before?.dhcp !== undefined;
  const clients = vlan?.clients !== undefined ? `${vlan.clients} clients` : 'the clients';
  const lowerLease: StepDraft[] = hasDhcp
    ? [
        draft(change, {
          key: 'lower-lease',
          title: `Lower the DHCP lease time of ${change.subject} before its cut-over`,
          phase: 'prepare',
          applies: false,
          action: { summary: `Set the lease time on ${from} to 10 min at least ${formatLease(before?.dhcp?.leaseTime)} (one old lease) before the cut-over, so clients renew with the new server quickly; restore it afterwards.`, commands: [ui(`${oldPaths.dhcp.replace('<network>', change.subject)}: lease time 600 s`, from)] },
          validation: [`A client on ${change.subject} shows a 10-min lease (ipconfig /all, or the DHCP leases list)`],
          rollback: [`Set the lease time back to ${formatLease(before?.dhcp?.leaseTime)}`],
          blastRadius: [change.subject],
          duration: 10 * MINUTE,
        }),
      ]
    : [];
  const checks = [`A client on ${change.subject}: default route via ${gatewayAddress(vlan)} answered by ${to} (arp -a shows ${to}'s MAC)`, ...(hasDhcp ? [`A renewed lease comes from ${vlan?.dhcp?.server ?? to} (${newPaths.dhcp.replace('<interface>', change.subject)} ▸ Leases)`] : []), `${clients} back online (compare the count with the old gateway's client list)`, 'Internet and the allowed inter-VLAN flows work'];
  const breakBeforeMake = draft(change, {
    title: `Cut over VLAN ${change.subject} from ${from} to ${to}`,
    preChecks: [`${to} has ${change.subject}'s interface, DHCP scope and rules staged`, `The fallback works: the old gateway can take ${change.subject} back`],
    action: { summary: `Stop routing and DHCP for ${change.subject} on ${from}, then enable its interface and DHCP on ${to}.`, commands: [ui(`${oldPaths.assign.replace('<network>', change.subject)} ▸ ${change.subject}: disable the gateway (VLAN only / third-party gateway)`, from), ui(`${newPaths.assign} ▸ ${change.subject}: enable`, to)] },
    validation: checks,
    rollback: [`Disable ${change.subject} on ${to} and re-enable it on ${from}`],
    downtime: 2 * MINUTE,
    downtimeBasis: 'break-before-make: clients lose the gateway until the new one answers ARP and they renew (about 2 min)',
    blastRadius: [change.subject],
    disrupts: [`vlan:${change.subject}`],
    duration: 20 * MINUTE,
  });
  const prestage = draft(change, {
    key: 'prestage',
    title: `Pre-stage VLAN ${change.subject} on ${to} for a make-before-break hand-over`,
    phase: 'build',
    applies: false,
    action: { summary: `Configure ${change.subject} on ${to} with the same gateway address, the same DHCP range and every static mapping, interface disabled; rehearse the hand-over and the fallback with a test client on a spare port.`, commands: [ui(`${newPaths.assign} ▸ ${change.subject}: ${gatewayAddress(vlan)}, disabled`, to), ui(newPaths.dhcp.replace('<interface>', change.subject), to)] },
    validation: ['The rehearsal worked both ways: the test client followed the gateway address to the new box and back'],
    rollback: ['Nothing serves traffic from it yet'],
    blastRadius: [],
    duration: 30 * MINUTE,
  });
  const handover = draft(change, {
    title: `Hand over VLAN ${change.subject} from ${from} to ${to} (make-before-break)`,
    preChecks: ['The pre-staged interface and DHCP scope match the old ones exactly', `Clients hold valid leases (the DHCP server is not needed during the hand-over)`],
    action: { summary: `In one move: disable the gateway address on ${from} and enable the staged interface on ${to}, which announces the address with a gratuitous ARP. Clients keep their addresses and leases; existing NAT sessions reset and reconnect.`, commands: [ui(`${oldPaths.assign.replace('<network>', change.subject)} ▸ ${change.subject}: VLAN only`, from), ui(`${newPaths.assign} ▸ ${change.subject}: enable`, to), shell(`arping -c 3 <gateway address of ${change.subject}>   # from a client: the reply carries ${to}'s MAC`)] },
    validation: checks,
    rollback: [`Reverse the hand-over: disable on ${to}, re-enable on ${from} (rehearsed in the pre-stage step)`],
    downtime: 0,
    downtimeBasis: 'make-before-break: the gateway address moves in seconds and clients keep their leases; only NAT sessions restart',
    blastRadius: [change.subject],
    disrupts: [],
    duration: 20 * MINUTE,
  });
  return [...lowerLease, { ...breakBeforeMake, bridges: [{ reason: `keep ${change.subject} served throughout: make-before-break hand-over of the same gateway address`, steps: [prestage, handover] }] }];
}

function dhcpDraft(change: Change, context: TemplateContext, verb: string): StepDraft[] {
  const vlan = vlanOf(context.target, change.subject) ?? vlanOf(context.current, change.subject);
  const server = vlan?.dhcp?.server ?? '<server>';
  const old = vlanOf(context.current, change.subject)?.dhcp?.server;
  const range = vlanOf(context.target, change.subject)?.dhcp?.range;
  const oldRange = vlanOf(context.current, change.subject)?.dhcp?.range;
  const resize = old === server && range !== oldRange;
  return [
    draft(change, {
      title: resize ? `Set the DHCP range of ${change.subject} to ${range ?? 'the default'} on ${server}` : `${verb} for ${change.subject}${vlan?.dhcp ? ` on ${server}` : ''}`,
      preChecks: resize ? [`No static mapping or fixed address of ${change.subject} lies inside ${range ?? 'the new range'}`] : ['The new scope has the same range, options and static mappings as the old one'],
      action: { summary: resize ? `Leases outside the new range are not renewed; clients move into it at their next renewal.` : old !== undefined && old !== server ? `Enable the scope on ${server}, then disable it on ${old}; clients keep their leases and renew with the new server.` : `Apply the scope${range !== undefined ? ` (range ${range})` : ''}.`, commands: [ui(`${PATHS[platformOf(device(context.target, server))].dhcp.replace('<interface>', change.subject).replace('<network>', change.subject)}${range !== undefined ? `: range ${range.replace('-', ' – ')}` : ''}`, server)] },
      validation: [`A client on ${change.subject} renews its lease from ${server}`],
      rollback: [old !== undefined ? `Re-enable the scope on ${old}` : 'Disable the scope'],
      duration: 20 * MINUTE,
    }),
  ];
}

function ruleDraft(change: Change, context: TemplateContext, verb: string): StepDraft[] {
  const rule = (change.after ?? change.before) as { from: string; to: string; action: string; ports?: unknown[]; description?: string };
  const gateway = vlanOf(context.target, rule.from)?.gateway ?? context.target.network.vlans.find((vlan) => vlan.zone === rule.from)?.gateway;
  return [
    draft(change, {
      title: `${verb} firewall rule ${rule.action} ${rule.from} → ${rule.to}${rule.ports ? ` (${rule.ports.join(', ')})` : ''}`,
      action: { summary: rule.description ?? `${rule.action} traffic from ${rule.from} to ${rule.to}.`, commands: [ui(`${PATHS[platformOf(device(context.target, gateway))].rules.replace('<interface>', rule.from)}`, gateway)] },
      validation: [`From a client in ${rule.from}: ${rule.action === 'allow' ? 'the flow works' : 'the flow is blocked'} (nc -vz <host in ${rule.to}> <port>)`],
      rollback: ['Disable the rule'],
      blastRadius: [rule.from, rule.to],
      duration: 10 * MINUTE,
    }),
  ];
}

function forwardDraft(change: Change, verb: string): StepDraft[] {
  const forward = (change.after ?? change.before) as { port: unknown; protocol?: string; to: string; service?: string };
  return [
    draft(change, {
      title: `${verb} port forward ${forward.protocol ?? 'tcp'} ${String(forward.port)} → ${forward.to}`,
      action: { summary: forward.service ?? 'Publish the service.', commands: [ui('Firewall ▸ NAT ▸ Port Forward')] },
      validation: ['From outside (mobile data) the port answers as intended'],
      rollback: ['Disable the forward'],
      blastRadius: [forward.to],
      duration: 10 * MINUTE,
    }),
  ];
}
