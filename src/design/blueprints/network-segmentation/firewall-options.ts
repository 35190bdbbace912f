/**
 * The inter-zone firewall policy. Default deny between zones with explicit allows that name their
 * ports, against the current default-allow with explicit denies. Both are evaluated with the rules
 * engine's own first-match reading (rules/queries/firewall-policy.ts), so the figures say what each
 * policy lets through: open VLAN pairs, and VLANs outside management and trusted that reach
 * management.
 */
import { compareText } from '../../../intake/diagnostic.js';
import { entityKey } from '../../../model/collections.js';
import type { FirewallRule, Model } from '../../../model/types.js';
import { reachability } from '../../../rules/queries/firewall-policy.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { ADMIN_PORTS, DNS_PORT, STORAGE_PORTS, WEB_PORTS, portsOf } from './service-ports.js';
import { BLUEPRINT } from './zone-plan.js';

const OPNSENSE_FIREWALL = 'https://docs.opnsense.org/manual/firewall.html';

type RuleSpec = Pick<FirewallRule, 'from' | 'to' | 'action'> & { readonly ports?: readonly number[]; readonly description: string };

export interface Policy {
  readonly defaultPolicy: 'allow' | 'deny';
  readonly rules: readonly FirewallRule[];
}

/** The allows a default-deny policy needs, from what runs where in `model`. */
export function zoneAllows(model: Model): RuleSpec[] {
  // Rules only matter between routed VLANs: an unrouted one (storage) is reached on its own segment.
  const zones = new Set(model.network.vlans.filter((vlan) => vlan.gateway !== undefined).map((vlan) => vlan.zone));
  const zoneOf = new Map(model.network.vlans.map((vlan) => [vlan.id, vlan.zone] as const));
  const onServers = model.workloads.filter((workload) => workload.vlans.some((vlan) => zoneOf.get(vlan) === 'servers'));
  const inside = (id: string): string[] => model.workloads.filter((workload) => workload.runsOn === id).flatMap((workload) => [workload.id, ...inside(workload.id)]);
  const served = [...onServers, ...onServers.flatMap((workload) => inside(workload.id)).map((id) => model.workloads.find((workload) => workload.id === id)).filter((workload) => workload !== undefined)];
  const smb = model.storage.shares.some((share) => share.protocol === 'smb');
  const serverPorts = [...new Set([...WEB_PORTS, ...served.flatMap(portsOf), ...(smb ? [445] : [])])].sort((a, b) => a - b);
  const dns = served.some((workload) => portsOf(workload).includes(DNS_PORT));
  const rules: RuleSpec[] = [];
  const has = (...names: string[]) => names.every((name) => zones.has(name as never));
  if (has('management')) rules.push({ from: 'management', to: 'any', action: 'allow', description: 'Admins reach every zone' });
  if (has('trusted', 'management')) rules.push({ from: 'trusted', to: 'management', action: 'allow', ports: ADMIN_PORTS, description: 'Admin UIs (SSH, HTTPS, Proxmox VE, PBS) from trusted devices only' });
  if (has('trusted', 'servers')) rules.push({ from: 'trusted', to: 'servers', action: 'allow', ports: serverPorts, description: `The services clients use (${served.filter((workload) => portsOf(workload).length > 0).map((workload) => workload.id).join(', ') || 'web'})` });
  // IoT asks the gateway's resolver, which forwards to the servers' DNS, when the gateway resolves;
  // only a gateway without DNS makes IoT talk to the servers VLAN directly.
  const gatewayResolves = model.network.devices.some((device) => device.services.includes('dns') && model.network.vlans.some((vlan) => vlan.zone === 'iot' && vlan.gateway === device.id));
  if (has('iot', 'servers') && dns && !gatewayResolves) rules.push({ from: 'iot', to: 'servers', action: 'allow', ports: [DNS_PORT], description: 'DNS from the resolver on the servers VLAN' });
  if (has('trusted', 'iot')) rules.push({ from: 'trusted', to: 'iot', action: 'allow', description: 'Control and casting: trusted devices open connections, IoT only answers' });
  if (has('servers', 'storage') && model.storage.shares.length > 0) rules.push({ from: 'servers', to: 'storage', action: 'allow', ports: STORAGE_PORTS, description: 'Guests reach the NAS shares (SMB, NFS)' });
  for (const zone of ['trusted', 'servers', 'iot', 'guest'] as const) if (zones.has(zone)) rules.push({ from: zone, to: 'wan', action: 'allow', description: 'Internet access' });
  return rules;
}

/** The denies a default-allow policy needs to isolate IoT and guest (DNS allowed first). */
function zoneDenies(model: Model): RuleSpec[] {
  const zones = new Set(model.network.vlans.filter((vlan) => vlan.gateway !== undefined).map((vlan) => vlan.zone));
  const rules: RuleSpec[] = [];
  for (const from of ['iot', 'guest'] as const) {
    if (!zones.has(from)) continue;
    for (const to of ['management', 'trusted', 'servers', 'storage'] as const) if (zones.has(to)) rules.push({ from, to, action: 'deny', description: `${from} may not open connections to ${to}` });
  }
  return rules;
}

/** The existing rules followed by `added`, skipping an added rule whose from, to and action a rule already has. */
export function mergeRules(existing: readonly FirewallRule[], added: readonly RuleSpec[], source: FirewallRule['source']): FirewallRule[] {
  const seen = new Set(existing.map((rule) => `${rule.from}>${rule.to}:${rule.action}`));
  const keys = new Set(existing.map((rule) => entityKey('network.firewall.rules', rule as never)));
  const out: FirewallRule[] = [...existing];
  for (const spec of added) {
    const rule = { from: spec.from, to: spec.to, action: spec.action, ...(spec.ports !== undefined ? { ports: [...spec.ports] } : {}), description: spec.description, source } as FirewallRule;
    const key = entityKey('network.firewall.rules', rule as never);
    if (seen.has(`${spec.from}>${spec.to}:${spec.action}`) || keys.has(key)) continue;
    seen.add(`${spec.from}>${spec.to}:${spec.action}`);
    keys.add(key);
    out.push(rule);
  }
  return out;
}

/** `model` with `policy` as its firewall. */
export function withPolicy(model: Model, policy: Policy): Model {
  return { ...model, network: { ...model.network, firewall: { defaultPolicy: policy.defaultPolicy, rules: policy.rules, declared: true } } };
}

/** Ordered pairs of different VLANs where the first can open connections to the second, and VLANs outside management/trusted that reach management. */
export function policyExposure(model: Model): { readonly open: number; readonly managementExposed: readonly string[] } {
  const vlans = model.network.vlans.filter((vlan) => vlan.gateway !== undefined);
  let open = 0;
  const exposed = new Set<string>();
  for (const from of vlans) {
    for (const to of vlans) {
      if (from.id === to.id || !reachability(model, from, to).reachable) continue;
      open++;
      if (to.zone === 'management' && from.zone !== 'management' && from.zone !== 'trusted') exposed.add(from.id);
    }
  }
  return { open, managementExposed: [...exposed].sort(compareText) };
}

const columns: readonly Column[] = [
  { key: 'rules', label: 'Firewall rules', unit: 'count', better: 'none' },
  { key: 'open-pairs', label: 'Routed VLAN pairs that can connect', unit: 'count', better: 'lower' },
  { key: 'management-exposed', label: 'VLANs outside trusted that reach management', unit: 'count', better: 'lower' },
  { key: 'new-vlan', label: 'A VLAN added later starts', unit: 'text', better: 'none' },
];

/** The firewall decision for `model` (the target's VLANs); returns the chosen policy. */
export function firewallDecision(model: Model, source: FirewallRule['source']): { readonly decision: Decision; readonly policy: Policy } {
  const current = model.network.firewall;
  const policies: Readonly<Record<'default-deny' | 'default-allow', Policy>> = {
    'default-deny': { defaultPolicy: 'deny', rules: mergeRules(current.rules, zoneAllows(model), source) },
    // DNS for IoT must come before the deny that would otherwise shadow it (first match wins).
    'default-allow': { defaultPolicy: 'allow', rules: mergeRules(current.rules, [...zoneAllows(model).filter((spec) => spec.from === 'iot' && spec.to === 'servers'), ...zoneDenies(model)], source) },
  };
  const options: Option[] = (['default-deny', 'default-allow'] as const).map((id) => {
    const policy = policies[id];
    const exposure = policyExposure(withPolicy(model, policy));
    const make = optionFigures(BLUEPRINT, 'firewall', id, 'security');
    const inputs = [{ name: 'VLANs', value: model.network.vlans.length, unit: 'count' as const }, { name: 'default policy', value: policy.defaultPolicy, unit: 'text' as const }];
    return {
      id,
      title: id === 'default-deny' ? 'Default deny between zones, explicit allows with ports' : 'Default allow, explicit denies for IoT and guest',
      summary: `${policy.rules.length} rules, default ${policy.defaultPolicy}.`,
      figures: [
        make('rules', { label: 'Firewall rules', unit: 'count', value: policy.rules.length, formula: 'existing rules + the rules the policy adds', inputs }),
        make('open-pairs', { label: 'Routed VLAN pairs that can connect', unit: 'count', value: exposure.open, formula: 'ordered pairs of routed VLANs whose first matching rule (or the default) allows new connections', inputs, reference: OPNSENSE_FIREWALL }),
        make('management-exposed', { label: 'VLANs outside trusted that reach management', unit: 'count', value: exposure.managementExposed.length, formula: `VLANs outside management and trusted that reach a management VLAN${exposure.managementExposed.length > 0 ? `: ${exposure.managementExposed.join(', ')}` : ''}`, inputs, reference: OPNSENSE_FIREWALL }),
        make('new-vlan', { label: 'A VLAN added later starts', unit: 'text', value: policy.defaultPolicy === 'deny' ? 'isolated' : 'open to every zone', formula: 'the default policy applies to traffic no rule matches' }),
      ],
      pros: id === 'default-deny' ? ['Every flow that works is written down with its ports', 'A forgotten or new VLAN is isolated, not open'] : ['Nothing breaks that works today'],
      cons: id === 'default-deny' ? ['A flow nobody listed stops until it gets a rule: test the matrix per VLAN'] : ['Every new VLAN or zone is open until someone remembers to deny it', 'Servers, storage and management stay open to each other and to trusted on every port'],
      viable: exposure.managementExposed.length === 0,
      whyNot: exposure.managementExposed.length === 0 ? [] : [`${exposure.managementExposed.join(', ')} can reach management [security/management-reachable-from-untrusted]`],
    };
  });
  checkColumns(columns, options);
  const chosen = options[0] as Option;
  return {
    decision: {
      id: 'firewall',
      question: 'Which inter-zone firewall policy?',
      columns,
      options,
      choice: {
        optionId: chosen.id,
        rationale: `Default deny leaves ${chosen.figures.find((figure) => figure.column === 'open-pairs')?.fact.value} VLAN pairs able to connect against ${options[1]?.figures.find((figure) => figure.column === 'open-pairs')?.fact.value} with default allow, and every allow names its ports; IoT and guest reach neither trusted nor management [security/zone-not-isolated] [security/management-reachable-from-untrusted] [network/flat-network-with-iot]. A VLAN added later starts isolated.`,
        cites: { rules: ['security/zone-not-isolated', 'security/management-reachable-from-untrusted', 'network/flat-network-with-iot'], facts: chosen.figures.map((figure) => figure.fact.id) },
      },
    },
    policy: policies['default-deny'],
  };
}
