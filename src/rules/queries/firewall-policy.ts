/**
 * Evaluates the spec's inter-zone firewall policy: can traffic from one VLAN open connections to
 * another? Rules are read top to bottom and the first that matches decides, as OPNsense and pfSense
 * evaluate interface rules ("first match wins": https://docs.opnsense.org/manual/firewall.html).
 * A rule limited to ports still makes the destination reachable (on those ports); a port-limited
 * deny only closes those ports, so evaluation continues past it.
 */
import type { FirewallRule, Model, Vlan } from '../../model/types.js';

export interface Reachability {
  readonly reachable: boolean;
  /** What decided: a rule, the default policy, or the absence of any firewall section. */
  readonly decidedBy: 'rule' | 'default-policy' | 'no-firewall';
  readonly rule?: FirewallRule;
  /** Ports, when an allow rule limits them. */
  readonly ports?: readonly (number | string)[];
}

function matches(selector: string, vlan: Vlan): boolean {
  return selector === 'any' || selector === vlan.id || selector === vlan.zone;
}

/** Whether hosts in `from` can open connections to hosts in `to` under the declared policy. */
export function reachability(model: Model, from: Vlan, to: Vlan): Reachability {
  const firewall = model.network.firewall;
  if (!firewall.declared) return { reachable: true, decidedBy: 'no-firewall' };
  for (const rule of firewall.rules) {
    if (!matches(rule.from, from) || !matches(rule.to, to)) continue;
    if (rule.action === 'allow') return { reachable: true, decidedBy: 'rule', rule, ...(rule.ports ? { ports: rule.ports } : {}) };
    if (!rule.ports || rule.ports.length === 0) return { reachable: false, decidedBy: 'rule', rule };
  }
  return { reachable: firewall.defaultPolicy === 'allow', decidedBy: 'default-policy' };
}

/** Explains a reachability for a message: "rule at line 12 allows it" or "the default policy is allow". */
export function describeReachability(result: Reachability): string {
  if (result.decidedBy === 'no-firewall') return 'no firewall policy is declared, so inter-VLAN traffic is routed unfiltered';
  if (result.decidedBy === 'default-policy') return `no rule matches and the default policy is ${result.reachable ? 'allow' : 'deny'}`;
  const ports = result.ports ? ` on port(s) ${result.ports.join(', ')}` : '';
  return `the rule at line ${result.rule?.source.line ?? '?'} ${result.reachable ? 'allows' : 'denies'} it${ports}`;
}

/** VLANs whose zone is one of `zones`, in declaration order. */
export function vlansInZones(model: Model, zones: readonly string[]): Vlan[] {
  return model.network.vlans.filter((vlan) => zones.includes(vlan.zone));
}
