import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('kestra analyze: failure analysis (built CLI)', () => {
  it('prints the SPOF and blast-radius tables for an example', () => {
    const result = runCli(['analyze', 'examples/two-node-homelab.yaml']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('== single points of failure ==');
    expect(result.stdout).toMatch(/^ 1 {2}wall +power feed +8 workloads: adguard!, homeassistant!/m);
    expect(result.stdout).toContain('== blast radius ==');
    expect(result.stdout).toContain('== scenarios ==');
    expect(result.stdout).toContain('== availability ==');
  });

  it('--scenario (repeated) fails several components at once and prints the impact', () => {
    const result = runCli(['analyze', 'examples/two-node-homelab.yaml', '--scenario', 'pve1 down', '--scenario', 'sw1 down']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('== scenario: pve1 down + sw1 down ==\nFails: device:sw1, host:pve1\nGoes down:\n  workloads: adguard!, homeassistant!, docker, nextcloud, vaultwarden, uptime-kuma, jellyfin, jellyfin-media\n  hosts: nas, pve1, pve2\n');
  });

  it('--format json carries the failure analysis and the scenario', () => {
    const result = runCli(['analyze', 'examples/three-node-ceph.yaml', '--format', 'json', '--scenario', 'pve1 down']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { failure: { spofs: { component: string }[]; scenario: { failed: string[]; down: Record<string, string[]>; restarted: { guest: string }[] }; nPlusOne: unknown[] } };
    expect(parsed.failure.spofs[0]?.component).toBe('feed:circuit-a');
    expect(parsed.failure.scenario.failed).toEqual(['host:pve1']);
    expect(parsed.failure.scenario.down.workload).toBeUndefined();
    expect(parsed.failure.scenario.restarted.map((restart) => restart.guest).sort()).toEqual(['dc1', 'gitea', 'k3s-1']);
    expect(parsed.failure.nPlusOne).toHaveLength(3);
  });

  it('exits 2 with a located usage error for an unknown component, printing nothing on stdout', () => {
    const result = runCli(['analyze', 'examples/two-node-homelab.yaml', '--scenario', 'sw1 down', '--scenario', 'pve3 down']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: --scenario "pve3 down", column 1: unknown component "pve3" (expected the id of a host, network device, UPS, feed, PDU, disk, NIC, link, WAN uplink or workload)\n  hint: did you mean "pve1"?\n',
    );
  });
});
