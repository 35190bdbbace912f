/** What each layer consists of, in sentences read from the model (no figures computed here). */
import { formatRate } from '../../intake/units/index.js';
import type { BitsPerSecond } from '../../model/quantities.js';
import type { Model } from '../../model/types.js';
import { describeCpu, describeDisks, memory, size } from '../describe.js';
import { poolDisks } from '../inventory/storage.js';
import type { Inline, RichText } from '../report-model.js';
import { code, joinRich } from '../rich-text.js';
import type { NarrativeLayer } from './layers.js';

/** Sentences describing the components of `layer`. */
export function decomposeLayer(model: Model, layer: NarrativeLayer): RichText[] {
  return decomposers[layer](model);
}

const list = (ids: readonly string[]): RichText => joinRich(ids.map(code), ', ');
const count = (value: number, noun: string): string => `${value} ${noun}${value === 1 ? '' : 's'}`;

const decomposers: Readonly<Record<NarrativeLayer, (model: Model) => RichText[]>> = {
  network(model) {
    const out: RichText[] = [];
    const { devices, vlans, wan } = model.network;
    if (devices.length > 0) out.push([`${count(devices.length, 'network device')}: `, ...joinRich(devices.map((device) => [code(device.id), ` (${device.kind}${device.model ? `, ${device.model}` : ''})`]), '; '), '.']);
    if (vlans.length > 0) out.push([`${count(vlans.length, 'VLAN')}: `, ...joinRich(vlans.map((vlan) => [code(vlan.id), ` (VID ${vlan.vid}, ${vlan.zone}${vlan.subnet ? `, ${vlan.subnet}` : ''})`]), '; '), '.']);
    for (const uplink of wan) out.push(['WAN ', code(uplink.id), `${uplink.provider ? ` (${uplink.provider})` : ''}: ${formatRate(uplink.down as BitsPerSecond)} down, ${formatRate(uplink.up as BitsPerSecond)} up, terminated on `, code(uplink.device), '.']);
    if (out.length === 0) out.push(['The spec declares no network devices, VLANs or WAN uplinks.']);
    return out;
  },
  compute(model) {
    const out: RichText[] = model.hosts.map((host) => [code(host.id), ` (${host.role}): ${describeCpu(host)}, ${memory(host.memory)} RAM.`]);
    for (const cluster of model.clusters.proxmox) {
      out.push([
        'Proxmox cluster ',
        code(cluster.id),
        `: ${count(cluster.nodes.length, 'node')} (`,
        ...list(cluster.nodes.map((node) => node.host)),
        `), ${cluster.qdevice ? 'QDevice on ' : 'no QDevice'}`,
        ...(cluster.qdevice ? [code(cluster.qdevice.host)] : []),
        `, HA ${cluster.ha?.enabled ? 'enabled' : 'not enabled'}, ${cluster.sharedStorage.length > 0 ? `shared storage ${cluster.sharedStorage.map((storage) => `${storage.id} (${storage.kind})`).join(', ')}` : 'no shared storage'}.`,
      ]);
    }
    const kinds = new Map<string, number>();
    for (const workload of model.workloads) kinds.set(workload.kind, (kinds.get(workload.kind) ?? 0) + 1);
    if (model.workloads.length > 0) out.push([`${count(model.workloads.length, 'workload')}: ${[...kinds.entries()].map(([kind, value]) => `${value} ${kind}`).join(', ')}.`]);
    if (out.length === 0) out.push(['The spec declares no hosts or workloads.']);
    return out;
  },
  storage(model) {
    const hosts = new Map(model.hosts.map((host) => [host.id, host]));
    const out: RichText[] = model.storage.zfs.map((pool) => [
      'ZFS pool ',
      code(pool.id),
      ' on ',
      code(pool.host),
      `: ${pool.vdevs.map((vdev) => vdev.layout).join(' + ')} of ${describeDisks(poolDisks(hosts.get(pool.host), pool.vdevs.flatMap((vdev) => vdev.disks)))}${pool.used !== undefined ? `, ${size(pool.used)} used` : ''}.`,
    ]);
    for (const array of model.storage.raid) out.push(['RAID array ', code(array.id), ' on ', code(array.host), `: ${array.level} of ${describeDisks(poolDisks(hosts.get(array.host), array.disks))}.`]);
    for (const ceph of model.storage.ceph) out.push(['Ceph ', code(ceph.id), `: ${count(ceph.osds.length, 'OSD')} on ${count(new Set(ceph.osds.map((osd) => osd.host)).size, 'host')}, ${count(ceph.pools.length, 'pool')}.`]);
    if (model.storage.shares.length > 0) out.push(['Shares: ', ...joinRich(model.storage.shares.map((share) => [code(share.id), ` (${share.protocol} on ${share.host})`]), '; '), '.']);
    if (out.length === 0) out.push(['The spec declares no pools, arrays or shares.']);
    return out;
  },
  security(model) {
    const { firewall, vpns, portForwards, devices } = model.network;
    const out: RichText[] = [];
    out.push([firewall.declared ? `Inter-zone traffic is ${firewall.defaultPolicy === 'allow' ? 'allowed' : 'denied'} by default, with ${count(firewall.rules.length, 'firewall rule')}.` : 'No firewall policy between zones is declared.']);
    for (const vpn of vpns) out.push(['VPN ', code(vpn.id), ` (${vpn.kind}, ${vpn.purpose}) on `, code(vpn.endpoint), `; MFA ${vpn.mfa === undefined ? 'not stated' : vpn.mfa ? 'required' : 'not required'}.`]);
    if (portForwards.length > 0) out.push([`${count(portForwards.length, 'port forward')} from the WAN: `, ...list(portForwards.map((forward) => forward.to)), '.']);
    const exposed = devices.filter((device) => device.adminExposedToWan).map((device) => device.id);
    if (exposed.length > 0) out.push(['Admin interfaces answering on the WAN: ', ...list(exposed), '.']);
    const internet = model.workloads.filter((workload) => workload.servesInternet).map((workload) => workload.id);
    if (internet.length > 0) out.push(['Workloads serving the internet: ', ...list(internet), '.']);
    return out;
  },
  power(model) {
    const out: RichText[] = [];
    for (const ups of model.power.ups) {
      const fed = [...model.hosts, ...model.network.devices].filter((item) => item.power?.feeds.includes(ups.id)).map((item) => item.id);
      const viaPdu = model.power.pdus.filter((pdu) => pdu.feed === ups.id).map((pdu) => pdu.id);
      const parts: Inline[] = ['UPS ', code(ups.id), `${ups.model ? ` (${ups.model})` : ''} feeds `];
      parts.push(...(fed.length + viaPdu.length > 0 ? list([...fed, ...viaPdu]) : ['nothing declared']));
      parts.push(`; automated shutdown ${ups.shutdown === undefined ? 'not stated' : ups.shutdown.automated ? `configured${ups.shutdown.tool ? ` (${ups.shutdown.tool})` : ''}` : 'not configured'}.`);
      out.push(parts);
    }
    const unprotected = [...model.hosts, ...model.network.devices].filter((item) => (item.power?.feeds.length ?? 0) === 0 && !item.power?.poeFrom).map((item) => item.id);
    if (unprotected.length > 0) out.push(['No power source is declared for ', ...list(unprotected), '.']);
    if (out.length === 0) out.push(['The spec declares no UPS.']);
    return out;
  },
  backup(model) {
    const out: RichText[] = model.backups.jobs.map((job) => [
      'Job ',
      code(job.id),
      `${job.tool ? ` (${job.tool})` : ''} copies `,
      ...list(job.sources),
      ' to ',
      code(job.target),
      ` ${job.schedule.description}${job.encrypted ? ', encrypted' : ''}.`,
    ]);
    const offsite = model.backups.targets.filter((target) => target.offsite).map((target) => target.id);
    if (model.backups.targets.length > 0) out.push([offsite.length > 0 ? 'Offsite targets: ' : 'No backup target is offsite.', ...(offsite.length > 0 ? [...list(offsite), '.'] : [])]);
    if (out.length === 0) out.push(['The spec declares no backups.']);
    return out;
  },
  observability(model) {
    const out: RichText[] = model.monitoring.systems.map((system) => [code(system.id), ` (${system.kind}) on `, code(system.runsOn), ` watches ${count(system.targets.length, 'target')}.`]);
    for (const alert of model.monitoring.alerts) out.push(['Alerts from ', code(alert.from), ` go by ${alert.channel}, ${alert.external ? 'delivered from outside the site' : 'delivered from inside the site'}.`]);
    if (out.length === 0) out.push(['The spec declares no monitoring.']);
    return out;
  },
};
