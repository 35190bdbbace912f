/**
 * Who watches what. The observability analyzer's `monitored` fact wins when present; without it the
 * spec is read directly: a system targets the entity, or (for guests) a system with the Proxmox
 * exporter watches the host they run on, which reports guest up/down state.
 */
import type { Model } from '../../model/types.js';
import type { RuleContext } from '../rule.js';
import { enclosingWorkloads, hostOf } from './backup-graph.js';

export interface Coverage {
  readonly monitored: boolean;
  /** The fact read, when the analyzer produced one. */
  readonly evidence?: string;
}

function targetedInSpec(model: Model, id: string): boolean {
  const workload = model.workloads.find((candidate) => candidate.id === id);
  if (model.monitoring.systems.some((system) => system.targets.includes(id) || (workload && enclosingWorkloads(model, workload).some((item) => system.targets.includes(item.id))))) return true;
  if (!workload || (workload.kind !== 'vm' && workload.kind !== 'ct')) return false;
  const host = hostOf(model, workload);
  return model.monitoring.systems.some((system) => system.exporters.includes('pve') && host !== undefined && system.targets.includes(host));
}

/** Whether `id` is monitored, by the analyzer's fact or by the spec. */
export function coverage(context: RuleContext, id: string): Coverage {
  const factId = `observability/${id}/monitored`;
  const fact = context.fact(factId);
  if (fact?.status === 'known' && typeof fact.value === 'boolean') return { monitored: fact.value, evidence: factId };
  return { monitored: targetedInSpec(context.model, id) };
}

/** True when some monitoring system uses this exporter. */
export function hasExporter(model: Model, exporter: string): boolean {
  return model.monitoring.systems.some((system) => (system.exporters as readonly string[]).includes(exporter));
}

/** The hosts a monitoring system ultimately runs on. */
export function monitoringHost(model: Model, systemId: string): string | undefined {
  const system = model.monitoring.systems.find((candidate) => candidate.id === systemId);
  if (!system) return undefined;
  if (model.hosts.some((host) => host.id === system.runsOn)) return system.runsOn;
  const workload = model.workloads.find((candidate) => candidate.id === system.runsOn);
  return workload ? hostOf(model, workload) : undefined;
}
