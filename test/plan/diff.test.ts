import { describe, expect, it } from 'vitest';
import { diff } from '../../src/plan/diff.js';
import { applyPatches } from '../../src/plan/apply-patch.js';
import { addEntity, updateEntity } from '../../src/model/collections.js';
import type { Host, Model } from '../../src/model/types.js';
import { bitsPerSecond, bytes } from '../../src/model/quantities.js';
import { tcpGoodput } from '../../src/calc/network/ethernet-goodput.js';
import { transferTime } from '../../src/calc/network/transfer-time.js';
import { templateFor } from '../../src/plan/templates/registry.js';
import type { Change } from '../../src/plan/plan-types.js';
import { exampleModel } from '../helpers/example-model.js';
import { clusterWithHa, replaceGateway, testSource } from '../helpers/model-edits.js';

const { model } = exampleModel('two-node-homelab.yaml');
const kinds = (current: Model, target: Model) => diff(current, target).map((change) => change.id);

describe('diff', () => {
  it('is empty for the same model', () => {
    expect(diff(model, model)).toEqual([]);
  });

  it('types a gateway replacement: the new box, the port, the cable, one cut-over per VLAN (DHCP with it), the uplink, the VPN, the old box', () => {
    expect(kinds(model, replaceGateway(model))).toEqual([
      'gateway.remove/gw',
      'gateway.add/opnsense',
      'network-device.modify/sw1',
      'link.remove/gw:lan1~sw1:port8',
      'link.add/opnsense:igc1~sw1:port5',
      'vlan-gateway.change/guest',
      'vlan-gateway.change/iot',
      'vlan-gateway.change/lan',
      'vlan-gateway.change/trusted',
      'wan.move/isp',
      'vpn.move/wg-home',
    ]);
    const iot = diff(model, replaceGateway(model)).find((change) => change.id === 'vlan-gateway.change/iot');
    expect(iot?.fields.map((field) => field.path)).toEqual(['gateway', 'dhcp.server']);
  });

  it('types a cluster redesign: QDevice, HA, HA group, replicated storage, replication jobs and HA resources', () => {
    expect(kinds(model, clusterWithHa(model))).toEqual([
      'zfs-pool.modify/local-zfs-pve1',
      'zfs-pool.modify/local-zfs-pve2',
      'qdevice.add/homelab',
      'ha.enable/homelab',
      'ha-group.add/homelab/prefer-pve1',
      'shared-storage.add/homelab/local-zfs',
      'ha-resource.add/adguard',
      'replication-job.add/adguard',
      'ha-resource.add/homeassistant',
      'replication-job.add/homeassistant',
    ]);
  });

  it('splits host hardware changes and pool growth into their kinds', () => {
    let target = updateEntity<Host>(model, 'hosts', 'nas', (host) => ({ ...host, memory: bytes(32 * 2 ** 30), disks: [...host.disks, ...[5, 6, 7, 8].map((n) => ({ id: `hdd-${n}`, group: 'hdd2', size: bytes(8e12), kind: 'hdd' as const, source: testSource }))] }));
    target = updateEntity<Model['storage']['zfs'][number]>(target, 'storage.zfs', 'tank', (pool) => ({ ...pool, vdevs: [...pool.vdevs, { layout: 'raidz1', disks: ['hdd-5', 'hdd-6', 'hdd-7', 'hdd-8'] }] }));
    expect(kinds(model, target)).toEqual(['host-disk.add/nas', 'host-memory.change/nas', 'zfs-vdev.add/tank/1']);
  });

  it('calls a change of vdev layout a rebuild, with the copy back as its downtime', () => {
    const target = updateEntity<Model['storage']['zfs'][number]>(model, 'storage.zfs', 'tank', (pool) => ({ ...pool, vdevs: [{ layout: 'mirror', disks: ['hdd-1', 'hdd-2'] }, { layout: 'mirror', disks: ['hdd-3', 'hdd-4'] }] }));
    expect(kinds(model, target)).toEqual(['zfs-pool.rebuild/tank']);
    const change = diff(model, target)[0] as Change;
    const [step] = templateFor('zfs-pool.rebuild')(change, { current: model, target, changes: [change] });
    expect(step?.disrupts).toEqual(['pool:tank']);
    expect(step?.downtime).toBe(transferTime(bytes(14.2e12), tcpGoodput(bitsPerSecond(1e9)))); // N11 form, 1 GbE NAS link
  });

  it('carries patches that turn the current model into the target', () => {
    for (const target of [replaceGateway(model), clusterWithHa(model), addEntity(clusterWithHa(model), 'monitoring.alerts', { id: 'mail', from: 'kuma', channel: 'email', external: true, source: testSource })]) {
      const changes = diff(model, target);
      const applied = applyPatches(model, changes.flatMap((change) => change.patches));
      expect(diff(applied, target)).toEqual([]);
    }
  });

  it('notices a firewall default policy and monitoring checks', () => {
    const target = { ...model, network: { ...model.network, firewall: { ...model.network.firewall, defaultPolicy: 'deny' as const } }, monitoring: { ...model.monitoring, checks: { ...model.monitoring.checks, smart: true } } };
    expect(kinds(model, target)).toEqual(['firewall-policy.change/firewall', 'monitoring-checks.change/monitoring']);
  });
});
