import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { dhcpPoolSize, dhcpRange, formatDhcpRange } from '../../../src/calc/network/dhcp-pool.js';
import { overlaps, parseCidr } from '../../../src/calc/network/ipv4-subnet.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { networkSegmentation } from '../../../src/design/blueprints/network-segmentation/index.js';
import { policyExposure } from '../../../src/design/blueprints/network-segmentation/firewall-options.js';
import { changedPorts, portPlan } from '../../../src/design/blueprints/network-segmentation/port-plan.js';
import { designTask, matchTask } from '../../../src/design/design-task.js';
import { failureImpact } from '../../../src/plan/failure-impact.js';
import { planMigration, planStates } from '../../../src/plan/plan-migration.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import type { Model, NetworkDevice, Vlan, Workload } from '../../../src/model/types.js';
import { reachability } from '../../../src/rules/queries/firewall-policy.js';
import { runRules } from '../../../src/rules/engine.js';
import { builtInRules } from '../../../src/rules/registry.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Segment the home network into VLANs for management, servers, IoT and guests with a firewall policy between them';
const design = (model: Model, task = TASK, prices = {}): Design => networkSegmentation.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook(prices) });
const decision = (result: Design, id: string) => result.decisions.find((entry) => entry.id === id) as Decision;
const value = (entry: Decision, option: string, column: string) => entry.options.find((candidate) => candidate.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;

describe('network-segmentation on the two-node homelab', () => {
  const { model } = exampleModel('two-node-homelab.yaml');
  const result = design(model);
  const target = result.target;

  it('keeps every VLAN with its id, tag and subnet and adds the missing zones on the site\'s own numbering', () => {
    for (const vlan of model.network.vlans) expect(target.network.vlans.find((entry) => entry.id === vlan.id)).toMatchObject({ vid: vlan.vid, zone: vlan.zone, subnet: vlan.subnet });
    const added = target.network.vlans.filter((vlan) => !model.network.vlans.some((old) => old.id === vlan.id));
    expect(added.map((vlan) => [vlan.id, vlan.vid, vlan.zone, vlan.subnet, vlan.gateway])).toEqual([
      ['servers', 50, 'servers', '10.0.50.0/24', 'gw'],
      ['storage', 60, 'storage', '10.0.60.0/24', undefined],
    ]);
    const blocks = target.network.vlans.map((vlan) => parseCidr(vlan.subnet as string) as NonNullable<ReturnType<typeof parseCidr>>);
    blocks.forEach((block, i) => blocks.forEach((other, j) => i !== j && expect(overlaps(block, other)).toBe(false)));
  });

  it('sizes each DHCP pool from its client count with the calculator', () => {
    for (const id of ['trusted', 'iot', 'guest']) {
      const vlan = target.network.vlans.find((entry) => entry.id === id) as Vlan;
      const expected = dhcpRange(parseCidr(vlan.subnet as string) as never, dhcpPoolSize(vlan.clients as number));
      expect(vlan.dhcp?.range).toBe(formatDhcpRange(expected as never));
    }
    expect(target.network.vlans.find((vlan) => vlan.id === 'iot')?.dhcp?.range).toBe('10.0.30.100-10.0.30.153');
    expect(result.openQuestions.map((question) => question.id)).toEqual(['design/network-segmentation/clients-lan']);
  });

  it('chooses default deny with figures from the rules engine\'s own reachability; management only from trusted and management', () => {
    const firewall = decision(result, 'firewall');
    expect(firewall.choice.optionId).toBe('default-deny');
    expect(value(firewall, 'default-deny', 'open-pairs')).toBe(policyExposure(target).open);
    expect(value(firewall, 'default-deny', 'rules')).toBe(target.network.firewall.rules.length);
    expect(target.network.firewall.defaultPolicy).toBe('deny');
    const management = target.network.vlans.filter((vlan) => vlan.zone === 'management');
    for (const from of target.network.vlans.filter((vlan) => vlan.gateway !== undefined && vlan.zone !== 'management' && vlan.zone !== 'trusted')) {
      for (const to of management) expect(reachability(target, from, to).reachable, `${from.id} → ${to.id}`).toBe(false);
    }
    const trusted = target.network.vlans.find((vlan) => vlan.id === 'trusted') as Vlan;
    expect(reachability(target, trusted, management[0] as Vlan).ports).toEqual([22, 443, 8006, 8007]);
    expect(firewall.choice.cites.rules).toContain('security/management-reachable-from-untrusted');
  });

  it('leaves no segmentation finding on the target', () => {
    const findings = runRules({ model: target, analysis: runAnalysis(target, builtInAnalyzers), rules: builtInRules, date: '2026-01-01' }).findings.map((finding) => finding.ruleId);
    for (const rule of ['network/flat-network-with-iot', 'security/zone-not-isolated', 'security/management-reachable-from-untrusted']) expect(findings).not.toContain(rule);
  });

  it('moves guests off trusted and management, tags the host ports, and counts the changed switch ports', () => {
    expect(target.workloads.filter((workload) => workload.vlans.includes('servers')).map((workload) => [workload.id, workload.vlans])).toEqual([
      ['homeassistant', ['iot', 'servers']],
      ['adguard', ['servers']],
      ['jellyfin', ['servers']],
      ['nextcloud', ['servers']],
      ['docker', ['servers']],
    ]);
    expect(target.hosts.find((host) => host.id === 'pve1')?.nics[0]?.vlans).toEqual(['lan', 'trusted', 'iot', 'servers', 'storage']);
    expect(target.hosts.find((host) => host.id === 'nas')?.nics[0]?.vlans).toEqual(['lan', 'servers', 'storage']);
    const changed = changedPorts(portPlan(model), portPlan(target));
    expect(changed.map((row) => row.port)).toEqual(['sw1:port1', 'sw1:port2', 'sw1:port3', 'sw1:port8']);
    expect(value(decision(result, 'segmentation'), 'vlans', 'ports')).toBe(changed.length);
    expect(result.mappings?.find((mapping) => mapping.item.startsWith('switch port sw1:port3'))).toEqual({ item: 'switch port sw1:port3 (nas:eno1)', from: 'access: lan', to: 'trunk: native lan, tagged servers, storage' });
    expect(checkReferences(target)).toEqual([]);
  });

  it('repeats mDNS between the VLANs that ask for it', () => {
    expect(decision(result, 'mdns').choice.optionId).toBe('repeater');
    expect(target.network.devices.find((device) => device.id === 'gw')?.services).toContain('mdns-repeater');
  });
});

describe('network-segmentation: the decisive facts', () => {
  const { model } = exampleModel('two-node-homelab.yaml');

  it('no VLAN needing mDNS across means no repeater', () => {
    let quiet = model;
    for (const vlan of model.network.vlans) quiet = updateEntity<Vlan>(quiet, 'network.vlans', vlan.id, (entity) => ({ ...entity, mdns: false }));
    const result = design(quiet);
    expect(decision(result, 'mdns').choice.optionId).toBe('none');
    expect(decision(result, 'mdns').options[0]?.viable).toBe(false);
    expect(result.target.network.devices.find((device) => device.id === 'gw')?.services).not.toContain('mdns-repeater');
  });

  it('an unmanaged switch rules out VLANs on it; a managed replacement is bought at the price book\'s figure', () => {
    const unmanaged = updateEntity<NetworkDevice>(model, 'network.devices', 'sw1', (device) => ({ ...device, model: 'TP-Link TL-SG108 (unmanaged)' }));
    const result = design(unmanaged);
    const segmentation = decision(result, 'segmentation');
    expect(segmentation.options.find((option) => option.id === 'vlans')?.viable).toBe(false);
    expect(segmentation.choice.optionId).toBe('new-switch');
    expect(value(segmentation, 'new-switch', 'cost')).toBe(priceBook().price('switch-managed-8').price.amount);
    expect(result.target.network.devices.map((device) => device.id)).toEqual(['gw', 'ap1', 'sw1-managed']);
    expect(result.target.hosts.find((host) => host.id === 'pve1')?.nics[0]?.connectedTo).toBe('sw1-managed:port1');
    expect(checkReferences(result.target)).toEqual([]);
  });

  it('a free gateway port and no guest on IoT make a separate IoT network possible; it wins when it is cheaper', () => {
    let model2 = updateEntity<NetworkDevice>(model, 'network.devices', 'sw1', (device) => ({ ...device, model: 'unmanaged 8-port switch' }));
    model2 = updateEntity<NetworkDevice>(model2, 'network.devices', 'gw', (device) => ({ ...device, ports: [...device.ports, { id: 'lan2', speed: 1e9 } as never] }));
    model2 = updateEntity<Workload>(model2, 'workloads', 'homeassistant', (workload) => ({ ...workload, vlans: ['trusted'] }));
    const result = design(model2, TASK, { 'switch-managed-8': { amount: 500, currency: 'EUR' } });
    const segmentation = decision(result, 'segmentation');
    expect(segmentation.options.find((option) => option.id === 'separate-iot')?.viable).toBe(true);
    expect(segmentation.choice.optionId).toBe('separate-iot');
    expect(result.purchases.map((line) => [line.forEntity, line.cost.amount])).toEqual([['iot-sw', 25], ['iot-ap', 100]]);
    expect(result.target.network.links.find((link) => link.a === 'gw:lan2')?.vlans).toEqual(['iot']);
    expect(checkReferences(result.target)).toEqual([]);
  });
});

describe('network-segmentation: the task matcher', () => {
  const selected = (task: string) => matchTask(task).find((match) => match.blueprint === 'network-segmentation')?.selected;
  it.each([
    TASK,
    'Put the IoT devices on their own VLAN',
    'Design a firewall policy between the VLANs',
    'Isolate the smart home gear from the family laptops',
    'Plan subnets and DHCP for new VLANs',
  ])('selects it for "%s"', (task) => expect(selected(task)).toBe(true));
  it.each(['Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN', 'Replace the OPNsense firewall with new hardware, no downtime for the printers VLAN', 'Design a two-node Proxmox cluster'])('does not select it for "%s"', (task) => expect(selected(task)).toBe(false));
});

describe('network-segmentation: the plan', () => {
  const { model, analysis } = exampleModel('two-node-homelab.yaml');
  const result = designTask(model, analysis, TASK);
  const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation, analysis });

  it('keeps Home Assistant up with a second NIC first, and the default deny comes last', () => {
    expect(plan.violations).toEqual([]);
    const ids = plan.steps.map((step) => step.id);
    expect(ids).toContain('workload-vlans.change/homeassistant/add-nic');
    expect(plan.steps.find((step) => step.id === 'workload-vlans.change/homeassistant')?.downtime).toBe(0);
    const policy = ids.indexOf('firewall-policy.change/firewall');
    expect(ids.filter((id) => id.startsWith('firewall-rule.add/') || id.startsWith('workload-vlans.change/')).every((id) => ids.indexOf(id) < policy)).toBe(true);
    const states = planStates(model, plan);
    plan.steps.forEach((step, index) => expect([...failureImpact(states[index + 1] as Model, [])], step.id).not.toContain('workload:homeassistant'));
  });

  it('gives every step validation and rollback, and the switch steps real port settings', () => {
    for (const step of plan.steps) {
      expect(step.validation.length, step.id).toBeGreaterThan(0);
      expect(step.rollback.length, step.id).toBeGreaterThan(0);
    }
    const port = plan.steps.find((step) => step.id === 'nic-vlans.change/pve1');
    expect(port?.action.commands.map((command) => command.text)).toContain('UniFi Network ▸ Devices ▸ sw1 ▸ Port Manager ▸ port1: Native VLAN lan, Tagged VLAN Management: Custom (trusted, iot, servers, storage)');
    expect(port?.downtime).toBe(0);
  });
});
