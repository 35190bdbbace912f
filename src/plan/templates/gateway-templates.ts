/**
 * Step templates for replacing a gateway: the parallel build (role inventory, install, configuration
 * translated from the old device), the VLAN cut-overs with lowered leases and a make-before-break
 * bridge for protected VLANs, the uplink and VPN moves, and the old device's decommissioning.
 */
import type { NetworkDevice, Wan } from '../../model/types.js';
import type { Change } from '../plan-types.js';
import { PATHS, device, formatLease, gatewayAddress, platformOf, roleInventory, vlanOf } from './gateway-ui-paths.js';
import { HOUR, MINUTE, draft, listText, shell, ui, type StepDraft, type TemplateContext, type TemplateTable } from './step-draft.js';

export const gatewayTemplates: TemplateTable = {
  'gateway.add': (change, context) => gatewayBuild(change, context),
  'gateway.remove': (change) => {
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
  'vlan-gateway.change': (change, context) => vlanCutover(change, context),
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
};

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

