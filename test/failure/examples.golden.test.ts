// The examples' single points of failure as golden files (test/golden/failure/<example>.json), plus the
// complete SPOF set asserted inline so a careless UPDATE_GOLDEN=1 still fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFailureGraph, impact, singlePointsOfFailure } from '../../src/failure/index.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { expectGolden } from '../helpers/golden.js';
import { exampleFiles, examplesDir } from '../helpers/paths.js';

async function spofsOf(file: string) {
  const { model } = await loadSpec(join(examplesDir, file));
  if (!model) throw new Error(`${file} does not load`);
  const graph = buildFailureGraph(model);
  return { graph, spofs: singlePointsOfFailure(graph) };
}

const expectedSpofs: Record<(typeof exampleFiles)[number], readonly string[]> = {
  'two-node-homelab.yaml': [
    'feed:wall', 'ups:ups1', 'device:gw', 'device:sw1', 'link:gw:lan1~sw1:port8', 'disk:pve1/nvme0', 'nic:pve1/eno1', 'host:pve1', 'disk:pve1/ssd0',
    'wan:isp', 'workload:docker', 'disk:pve2/nvme0', 'nic:pve2/enp88s0', 'host:pve2', 'disk:nas/boot', 'nic:nas/eno1', 'host:nas', 'workload:jellyfin',
  ],
  'three-node-ceph.yaml': ['feed:circuit-a', 'ups:ups-rack', 'pdu:pdu1', 'device:fw', 'device:core', 'link:fw:igc1~core:sfp7', 'workload:postgres', 'disk:pve3/boot', 'host:pve3', 'wan:isp'],
  'small-office.yaml': ['feed:office-mains', 'ups:ups1', 'device:fw', 'device:sw1', 'link:fw:igc1~sw1:8', 'host:srv1', 'workload:dc', 'nic:nas/lan1', 'host:nas', 'workload:accounting', 'wan:isp'],
};

describe.each(exampleFiles)('single points of failure of examples/%s', (file) => {
  it('match the golden file and the expected set', async () => {
    const { spofs } = await spofsOf(file);
    expect(spofs.map((spof) => spof.component)).toEqual(expectedSpofs[file]);
    const golden = spofs.map((spof) => ({ rank: spof.rank, component: spof.component, detail: spof.detail, takesDown: spof.takesDown, mitigation: spof.mitigation }));
    expectGolden(`failure/${file.replace(/\.yaml$/u, '')}.json`, `${JSON.stringify(golden, null, 2)}\n`);
  });
});

describe('what a senior architect would name', () => {
  it('two-node homelab: wall, ups1, gw and sw1 take everything; pve1 takes Home Assistant, AdGuard, the Docker VM and its containers', async () => {
    const { spofs, graph } = await spofsOf('two-node-homelab.yaml');
    const everything = ['adguard', 'docker', 'homeassistant', 'jellyfin', 'jellyfin-media', 'nextcloud', 'uptime-kuma', 'vaultwarden'];
    for (const component of ['feed:wall', 'ups:ups1', 'device:gw', 'device:sw1']) {
      expect(spofs.find((spof) => spof.component === component)?.takesDown.workload).toEqual(everything);
    }
    expect(spofs.find((spof) => spof.component === 'host:pve1')?.takesDown.workload).toEqual(['adguard', 'docker', 'homeassistant', 'uptime-kuma', 'vaultwarden']);
    expect(impact(graph, ['disk:nas/hdd-1']).byKind.workload).toBeUndefined();
  });

  it('three-node Ceph: no single node takes an HA guest down; losing two nodes stops Ceph I/O and quorum', async () => {
    const { graph } = await spofsOf('three-node-ceph.yaml');
    expect(impact(graph, ['host:pve1']).byKind.workload).toBeUndefined();
    expect(impact(graph, ['host:pve1']).restarted.map((restart) => restart.guest).sort()).toEqual(['dc1', 'gitea', 'k3s-1']);
    const two = impact(graph, ['host:pve1', 'host:pve2']).byKind;
    expect(two.cluster).toEqual(['lab']);
    expect(two['ceph-pool']).toEqual(['vm-pool']);
    expect(impact(graph, ['device:corosync-sw']).byKind.cluster).toBeUndefined();
  });

  it('small office: srv1 takes every VM, and the domain controller takes the apps that need it', async () => {
    const { spofs } = await spofsOf('small-office.yaml');
    expect(spofs.find((spof) => spof.component === 'host:srv1')?.takesDown.workload).toEqual(['accounting', 'archive', 'dc', 'files', 'rds']);
    expect(spofs.find((spof) => spof.component === 'workload:dc')?.takesDown.workload).toEqual(['accounting', 'files', 'rds']);
  });
});
