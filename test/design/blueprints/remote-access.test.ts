import { describe, expect, it } from 'vitest';
import { builtInAnalyzers } from '../../../src/analyze/registry.js';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import type { Decision, Design } from '../../../src/design/blueprint.js';
import { remoteAccess } from '../../../src/design/blueprints/remote-access/index.js';
import { roomiestHypervisor } from '../../../src/design/blueprints/remote-access/transform.js';
import { designTask, matchTask } from '../../../src/design/design-task.js';
import { priceBook } from '../../../src/design/price-book.js';
import { readTaskIntent } from '../../../src/design/task-intent.js';
import { addEntity, updateEntity } from '../../../src/model/collections.js';
import { checkReferences } from '../../../src/model/cross-references.js';
import type { Model, NetworkDevice, PortForward, Wan } from '../../../src/model/types.js';
import { failureImpact } from '../../../src/plan/failure-impact.js';
import { planMigration } from '../../../src/plan/plan-migration.js';
import { runRules } from '../../../src/rules/engine.js';
import { builtInRules } from '../../../src/rules/registry.js';
import { exampleModel } from '../../helpers/example-model.js';

const TASK = 'Set up secure remote access with MFA instead of port forwards';
const design = (model: Model, task = TASK): Design => remoteAccess.design({ model, analysis: runAnalysis(model, builtInAnalyzers), task, intent: readTaskIntent(task, model), prices: priceBook() });
const method = (result: Design) => result.decisions[0] as Decision;
const value = (entry: Decision, option: string, column: string) => entry.options.find((candidate) => candidate.id === option)?.figures.find((figure) => figure.column === column)?.fact.value;
const findings = (model: Model) => runRules({ model, analysis: runAnalysis(model, builtInAnalyzers), rules: builtInRules, date: '2026-01-01' }).findings.map((finding) => finding.ruleId);
const behindCgnat = (model: Model) => updateEntity<Wan>(model, 'network.wan', 'isp', (wan) => ({ ...wan, cgnat: true }));

describe('remote-access on the two-node homelab', () => {
  const { model, analysis } = exampleModel('two-node-homelab.yaml');
  const result = design(model);

  it('keeps WireGuard on the gateway: it works, needs nothing outside the site, and UniFi offers no MFA for any on-site method', () => {
    expect(method(result).choice.optionId).toBe('wireguard');
    expect(value(method(result), 'openvpn', 'mfa')).toBe(false);
    expect(value(method(result), 'tailscale', 'outside')).toBe('Tailscale\'s coordination server (SaaS)');
    expect(result.target.network.vpns.find((vpn) => vpn.id === 'wg-home')).toMatchObject({ kind: 'wireguard', acls: true, mfa: false });
    expect(result.risks.map((risk) => risk.id)).toEqual(['remote-access/no-second-factor']);
  });

  it('bounds throughput by the network analyzer\'s WAN upload goodput and counts the open ports', () => {
    const upload = analysis.byId.get('network/isp/up-goodput')?.value;
    for (const option of method(result).options) expect(value(method(result), option.id, 'throughput')).toBe(upload);
    expect([value(method(result), 'wireguard', 'inbound'), value(method(result), 'tailscale', 'inbound'), value(method(result), 'headscale', 'cost')]).toEqual([1, 0, priceBook().price('vps-year').price.amount]);
  });
});

describe('remote-access: the decisive facts', () => {
  const { model } = exampleModel('two-node-homelab.yaml');

  it('carrier-grade NAT rules out inbound WireGuard and OpenVPN; Tailscale runs in a container on the roomiest node', () => {
    const cgnat = behindCgnat(model);
    const result = design(cgnat);
    const decision = method(result);
    expect(decision.options.filter((option) => !option.viable).map((option) => option.id)).toEqual(['wireguard', 'openvpn']);
    expect(value(decision, 'wireguard', 'works')).toBe(false);
    expect(decision.choice.optionId).toBe('tailscale');
    const router = result.target.workloads.find((workload) => workload.id === 'tailscale-router');
    expect(router?.host).toBe(roomiestHypervisor(cgnat, runAnalysis(cgnat, builtInAnalyzers)));
    expect(result.target.network.vpns.map((vpn) => [vpn.id, vpn.kind, vpn.endpoint, vpn.mfa])).toEqual([['tailnet', 'tailscale', 'tailscale-router', true]]);
    expect(result.risks.map((risk) => risk.id)).toContain('remote-access/outside-control-plane');
    expect(checkReferences(result.target)).toEqual([]);
    expect(findings(result.target)).not.toContain('security/remote-access-without-mfa');
  });

  it('replaces a port forward to an admin interface and closes WAN-side administration', () => {
    let exposed = addEntity(model, 'network.portForwards', { id: 'pve-ui', port: 8006, protocol: 'tcp', to: 'pve1', service: 'Proxmox UI', source: model.site.source } as unknown as PortForward);
    exposed = addEntity(exposed, 'network.portForwards', { id: 'jellyfin-web', port: 8096, protocol: 'tcp', to: 'jellyfin', source: model.site.source } as unknown as PortForward);
    exposed = updateEntity<NetworkDevice>(exposed, 'network.devices', 'gw', (device) => ({ ...device, adminExposedToWan: true }));
    expect(findings(exposed)).toContain('security/admin-exposed-to-wan');
    const result = design(exposed);
    expect(result.target.network.portForwards.map((forward) => forward.id)).toEqual(['jellyfin-web']);
    expect(value(method(result), 'wireguard', 'inbound')).toBe(2);
    expect(result.mappings).toContainEqual({ item: 'port forward pve-ui', from: 'open to the internet', to: 'removed: reached through wg-home' });
    expect(findings(result.target)).not.toContain('security/admin-exposed-to-wan');
    expect(result.risks.map((risk) => risk.id)).toContain('remote-access/kept-forwards');
  });

  it('on OPNsense, OpenVPN with TOTP gives MFA without an outside control plane and replaces WireGuard and its forward', () => {
    const office = exampleModel('small-office.yaml').model;
    const result = design(office);
    expect(method(result).choice.optionId).toBe('openvpn');
    expect(result.target.network.vpns.map((vpn) => [vpn.id, vpn.kind, vpn.endpoint, vpn.mfa, vpn.peers])).toEqual([['openvpn-remote', 'openvpn', 'fw', true, ['partners']]]);
    expect(result.target.network.portForwards).toEqual([]);
    expect(findings(result.target)).not.toContain('security/remote-access-without-mfa');
  });

  it('keeps a VPN that already has MFA and ACLs (the three-node tailnet) and changes nothing', () => {
    const ceph = exampleModel('three-node-ceph.yaml').model;
    const result = design(ceph);
    expect(method(result).choice.optionId).toBe('tailscale');
    expect(result.target).toEqual(ceph);
  });
});

describe('remote-access: the plan and the matcher', () => {
  it('adds the new path before it closes the old one, every step with validation and rollback', () => {
    const { model, analysis } = exampleModel('small-office.yaml');
    const result = designTask(model, analysis, TASK);
    expect(result.designs.map((entry) => entry.blueprint)).toEqual(['remote-access']);
    const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation, analysis });
    const ids = plan.steps.map((step) => step.id);
    expect(ids.indexOf('vpn.add/openvpn-remote')).toBeLessThan(ids.indexOf('port-forward.remove/wg'));
    expect(ids.indexOf('vpn.add/openvpn-remote')).toBeLessThan(ids.indexOf('vpn.remove/wg-staff'));
    expect(plan.steps.find((step) => step.id === 'vpn.add/openvpn-remote')?.action.commands.map((command) => command.text)).toContain('System ▸ Access ▸ Servers: a TOTP server ("Local + Timebased One Time Password"); each user scans their OTP seed');
    for (const step of plan.steps) expect(step.validation.length * step.rollback.length, step.id).toBeGreaterThan(0);
    expect(plan.violations).toEqual([]);
  });

  const selected = (task: string) => matchTask(task).find((match) => match.blueprint === 'remote-access')?.selected;
  it.each([TASK, 'How can I reach my homelab from anywhere? My ISP uses CGNAT', 'Replace the WireGuard VPN with Tailscale', 'Expose Home Assistant through a Cloudflare tunnel', 'Give the partners access from home'])('selects it for "%s"', (task) => expect(selected(task)).toBe(true));
  it.each(['Design a two-node Proxmox cluster with shared storage', 'Segment the network into VLANs'])('does not select it for "%s"', (task) => expect(selected(task)).toBe(false));
});
