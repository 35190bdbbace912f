import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { clusterQuorum } from '../../../src/calc/cluster/votequorum.js';
import { nPlusOne } from '../../../src/failure/index.js';
import { cephUsable } from '../../../src/calc/ceph/ceph-pool-capacity.js';
import { CEPH_DEFAULT_RATIOS } from '../../../src/calc/ceph/ceph-defaults.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { proxmoxCluster } from '../../../src/design/blueprints/proxmox-cluster/index.js';
import { nodeMemory, nPlusOneMemory } from '../../../src/design/blueprints/proxmox-cluster/ha-options.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { removeEntity, updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { bytes } from '../../../src/model/quantities.js';
import type { Model, ProxmoxCluster, Workload } from '../../../src/model/types.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Design a two-node Proxmox cluster with shared storage and backup strategy';

function design(model: Model, task = TASK, prices = {}): Design {
  return proxmoxCluster.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook(prices) });
}
const figure = (entry: Decision, option: string, column: string) => {
  const fact = entry.options.find((candidate) => candidate.id === option)?.figures.find((candidate) => candidate.column === column)?.fact;
  return fact?.status === 'known' ? fact.value : null;
};

/** The three-node example without its Ceph: three MS-01 nodes on 10GbE with free NVMe disks. */
function threeNodesWithoutCeph(): Model {
  let model = exampleModel('three-node-ceph.yaml').model;
  model = removeEntity(model, 'storage.ceph', 'ceph');
  model = updateEntity<ProxmoxCluster>(model, 'clusters.proxmox', 'lab', (cluster) => ({ ...cluster, sharedStorage: [], ha: { enabled: false } }));
  for (const workload of model.workloads) model = updateEntity<Workload>(model, 'workloads', workload.id, (entity) => ({ ...entity, storage: undefined, ha: false }));
  return model;
}

describe('proxmox-cluster on the two-node homelab', () => {
  const { model } = exampleModel('two-node-homelab.yaml');
  const result = design(model);

  it('chooses a QDevice on the NAS, with figures from the votequorum calculator', () => {
    const quorum = result.decisions.find((entry) => entry.id === 'quorum') as Decision;
    expect(quorum.choice.optionId).toBe('qdevice-existing');
    expect(quorum.options.map((option) => [option.id, option.viable])).toEqual([['keep', false], ['qdevice-existing', true], ['qdevice-sbc', true], ['third-node', true]]);
    const withQdevice = clusterQuorum(2, true);
    expect([figure(quorum, 'qdevice-existing', 'expected'), figure(quorum, 'qdevice-existing', 'quorum'), figure(quorum, 'qdevice-existing', 'tolerated')]).toEqual([withQdevice.expected, withQdevice.quorum, withQdevice.nodeFailuresTolerated]);
    expect(figure(quorum, 'keep', 'tolerated')).toBe(clusterQuorum(2, false).nodeFailuresTolerated);
    expect(figure(quorum, 'third-node', 'power')).toBe((9 + 8) / 2);
    expect(quorum.choice.cites.rules).toContain('cluster/two-node-without-qdevice');
    expect(result.target.clusters.proxmox[0]?.qdevice).toEqual({ host: 'nas' });
  });

  it('rejects Ceph for two nodes on 1/2.5GbE and replicates ZFS, with headroom from the storage facts', () => {
    const storage = result.decisions.find((entry) => entry.id === 'shared-storage') as Decision;
    expect(storage.choice.optionId).toBe('zfs-replication');
    const ceph = storage.options.find((option) => option.id === 'ceph');
    expect(ceph?.viable).toBe(false);
    expect(ceph?.whyNot.join(' ')).toContain('Ceph needs at least 3 nodes');
    expect(figure(storage, 'ceph', 'headroom')).toBe(cephUsable(bytes(1e12), CEPH_DEFAULT_RATIOS.full, { kind: 'replicated', size: 3 }));
    const analysis = runAnalysis(model, builtInAnalyzers);
    const value = (id: string) => analysis.byId.get(id)?.value as number;
    const pve1Left = value('storage/local-zfs-pve1/planning-capacity') - value('storage/local-zfs-pve1/used') - 200e9;
    const pve2Left = value('storage/local-zfs-pve2/planning-capacity') - value('storage/local-zfs-pve2/used') - (32e9 + 8e9 + 120e9);
    expect(figure(storage, 'zfs-replication', 'headroom')).toBe(Math.min(pve1Left, pve2Left));
    expect(figure(storage, 'nfs', 'spof')).toBe('nas');
  });

  it('adds a dedicated corosync link and puts the critical and high guests under HA', () => {
    expect((result.decisions.find((entry) => entry.id === 'corosync') as Decision).choice.optionId).toBe('dedicated-nic');
    const cluster = result.target.clusters.proxmox[0];
    expect(cluster?.corosync?.links.map((link) => [link.vlan, link.dedicated])).toEqual([['corosync', true], ['lan', false]]);
    expect(result.target.workloads.filter((workload) => workload.ha).map((workload) => [workload.id, workload.storage])).toEqual([
      ['homeassistant', 'local-zfs'],
      ['adguard', 'local-zfs'],
      ['nextcloud', 'local-zfs'],
      ['docker', 'local-zfs'],
    ]);
    expect(result.purchases.reduce((sum, line) => sum + line.cost.amount, 0)).toBe(2 * 25 + 5);
  });

  it('builds a valid target that passes its own N+1 check', () => {
    expect(checkReferences(result.target)).toEqual([]);
    const analysis = runAnalysis(result.target, builtInAnalyzers);
    const check = nPlusOneMemory(nodeMemory(analysis, ['pve1', 'pve2']), result.target.workloads.filter((workload) => workload.ha));
    expect(check.map((entry) => entry.shortfall)).toEqual([0, 0]);
    expect(result.validation.filter((line) => line.startsWith('N+1'))).toHaveLength(2);
    const placement = nPlusOne(result.target, analysis).results;
    expect(placement.map((entry) => [entry.failedNode, entry.quorate, entry.cannotRestart.length])).toEqual([['pve1', true, 0], ['pve2', true, 0]]);
    expect(placement.find((entry) => entry.failedNode === 'pve1')?.restarted.map((entry) => entry.guest).sort()).toEqual(['adguard', 'docker', 'homeassistant']);
    expect(result.summary).toContain('N+1 holds');
  });
});

describe('proxmox-cluster: the decisive facts', () => {
  it('three nodes on 10GbE with free NVMe make Ceph viable and chosen; two nodes do not', () => {
    const three = threeNodesWithoutCeph();
    const storage3 = design(three, 'Design shared storage for the Proxmox cluster').decisions.find((entry) => entry.id === 'shared-storage') as Decision;
    expect(storage3.options.find((option) => option.id === 'ceph')?.viable).toBe(true);
    expect(storage3.choice.optionId).toBe('ceph');
    const two = updateEntity<ProxmoxCluster>(three, 'clusters.proxmox', 'lab', (cluster) => ({ ...cluster, nodes: cluster.nodes.filter((node) => node.host !== 'pve3') }));
    const storage2 = design(two, 'Design shared storage for the Proxmox cluster').decisions.find((entry) => entry.id === 'shared-storage') as Decision;
    expect(storage2.options.find((option) => option.id === 'ceph')?.viable).toBe(false);
    expect(storage2.choice.optionId).not.toBe('ceph');
  });

  it('keeps an odd cluster as it is and calls a QDevice there discouraged', () => {
    const quorum = design(exampleModel('three-node-ceph.yaml').model, 'Review the Proxmox cluster').decisions.find((entry) => entry.id === 'quorum') as Decision;
    expect(quorum.choice.optionId).toBe('keep');
    expect(quorum.choice.rationale).toContain('discouraged');
  });

  it('buys a Raspberry Pi when no host outside the cluster can hold the QDevice, at the price given', () => {
    let model = exampleModel('two-node-homelab.yaml').model;
    for (const id of ['jellyfin-media']) model = removeEntity(model, 'workloads', id);
    model = { ...model, hosts: model.hosts.filter((host) => host.id !== 'nas'), storage: { ...model.storage, zfs: model.storage.zfs.filter((pool) => pool.host !== 'nas'), shares: [] }, backups: { targets: [], jobs: [] } };
    const result = design(model, TASK, { 'qdevice-sbc': { amount: 70, currency: 'EUR' } });
    expect(result.decisions[0]?.choice.optionId).toBe('qdevice-sbc');
    expect(result.purchases.find((line) => line.forEntity === 'qdevice')?.cost).toEqual({ amount: 70, currency: 'EUR' });
    expect(result.target.hosts.find((host) => host.id === 'qdevice')?.source.file).toBe('blueprint:proxmox-cluster');
  });

  it('adds a third node when the task asks for three', () => {
    const result = design(exampleModel('two-node-homelab.yaml').model, 'Design a three-node Proxmox cluster');
    expect(result.decisions[0]?.choice.optionId).toBe('third-node');
    expect(result.target.clusters.proxmox[0]?.nodes.map((node) => node.host)).toEqual(['pve1', 'pve2', 'pve3']);
    expect(checkReferences(result.target)).toEqual([]);
  });
});
