/**
 * A small stand-in for the failure model's impact(), for planner tests: VLANs need their gateway and
 * DHCP server, workloads need their host (or an HA peer when replicated/shared), the workload they
 * run in, their storage's host, their VLANs and their dependencies; VPNs need their endpoint and the
 * internet. A referenced entity missing from the model counts as down.
 */
import type { Model } from '../../src/model/types.js';

export function fakeImpact(model: Model, failed: readonly string[]): string[] {
  const down = new Set(failed);
  const exists = new Set([...model.hosts.map((host) => host.id), ...model.network.devices.map((device) => device.id), ...model.workloads.map((workload) => workload.id)]);
  const nodeOf = (id: string) => (model.hosts.some((host) => host.id === id) ? `host:${id}` : model.network.devices.some((device) => device.id === id) ? `device:${id}` : `workload:${id}`);
  const isDown = (id: string | undefined) => id !== undefined && (!exists.has(id) || down.has(nodeOf(id)));
  for (let round = 0; round < 6; round++) {
    for (const wan of model.network.wan) if (isDown(wan.device)) down.add(`wan:${wan.id}`);
    if (model.network.wan.length > 0 && model.network.wan.every((wan) => down.has(`wan:${wan.id}`))) down.add('internet:site');
    for (const vlan of model.network.vlans) if (isDown(vlan.gateway) || isDown(vlan.dhcp?.server)) down.add(`vlan:${vlan.id}`);
    for (const vpn of model.network.vpns) if (isDown(vpn.endpoint) || down.has('internet:site')) down.add(`vpn:${vpn.id}`);
    for (const workload of model.workloads) {
      const id = `workload:${workload.id}`;
      if (down.has(id)) continue;
      const pool = model.storage.zfs.find((candidate) => candidate.id === workload.storage);
      const cluster = model.clusters.proxmox.find((candidate) => candidate.nodes.some((node) => node.host === workload.host));
      const replicated = cluster?.sharedStorage.some((storage) => storage.id === workload.storage) === true;
      const peers = (cluster?.nodes ?? []).map((node) => node.host).filter((host) => host !== workload.host && !down.has(`host:${host}`));
      const restarts = workload.ha && cluster?.ha?.enabled === true && replicated && peers.length > 0;
      const hostDown = workload.host !== undefined && isDown(workload.host) && !restarts;
      const storageDown = pool !== undefined && isDown(pool.host) && !restarts;
      if (hostDown || storageDown || isDown(workload.runsOn) || workload.vlans.some((vlan) => down.has(`vlan:${vlan}`)) || workload.dependsOn.some((dependency) => down.has(`workload:${dependency}`)) || ((workload.servesInternet || workload.needsInternet) && down.has('internet:site'))) {
        down.add(id);
      }
    }
  }
  return [...down].sort();
}
