/**
 * The gateway-migration transform: the new gateway is added and cabled to the switch the old one
 * used, every VLAN, DHCP scope, WAN uplink, VPN endpoint, port forward and monitoring target moves to
 * it, the controller gets its new home, and the old gateway with its cables is removed.
 */
import { addEntity, removeEntity, entityKey, updateEntity } from '../../../model/collections.js';
import { bitsPerSecond } from '../../../model/quantities.js';
import type { Link, Model, MonitoringSystem, NetworkDevice, Nic, Host, PortForward, Vlan, Vpn, Wan, Workload } from '../../../model/types.js';
import type { Purchase } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { freePort, uniqueId } from '../../model-helpers.js';
import { purchase } from '../../purchase.js';
import type { ControllerChoice } from './controller-options.js';
import { CONTROLLER_MEMORY } from './controller-options.js';
import type { HardwareChoice } from './hardware-options.js';
import { BLUEPRINT } from './hardware-options.js';
import type { GatewayPlatform } from '../../task-intent.js';

const source = blueprintSource(BLUEPRINT);
/** Roles a router appliance takes over; the rest (controller, PoE, Wi-Fi, storage) need other homes. */
const ROUTER_SERVICES = new Set(['routing', 'nat', 'dhcp', 'dns', 'ntp', 'vpn-server', 'ids', 'ddns', 'dns-filtering', 'mdns-repeater']);
const PLATFORM_NAMES: Readonly<Record<GatewayPlatform, string>> = { opnsense: 'OPNsense', pfsense: 'pfSense CE', openwrt: 'OpenWrt', mikrotik: 'RouterOS', unifi: 'UniFi OS' };

export interface GatewayTransform {
  readonly model: Model;
  readonly newId: string;
  readonly controllerId?: string;
  readonly purchases: readonly Purchase[];
}

/** The target model with `old` replaced by a new gateway on `platform`. */
export function transformGateway(model: Model, old: NetworkDevice, platform: GatewayPlatform, hardware: HardwareChoice, controller: ControllerChoice | undefined): GatewayTransform {
  const newId = uniqueId(model, platform);
  const box = hardware.kind === 'appliance' ? hardware.box : undefined;
  const portIds = Array.from({ length: box?.ports ?? 2 }, (_, index) => `igc${index}`);
  const speed = bitsPerSecond(box?.portSpeed ?? 1e9);
  const services = [...new Set([...old.services.filter((service) => ROUTER_SERVICES.has(service)), 'ntp'])] as NetworkDevice['services'];
  const device = {
    id: newId,
    name: `${PLATFORM_NAMES[platform]} gateway`,
    kind: 'firewall',
    model: box?.title ?? 'virtual machine',
    platform: PLATFORM_NAMES[platform],
    ports: portIds.map((id) => ({ id, speed })),
    services,
    ...(old.managementVlan !== undefined ? { managementVlan: old.managementVlan } : {}),
    adminExposedToWan: false,
    configBackup: true,
    power: { idle: box?.idleWatts ?? 0, feeds: old.power?.feeds ?? [] },
    source,
  } as unknown as NetworkDevice;
  let next = addEntity(model, 'network.devices', device);

  // Re-cable: each LAN-side cable of the old gateway gets a twin on the next free port of the new one.
  const oldLinks = next.network.links.filter((link) => link.a.startsWith(`${old.id}:`) || link.b.startsWith(`${old.id}:`));
  let port = 1;
  for (const link of oldLinks) {
    const far = link.a.startsWith(`${old.id}:`) ? link.b : link.a;
    const farDevice = far.split(':')[0] ?? '';
    let endpoint = far;
    if (next.network.devices.some((candidate) => candidate.id === farDevice && candidate.kind === 'switch')) {
      const free = freePort(next, farDevice);
      next = free.model;
      endpoint = free.endpoint;
    }
    next = addEntity(next, 'network.links', { a: `${newId}:${portIds[port] ?? `igc${port}`}`, b: endpoint, source } as unknown as Link);
    port++;
    next = removeEntity(next, 'network.links', entityKey('network.links', link as never));
  }
  for (const host of next.hosts) {
    const cabled = host.nics.filter((nic) => nic.connectedTo?.startsWith(`${old.id}:`));
    if (cabled.length === 0) continue;
    next = updateEntity<Host>(next, 'hosts', host.id, (entity) => ({ ...entity, nics: entity.nics.map((nic) => (nic.connectedTo?.startsWith(`${old.id}:`) ? ({ ...nic, connectedTo: `${newId}:${portIds[port++] ?? 'igc1'}` } as Nic) : nic)) }));
  }

  const swap = (value: string | undefined) => (value === old.id ? newId : value);
  for (const vlan of next.network.vlans) {
    if (vlan.gateway !== old.id && vlan.dhcp?.server !== old.id) continue;
    next = updateEntity<Vlan>(next, 'network.vlans', vlan.id, (entity) => ({ ...entity, ...(entity.gateway !== undefined ? { gateway: swap(entity.gateway) } : {}), ...(entity.dhcp ? { dhcp: { ...entity.dhcp, server: swap(entity.dhcp.server) as string } } : {}) }));
  }
  for (const wan of next.network.wan.filter((candidate) => candidate.device === old.id)) next = updateEntity<Wan>(next, 'network.wan', wan.id, (entity) => ({ ...entity, device: newId }));
  for (const vpn of next.network.vpns.filter((candidate) => candidate.endpoint === old.id)) next = updateEntity<Vpn>(next, 'network.vpns', vpn.id, (entity) => ({ ...entity, endpoint: newId }));
  for (const forward of next.network.portForwards.filter((candidate) => candidate.to === old.id)) {
    next = updateEntity<PortForward>(next, 'network.portForwards', entityKey('network.portForwards', forward as never), (entity) => ({ ...entity, to: newId }));
  }
  for (const system of next.monitoring.systems.filter((candidate) => candidate.targets.includes(old.id))) {
    next = updateEntity<MonitoringSystem>(next, 'monitoring.systems', system.id, (entity) => ({ ...entity, targets: entity.targets.map((target) => (target === old.id ? newId : target)) }));
  }

  let controllerId: string | undefined;
  if (controller?.kind === 'container') {
    controllerId = uniqueId(next, 'unifi-controller');
    const workload = controller.runsOn !== undefined
      ? { id: controllerId, name: 'UniFi Network Application', kind: 'container', runsOn: controller.runsOn, criticality: 'medium', dependsOn: [], vlans: [], memory: CONTROLLER_MEMORY, source }
      : { id: controllerId, name: 'UniFi Network Application', kind: 'ct', ...(controller.host ? { host: controller.host } : {}), ...(controller.storage ? { storage: controller.storage } : {}), vcpu: 1, memory: CONTROLLER_MEMORY, disk: 16e9, criticality: 'medium', dependsOn: [], vlans: old.managementVlan ? [old.managementVlan] : [], source };
    next = addEntity(next, 'workloads', { ha: false, servesInternet: false, needsInternet: false, ...workload } as unknown as Workload);
  }
  next = removeEntity(next, 'network.devices', old.id);
  return { model: next, newId, ...(controllerId !== undefined ? { controllerId } : {}), purchases: hardware.kind === 'appliance' ? [purchase(hardware.price, 1, newId)] : [] };
}
