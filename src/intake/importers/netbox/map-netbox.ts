/**
 * Maps a NetBox snapshot to a Kestra spec. Pure and deterministic; ids are handed out in a fixed
 * order (power feeds, VLANs, devices, clusters, virtual machines).
 */
import { compareText } from '../../diagnostic.js';
import { createIdAllocator } from '../id-allocator.js';
import type { ImportResult } from '../import-result.js';
import { createAnnotations } from '../../spec-writer/annotations.js';
import { asRecord, asString } from '../json-fields.js';
import { safeText } from '../safe-text.js';
import { type HostInput, type NetworkDeviceInput, pruneEmpty, type UpsInput } from '../spec-input.js';
import type { SpecInput } from '../../../model/schema/spec.js';
import { mapNetboxDevices } from './map-netbox-devices.js';
import { mapNetboxVlans } from './map-netbox-ipam.js';
import { mapNetboxLinks } from './map-netbox-links.js';
import { mapNetboxFeeds, mapNetboxPowerPorts } from './map-netbox-power.js';
import { mapNetboxClusters, mapNetboxVirtualMachines, proxmoxClusterNodes } from './map-netbox-virtualization.js';
import type { NetboxMapContext } from './netbox-map-context.js';
import type { NetboxSnapshot } from './netbox-snapshot.js';

/** The spec, comments and open questions for a NetBox snapshot. */
export function mapNetbox(snapshot: NetboxSnapshot): ImportResult {
  const questions: string[] = [];
  const skipped: string[] = [];
  const notes = createAnnotations();
  const context: NetboxMapContext = {
    snapshot,
    ids: createIdAllocator(),
    notes,
    ask: (question) => {
      if (!questions.includes(question)) questions.push(question);
    },
    skip: (what) => skipped.push(what),
  };

  const { feeds, feedIds } = mapNetboxFeeds(context);
  const { vlans, vlanIds } = mapNetboxVlans(context);
  const mapped = mapNetboxDevices(context, vlanIds, proxmoxClusterNodes(context));
  const pdus = mapNetboxPowerPorts(context, mapped.devices, feedIds);
  const links = mapNetboxLinks(context, mapped);
  const { clusters, clusterIds } = mapNetboxClusters(context, mapped.devices);
  const workloads = mapNetboxVirtualMachines(context, mapped.devices, clusterIds);

  const all = [...mapped.devices.values()];
  const hosts = all.flatMap((device): HostInput[] => (device.as === 'host' ? [device.entity] : []));
  const devices = all.flatMap((device): NetworkDeviceInput[] => (device.as === 'network' ? [device.entity] : []));
  const ups = all.flatMap((device): UpsInput[] => (device.as === 'ups' ? [device.entity] : []));
  if (ups.length > 0) context.ask(`UPS capacity: NetBox does not record the VA and W rating or the battery of ${ups.map((item) => item.id).join(', ')}; add va, watts and batteryWh (or the vendor's runtime chart).`);
  if (hosts.length > 0) context.ask('Host hardware: NetBox core has no CPU, memory or disks; import the Proxmox nodes into the same spec ("kestra import proxmox -o <same file>") or add them by hand.');
  context.ask('WAN: NetBox does not describe internet uplinks; add network.wan with the provider and the up/down rates.');
  if (workloads.length > 0) context.ask('VM memory: NetBox labels it MB; Kestra read it as MiB, as hypervisors mean it. Check the figures.');
  if (snapshot.version === undefined) context.ask('NetBox did not report its version; VM disks were read in MB, as NetBox 4.1 and later store them.');

  const siteNames = [...new Set(snapshot.devices.flatMap((device) => safeText(asRecord(device.site)?.name) ?? []))].sort(compareText);
  const site = { name: siteNames[0] ?? snapshot.site ?? 'NetBox' };
  notes.field(site, 'name', 'assumed', siteNames.length > 1 ? `NetBox has several sites (${siteNames.join(', ')}); use --site to import one` : 'the NetBox site name');

  const spec: SpecInput = {
    version: 1,
    site,
    power: { feeds, ups, pdus },
    hosts,
    network: { devices, links, vlans },
    clusters: { proxmox: clusters },
    workloads,
  };
  const version = asString(snapshot.version);
  return {
    tool: 'netbox',
    summary: `NetBox${version ? ` ${version}` : ''}${snapshot.site ? ` site "${snapshot.site}"` : ''}: ${all.length} devices, ${workloads.length} virtual machines, ${vlans.length} VLANs, ${links.length + hosts.reduce((sum, host) => sum + (host.nics ?? []).filter((nic) => nic.connectedTo).length, 0)} connections`,
    spec: pruneEmpty(spec),
    annotations: notes,
    questions,
    skipped,
  };
}
