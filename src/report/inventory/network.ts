/** Inventory tables for the network: devices, VLANs, firewall policy, WAN uplinks, port forwards and VPNs. */
import type { Model } from '../../model/types.js';
import { cell, describeDraw, idCell, rate, yesNo } from '../describe.js';
import type { Block } from '../report-model.js';
import { code } from '../rich-text.js';

/** Routers, firewalls, switches and access points. */
export function networkDeviceBlocks(model: Model): Block[] {
  if (model.network.devices.length === 0) return [];
  return [
    { kind: 'heading', text: 'Network devices' },
    {
      kind: 'table',
      columns: [{ title: 'Device' }, { title: 'Kind' }, { title: 'Model' }, { title: 'Platform' }, { title: 'Ports', align: 'right' }, { title: 'Services' }, { title: 'Config backed up' }, { title: 'Draw' }],
      rows: model.network.devices.map((device) => [
        idCell(device.id),
        cell(device.kind),
        cell(device.model),
        cell(device.platform),
        cell(device.ports.length > 0 ? String(device.ports.length) : undefined),
        cell(device.services.join(', ')),
        cell(yesNo(device.configBackup)),
        cell(describeDraw(device.power)),
      ]),
    },
  ];
}

/** VLANs with their zone, subnet, gateway and DHCP server. */
export function vlanBlocks(model: Model): Block[] {
  if (model.network.vlans.length === 0) return [];
  return [
    { kind: 'heading', text: 'VLANs and zones' },
    {
      kind: 'table',
      columns: [{ title: 'VLAN' }, { title: 'VID', align: 'right' }, { title: 'Zone' }, { title: 'Subnet' }, { title: 'Gateway' }, { title: 'DHCP' }, { title: 'Clients', align: 'right' }],
      rows: model.network.vlans.map((vlan) => [
        idCell(vlan.id),
        cell(String(vlan.vid)),
        cell(vlan.zone),
        cell(vlan.subnet),
        idCell(vlan.gateway),
        idCell(vlan.dhcp?.server),
        cell(vlan.clients?.toString()),
      ]),
    },
  ];
}

/** The inter-zone firewall policy as declared. */
export function firewallBlocks(model: Model): Block[] {
  const firewall = model.network.firewall;
  if (!firewall.declared) {
    return model.network.vlans.length > 1 ? [{ kind: 'heading', text: 'Firewall policy' }, { kind: 'paragraph', text: ['The spec declares no firewall policy between the VLANs.'] }] : [];
  }
  return [
    { kind: 'heading', text: 'Firewall policy' },
    { kind: 'paragraph', text: ['Traffic between zones that no rule matches is ', { kind: 'strong', text: firewall.defaultPolicy === 'allow' ? 'allowed' : 'denied' }, ' by default.'] },
    ...(firewall.rules.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            columns: [{ title: 'From' }, { title: 'To' }, { title: 'Action' }, { title: 'Ports' }, { title: 'Why' }],
            rows: firewall.rules.map((rule) => [cell(rule.from), cell(rule.to), cell(rule.action), cell(rule.ports?.join(', ')), cell(rule.description)]),
          },
        ]),
  ];
}

/** WAN uplinks, port forwards and VPNs: everything that crosses the site's edge. */
export function edgeBlocks(model: Model): Block[] {
  const blocks: Block[] = [];
  if (model.network.wan.length > 0) {
    blocks.push({ kind: 'heading', text: 'WAN and remote access' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Uplink' }, { title: 'Provider' }, { title: 'Kind' }, { title: 'Down', align: 'right' }, { title: 'Up', align: 'right' }, { title: 'Terminates on' }, { title: 'CGNAT' }],
      rows: model.network.wan.map((wan) => [idCell(wan.id), cell(wan.provider), cell(wan.kind), cell(rate(wan.down)), cell(rate(wan.up)), idCell(wan.device), cell(yesNo(wan.cgnat))]),
    });
  }
  if (model.network.vpns.length > 0) {
    if (blocks.length === 0) blocks.push({ kind: 'heading', text: 'WAN and remote access' });
    blocks.push({
      kind: 'table',
      columns: [{ title: 'VPN' }, { title: 'Kind' }, { title: 'Purpose' }, { title: 'Endpoint' }, { title: 'MFA' }, { title: 'ACLs' }],
      rows: model.network.vpns.map((vpn) => [idCell(vpn.id), cell(vpn.kind), cell(vpn.purpose), idCell(vpn.endpoint), cell(yesNo(vpn.mfa)), cell(yesNo(vpn.acls))]),
    });
  }
  if (model.network.portForwards.length > 0) {
    if (blocks.length === 0) blocks.push({ kind: 'heading', text: 'WAN and remote access' });
    blocks.push({
      kind: 'bullets',
      items: model.network.portForwards.map((forward) => [`Port forward ${String(forward.port)}/${forward.protocol} to `, code(forward.to), forward.service ? ` (${forward.service})` : '']),
    });
  }
  return blocks;
}
