import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { gatewayMigration } from '../../../src/design/blueprints/gateway-migration/index.js';
import { GATEWAY_CLASSES } from '../../../src/design/blueprints/gateway-migration/gateway-catalog.js';
import { requiredTier, tierOf } from '../../../src/design/blueprints/gateway-migration/opnsense-sizing.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { removeEntity, updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import { bitsPerSecond } from '../../../src/model/quantities.js';
import type { Model, NetworkDevice, Wan } from '../../../src/model/types.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN';
const design = (model: Model, task = TASK): Design => gatewayMigration.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook() });
const value = (decision: Decision, option: string, column: string) => decision.options.find((entry) => entry.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;

describe('gateway-migration on the two-node homelab', () => {
  const { model } = exampleModel('two-node-homelab.yaml');
  const result = design(model);

  it('finds every role of the UniFi gateway a new home', () => {
    expect(result.mappings?.map((mapping) => mapping.item)).toEqual([
      'routing of lan, trusted, iot, guest', 'nat', 'dhcp', 'dns', 'controller of sw1, ap1', 'vpn-server', 'ids', 'WAN uplink isp (Odido Glasvezel)', 'VPN wg-home (wireguard)', 'mDNS across trusted, iot', '3 firewall rule(s)',
    ]);
    expect(result.mappings?.find((mapping) => mapping.item.startsWith('controller'))?.to).toBe('unifi-controller');
  });

  it('sizes the box by the OPNsense guide for 500 Mbit/s with IDS, with computed headroom and energy cost', () => {
    const hardware = result.decisions[0] as Decision;
    expect(requiredTier(500e6, true)?.id).toBe('recommended');
    expect(hardware.options.map((option) => [option.id, option.viable])).toEqual([['compact-2x1g', false], ['compact-4x2g5', true], ['rack-10g', true], ['vm', false]]);
    expect(hardware.choice.optionId).toBe('compact-4x2g5');
    expect(value(hardware, 'compact-4x2g5', 'headroom')).toBeCloseTo((2.5e9 * (1500 - 52)) / (1500 + 38) / 500e6, 9); // N5: 2353.71 Mbit/s
    expect(value(hardware, 'compact-4x2g5', 'energy')).toBeCloseTo(((10 * 8760) / 1000) * 0.32, 2); // P1 form
    expect(value(hardware, 'compact-4x2g5', 'tier')).toBe(tierOf(GATEWAY_CLASSES[1] as never)?.id);
    expect(hardware.options[0]?.figures.find((figure) => figure.column === 'ips')?.fact.status).toBe('unknown');
  });

  it('builds a target where nothing refers to the old gateway and the IoT VLAN is protected', () => {
    expect(checkReferences(result.target)).toEqual([]);
    expect(JSON.stringify({ ...result.target, files: [] })).not.toMatch(/"gw"|"gw:/u);
    expect(result.target.network.vlans.map((vlan) => [vlan.id, vlan.gateway, vlan.dhcp?.server])).toEqual([['lan', 'opnsense', 'opnsense'], ['trusted', 'opnsense', 'opnsense'], ['iot', 'opnsense', 'opnsense'], ['guest', 'opnsense', 'opnsense']]);
    expect(result.protect).toEqual(['iot']);
    expect(result.purchases.map((line) => [line.forEntity, line.cost.amount])).toEqual([['opnsense', 300]]);
  });
});

describe('gateway-migration: the decisive facts', () => {
  it('a slow WAN without IDS makes the cheapest small box enough', () => {
    let model = exampleModel('two-node-homelab.yaml').model;
    model = updateEntity<Wan>(model, 'network.wan', 'isp', (wan) => ({ ...wan, down: bitsPerSecond(100e6), up: bitsPerSecond(20e6) }));
    model = updateEntity<NetworkDevice>(model, 'network.devices', 'gw', (device) => ({ ...device, services: device.services.filter((service) => service !== 'ids') }));
    expect(design(model).decisions[0]?.choice.optionId).toBe('compact-2x1g');
  });

  it('above the guide\'s last tier (1 Gbit/s) the top specification is the floor', () => {
    const hardware = design(exampleModel('small-office.yaml').model, 'Replace the OPNsense firewall').decisions[0] as Decision;
    expect(hardware.options.find((option) => option.id === 'compact-2x1g')?.viable).toBe(false);
    expect(hardware.choice.rationale).toContain('above 750 Mbps');
  });

  it('asks which device is the gateway when the spec has none', () => {
    const model = removeEntity(exampleModel('two-node-homelab.yaml').model, 'network.devices', 'gw');
    const result = design({ ...model, network: { ...model.network, wan: [] } });
    expect(result.target).toEqual({ ...model, network: { ...model.network, wan: [] } });
    expect(result.openQuestions.map((question) => question.id)).toEqual(['design/gateway-migration/no-gateway']);
  });
});
