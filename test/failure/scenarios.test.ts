import { describe, expect, it } from 'vitest';
import { isUsageError } from '../../src/usage-error.js';
import { buildFailureGraph, parseScenario, scenarios } from '../../src/failure/index.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import { exampleFiles, examplesDir } from '../helpers/paths.js';
import { join } from 'node:path';

async function example(file: string) {
  const { model } = await loadSpec(join(examplesDir, file));
  if (!model) throw new Error(`${file} does not load`);
  return { model, graph: buildFailureGraph(model) };
}

function usageError(run: () => unknown): { message: string; hint?: string } {
  try {
    run();
  } catch (error) {
    if (isUsageError(error)) return { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseScenario', () => {
  it('reads the ad-hoc forms of the issue', async () => {
    const { graph } = await example('two-node-homelab.yaml');
    const read = (text: string) => parseScenario(text, graph).failed;
    expect(read('pve1 down')).toEqual(['host:pve1']);
    expect(read('sw1 down')).toEqual(['device:sw1']);
    expect(read('ups1 fails')).toEqual(['ups:ups1']);
    expect(read('isp down')).toEqual(['wan:isp']);
    expect(read('disk nas/hdd-1 down')).toEqual(['disk:nas/hdd-1']);
    expect(read('nas:hdd-2 dies')).toEqual(['disk:nas/hdd-2']);
    expect(read('the switch sw1 goes down')).toEqual(['device:sw1']);
    expect(read('host:pve2')).toEqual(['host:pve2']);
    expect(read('pve1 down, sw1 down and ups1 fails')).toEqual(['device:sw1', 'host:pve1', 'ups:ups1']);
    expect(read('vm docker crashed')).toEqual(['workload:docker']);
    expect(read('site power loss')).toEqual(['feed:wall']);
  });

  it('names the column of an unknown component and suggests the nearest one', async () => {
    const { graph } = await example('two-node-homelab.yaml');
    expect(usageError(() => parseScenario('pve3 down', graph))).toEqual({
      message: '--scenario "pve3 down", column 1: unknown component "pve3" (expected the id of a host, network device, UPS, feed, PDU, disk, NIC, link, WAN uplink or workload)',
      hint: 'did you mean "pve1"?',
    });
    expect(usageError(() => parseScenario('sw1 down, disk nas/hdd-9 down', graph)).message).toContain('column 16: unknown component "nas/hdd-9"');
    expect(usageError(() => parseScenario('zzzzzz down', graph)).hint).toMatch(/^components: /);
  });

  it('says that derived things (pools, VLANs) do not fail on their own, and rejects an empty text', async () => {
    const { graph } = await example('two-node-homelab.yaml');
    expect(usageError(() => parseScenario('tank down', graph)).message).toContain('"tank" is one of the ZFS pools, which do not fail on their own');
    expect(usageError(() => parseScenario('iot down', graph)).message).toContain('VLANs');
    expect(usageError(() => parseScenario('  down ', graph)).message).toContain('names no component');
  });
});

describe('named scenarios', () => {
  it.each(exampleFiles)('each scenario of %s reads back from its text to the same failures', async (file) => {
    const { model, graph } = await example(file);
    const list = scenarios(model, graph);
    expect(list.length).toBeGreaterThan(5);
    expect(new Set(list.map((scenario) => scenario.id)).size).toBe(list.length);
    for (const scenario of list) expect(parseScenario(scenario.text, graph).failed).toEqual([...scenario.failed].sort());
  });

  it('covers every host, switch, UPS, feed, ISP, one disk per vdev and site power (two-node homelab)', async () => {
    const { model, graph } = await example('two-node-homelab.yaml');
    expect(scenarios(model, graph).map((scenario) => scenario.id)).toEqual([
      'host-pve1', 'host-pve2', 'host-nas', 'device-gw', 'device-sw1', 'device-ap1', 'ups-ups1', 'feed-wall', 'wan-isp',
      'disk-local-zfs-pve1-0', 'disk-local-zfs-pve2-0', 'disk-tank-0', 'site-power',
    ]);
  });
});
