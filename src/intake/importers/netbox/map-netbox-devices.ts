/**
 * NetBox devices as hosts, network devices, UPSes and PDUs, with their interfaces as NICs or
 * switch ports. NetBox core knows models, platforms, interfaces and their speeds, not CPUs,
 * memory or disks.
 */
import { bitsPerSecond } from '../../../model/quantities.js';
import { formatRate } from '../../units/index.js';
import { slugId } from '../id-allocator.js';
import { asBoolean, asNumber, asRecord, asRecords, asString } from '../json-fields.js';
import { safeName, safeText } from '../safe-text.js';
import type { HostInput, NetworkDeviceInput, NicInput, PduInput, PortInput, UpsInput } from '../spec-input.js';
import { type DeviceClass, classifyRole } from './netbox-classify.js';
import { deviceRole, refId } from './netbox-compat.js';
import { type NetboxMapContext, naturalCompare } from './netbox-map-context.js';

type Json = Record<string, unknown>;

/** A PDU before its upstream is known; the power step fills `feed` or drops it. */
export type PduDraft = Omit<PduInput, 'feed'> & { feed?: string };

export type MappedDevice =
  | { readonly as: 'host'; readonly netboxId: number; readonly entity: HostInput }
  | { readonly as: 'network'; readonly netboxId: number; readonly entity: NetworkDeviceInput }
  | { readonly as: 'ups'; readonly netboxId: number; readonly entity: UpsInput }
  | { readonly as: 'pdu'; readonly netboxId: number; readonly entity: PduDraft };

export interface InterfaceRef {
  readonly device: MappedDevice;
  /** The endpoint written in the spec: "sw1:port3". */
  readonly endpoint: string;
  /** The NIC object, for host interfaces. */
  readonly nic?: NicInput;
  /** Power over Ethernet role of the interface (NetBox 3.3+): "pse" supplies, "pd" is powered. */
  readonly poe?: string;
}

export interface MappedDevices {
  readonly devices: ReadonlyMap<number, MappedDevice>;
  readonly interfaces: ReadonlyMap<number, InterfaceRef>;
}

/** Statuses of devices that are not in service (NetBox DeviceStatusChoices). */
const NOT_IN_SERVICE = new Set(['planned', 'inventory', 'decommissioning']);
/** Interface types that are not a physical port (NetBox InterfaceTypeChoices). */
const VIRTUAL_TYPES = /^(virtual|lag|bridge|ieee802\.11|other-wireless|lte|gsm|cdma|5g)/;
/** Link speed written for a host NIC NetBox gives no speed or type for. */
const ASSUMED_NIC_SPEED = '1GbE';

/** Maps devices in NetBox order of name; `clusterNodes` are devices of Proxmox clusters (hypervisors whatever their role). */
export function mapNetboxDevices(context: NetboxMapContext, vlanIds: ReadonlyMap<number, string>, clusterNodes: ReadonlySet<number>): MappedDevices {
  const devices = new Map<number, MappedDevice>();
  const sorted = [...context.snapshot.devices].sort((a, b) => naturalCompare(asString(a.name) ?? '', asString(b.name) ?? '') || (asNumber(a.id) ?? 0) - (asNumber(b.id) ?? 0));
  for (const device of sorted) {
    const netboxId = asNumber(device.id);
    if (netboxId === undefined) continue;
    const name = safeName(device.name);
    const label = name ?? `#${netboxId}`;
    const status = asString(asRecord(device.status)?.value) ?? asString(device.status);
    if (status !== undefined && NOT_IN_SERVICE.has(status)) {
      context.skip(`device ${label}: status ${status}`);
      continue;
    }
    const role = deviceRole(device);
    const matched = classifyRole(asString(role?.slug), asString(role?.name));
    const inCluster = clusterNodes.has(netboxId);
    const deviceClass: DeviceClass = inCluster && (matched === undefined || matched.as === 'host') ? { as: 'host', role: 'hypervisor' } : (matched ?? { as: 'host', role: 'other' });
    if (deviceClass.as === 'skip') {
      context.skip(`device ${label}: role ${asString(role?.name) ?? '?'} is not modelled (cabling through it is followed)`);
      continue;
    }
    const id = context.ids.take(name ? slugId(name, `device-${netboxId}`) : `device-${netboxId}`, deviceClass.as === 'network' ? deviceClass.kind : deviceClass.as);
    const mapped = entityOf(context, device, deviceClass, id, inCluster && matched === undefined);
    context.notes.entity(mapped.entity, 'imported', `netbox device ${label}${role ? ` (role ${safeText(role.name) ?? '?'})` : ''}`);
    if (mapped.as === 'host') context.notes.entity(mapped.entity, 'unknown', 'CPU, memory and disks (NetBox core does not record them)');
    devices.set(netboxId, mapped);
  }
  return { devices, interfaces: mapInterfaces(context, devices, vlanIds) };
}

function entityOf(context: NetboxMapContext, device: Json, deviceClass: Exclude<DeviceClass, { as: 'skip' }>, id: string, byCluster: boolean): MappedDevice {
  const netboxId = asNumber(device.id) as number;
  const type = asRecord(device.device_type);
  const vendor = safeText(asRecord(type?.manufacturer)?.name);
  const model = safeText(type?.model);
  const fullModel = model && vendor && !model.toLowerCase().startsWith(vendor.toLowerCase()) ? `${vendor} ${model}` : model;
  const platform = safeText(asRecord(device.platform)?.name);
  const name = safeName(device.name);
  const named = name !== undefined && name !== id ? { name } : {};
  switch (deviceClass.as) {
    case 'host': {
      const host: HostInput = { id, ...named, role: deviceClass.role, ...(fullModel ? { model: fullModel } : {}), ...(platform ? { os: platform } : {}), nics: [] };
      if (deviceClass.role === 'other') context.notes.field(host, 'role', 'assumed', 'its NetBox role names no kind Kestra knows');
      if (byCluster) context.notes.field(host, 'role', 'assumed', 'it is a node of a Proxmox cluster in NetBox');
      return { as: 'host', netboxId, entity: host };
    }
    case 'network':
      return { as: 'network', netboxId, entity: { id, ...named, kind: deviceClass.kind, ...(model ? { model } : {}), ...(vendor ? { vendor } : {}), ...(platform ? { platform } : {}), ports: [] } };
    case 'ups':
      return { as: 'ups', netboxId, entity: { id, ...named, ...(fullModel ? { model: fullModel } : {}) } };
    case 'pdu':
      return { as: 'pdu', netboxId, entity: { id, ...named, ...(fullModel ? { model: fullModel } : {}) } };
  }
}

/** Bits per second of an interface: its `speed` (Kbps), else what its type says ("10gbase-x-sfpp", "1000base-t"). */
export function interfaceSpeed(item: Json): number | undefined {
  const kbps = asNumber(item.speed);
  if (kbps !== undefined && kbps > 0) return kbps * 1000;
  const type = asString(asRecord(item.type)?.value) ?? '';
  const gigabit = /^(\d+(?:\.\d+)?)gbase/.exec(type);
  if (gigabit) return Number(gigabit[1]) * 1e9;
  const megabit = /^(\d+)base/.exec(type);
  return megabit ? Number(megabit[1]) * 1e6 : undefined;
}

function mapInterfaces(context: NetboxMapContext, devices: ReadonlyMap<number, MappedDevice>, vlanIds: ReadonlyMap<number, string>): Map<number, InterfaceRef> {
  const refs = new Map<number, InterfaceRef>();
  const taken = new Map<number, Set<string>>();
  const sorted = [...context.snapshot.interfaces].sort(
    (a, b) => (refId(a.device) ?? 0) - (refId(b.device) ?? 0) || naturalCompare(asString(a.name) ?? '', asString(b.name) ?? '') || (asNumber(a.id) ?? 0) - (asNumber(b.id) ?? 0),
  );
  for (const item of sorted) {
    const netboxId = asNumber(item.id);
    const device = devices.get(refId(item.device) ?? -1);
    if (netboxId === undefined || !device || device.as === 'ups' || device.as === 'pdu') continue;
    if (VIRTUAL_TYPES.test(asString(asRecord(item.type)?.value) ?? '')) continue;
    const used = taken.get(device.netboxId) ?? new Set<string>();
    taken.set(device.netboxId, used);
    const base = slugId(safeName(item.name) ?? '', `if${netboxId}`);
    let port = base;
    for (let counter = 2; used.has(port); counter++) port = `${base}-${counter}`;
    used.add(port);
    const speed = interfaceSpeed(item);
    const poe = asString(asRecord(item.poe_mode)?.value);
    const vlans = [refId(item.untagged_vlan), ...asRecords(item.tagged_vlans).map((vlan) => asNumber(vlan.id))].flatMap((vlan) =>
      vlan !== undefined && vlanIds.has(vlan) ? [vlanIds.get(vlan) as string] : [],
    );
    const management = asBoolean(item.mgmt_only) === true;
    const untagged = vlanIds.get(refId(item.untagged_vlan) ?? -1);
    if (management && untagged && !device.entity.managementVlan) device.entity.managementVlan = untagged;
    const endpoint = `${device.entity.id}:${port}`;
    if (device.as === 'host') {
      const mtu = asNumber(item.mtu);
      const nic: NicInput = {
        id: port,
        speed: speed !== undefined ? formatRate(bitsPerSecond(speed)) : ASSUMED_NIC_SPEED,
        ...(mtu !== undefined && mtu >= 576 && mtu <= 16000 ? { mtu } : {}),
        ...(management ? { purpose: 'management' as const } : {}),
        ...(vlans.length > 0 ? { vlans: [...new Set(vlans)] } : {}),
      };
      if (speed === undefined) context.notes.field(nic, 'speed', 'assumed', 'NetBox gives no speed or type for this interface');
      const lag = safeText(asRecord(item.lag)?.name);
      if (lag) context.notes.entity(nic, 'imported', `netbox: member of LAG ${lag}`);
      (device.entity.nics ??= []).push(nic);
      refs.set(netboxId, { device, endpoint, nic, ...(poe ? { poe } : {}) });
    } else {
      const mapped: PortInput = { id: port, ...(speed !== undefined ? { speed: formatRate(bitsPerSecond(speed)) } : {}), ...(poe === 'pse' ? { poe: true } : {}) };
      (device.entity.ports ??= []).push(mapped);
      refs.set(netboxId, { device, endpoint, ...(poe ? { poe } : {}) });
    }
  }
  return refs;
}
