/**
 * Monitoring coverage: whether something watches each host, network device, workload and UPS. An
 * entity is monitored when a monitoring system targets it; a VM or container also when a system with
 * the Proxmox exporter targets its host (guest state comes from the PVE API); a UPS also when UPS
 * events alert (checks.ups) or a system runs the NUT exporter.
 */
import type { Model, Source } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import type { Placement } from '../placement.js';
import { subjectFacts } from '../subject-facts.js';

interface Watched {
  readonly id: string;
  readonly source: Source;
  readonly kind: 'host' | 'device' | 'workload' | 'ups';
}

/** One `monitored` fact per host, network device, workload and UPS. */
export function coverageFacts(model: Model, placement: Placement): Fact[] {
  const entities: Watched[] = [
    ...model.hosts.map((host): Watched => ({ id: host.id, source: host.source, kind: 'host' })),
    ...model.network.devices.map((device): Watched => ({ id: device.id, source: device.source, kind: 'device' })),
    ...model.workloads.map((workload): Watched => ({ id: workload.id, source: workload.source, kind: 'workload' })),
    ...model.power.ups.map((ups): Watched => ({ id: ups.id, source: ups.source, kind: 'ups' })),
  ];
  return entities.map((entity) => {
    const reasons = whyMonitored(entity, model, placement);
    const inputs = reasons.map((reason): FactInput => ({ name: reason.system, value: reason.how, unit: 'text', ...(reason.source ? { source: reason.source } : {}) }));
    return subjectFacts('observability', entity.id, entity.source).known('monitored', reasons.length > 0, {
      label: 'Monitored',
      unit: 'boolean',
      formula: reasons.length > 0 ? reasons.map((reason) => `${reason.system}: ${reason.how}`).join('; ') : 'no monitoring system targets it or checks it',
      inputs,
    });
  });
}

interface Reason {
  readonly system: string;
  readonly how: string;
  readonly source?: Source;
}

function whyMonitored(entity: Watched, model: Model, placement: Placement): Reason[] {
  const reasons: Reason[] = [];
  for (const system of model.monitoring.systems) {
    if (system.targets.includes(entity.id)) reasons.push({ system: system.id, how: 'targets it', source: system.source });
  }
  if (entity.kind === 'workload') {
    const workload = placement.workloads.get(entity.id);
    const host = workload?.host;
    if (workload !== undefined && host !== undefined && (workload.kind === 'vm' || workload.kind === 'ct')) {
      for (const system of model.monitoring.systems) {
        if (system.exporters.includes('pve') && system.targets.includes(host)) reasons.push({ system: system.id, how: `Proxmox exporter on its host ${host} reports guest state`, source: system.source });
      }
    }
  }
  if (entity.kind === 'ups') {
    if (model.monitoring.checks.ups === true) reasons.push({ system: 'checks.ups', how: 'UPS events alert' });
    for (const system of model.monitoring.systems) {
      if (system.exporters.includes('nut')) reasons.push({ system: system.id, how: 'runs the NUT exporter', source: system.source });
    }
  }
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.system}|${reason.how}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
