/**
 * Step templates for switches, links, VLANs, DHCP scopes, firewall rules and port forwards. Gateway
 * replacement (cut-overs, uplink and VPN moves) is in gateway-templates.ts.
 */
import type { NetworkDevice, Vlan } from '../../model/types.js';
import type { Change } from '../plan-types.js';
import { PATHS, device, platformOf, vlanOf } from './gateway-ui-paths.js';
import { HOUR, MINUTE, draft, listText, ui, type StepDraft, type TemplateContext, type TemplateTable } from './step-draft.js';

export const networkTemplates: TemplateTable = {
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
  'port-forward.add': (change) => forwardDraft(change, 'Add'),
  'port-forward.remove': (change) => forwardDraft(change, 'Remove'),
  'port-forward.modify': (change) => forwardDraft(change, 'Change'),
};

function linkDraft(change: Change, verb: string, validation: readonly string[]): StepDraft[] {
  const link = (change.after ?? change.before) as { a: string; b: string };
  return [draft(change, { title: `${verb} ${link.a} ↔ ${link.b}`, action: { summary: `${verb} the cable between ${link.a} and ${link.b}.`, commands: [] }, validation, rollback: [verb === 'Cable' ? 'Unplug it' : 'Plug it back'], duration: 10 * MINUTE, blastRadius: [link.a.split(':')[0] ?? '', link.b.split(':')[0] ?? ''] })];
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
      action: { summary: resize ? 'Leases outside the new range are not renewed; clients move into it at their next renewal.' : old !== undefined && old !== server ? `Enable the scope on ${server}, then disable it on ${old}; clients keep their leases and renew with the new server.` : `Apply the scope${range !== undefined ? ` (range ${range})` : ''}.`, commands: [ui(`${PATHS[platformOf(device(context.target, server))].dhcp.replace('<interface>', change.subject).replace('<network>', change.subject)}${range !== undefined ? `: range ${range.replace('-', ' – ')}` : ''}`, server)] },
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
