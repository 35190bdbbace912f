/** Inventory tables for hosts and workloads. */
import type { Model } from '../../model/types.js';
import { cell, describeCpu, describeDisks, describeDraw, describeNics, idCell, idsCell, memory, size, yesNo } from '../describe.js';
import type { Block } from '../report-model.js';
import { formatDuration, formatPercent } from '../../intake/units/index.js';
import type { Ratio, Seconds } from '../../model/quantities.js';

/** Hosts with their CPU, memory, disks, NICs and power draw. */
export function hostBlocks(model: Model): Block[] {
  if (model.hosts.length === 0) return [];
  return [
    { kind: 'heading', text: 'Hosts' },
    {
      kind: 'table',
      columns: [{ title: 'Host' }, { title: 'Role' }, { title: 'Model' }, { title: 'CPU' }, { title: 'RAM', align: 'right' }, { title: 'Disks' }, { title: 'NICs' }, { title: 'Draw' }, { title: 'OS' }],
      rows: model.hosts.map((host) => [
        idCell(host.id),
        cell(host.role),
        cell(host.model),
        cell(describeCpu(host)),
        cell(`${memory(host.memory)}${host.eccMemory ? ' ECC' : ''}`),
        cell(describeDisks(host.disks)),
        cell(describeNics(host)),
        cell(describeDraw(host.power)),
        cell(host.os),
      ]),
    },
  ];
}

/** VMs, containers and services with their resources, placement and objectives. */
export function workloadBlocks(model: Model): Block[] {
  if (model.workloads.length === 0) return [];
  return [
    { kind: 'heading', text: 'Workloads' },
    {
      kind: 'table',
      columns: [
        { title: 'Workload' },
        { title: 'Kind' },
        { title: 'Runs on' },
        { title: 'vCPU', align: 'right' },
        { title: 'RAM', align: 'right' },
        { title: 'Disk', align: 'right' },
        { title: 'Storage' },
        { title: 'HA' },
        { title: 'Criticality' },
        { title: 'RPO / RTO / SLO' },
      ],
      rows: model.workloads.map((workload) => [
        idCell(workload.id),
        cell(workload.kind),
        idCell(workload.runsOn ?? workload.host),
        cell(workload.vcpu?.toString()),
        cell(workload.memory === undefined ? undefined : memory(workload.memory)),
        cell(workload.disk === undefined ? undefined : size(workload.disk)),
        idCell(workload.storage),
        cell(yesNo(workload.ha)),
        cell(workload.criticality),
        cell(objectives(workload.rpo, workload.rto, workload.slo)),
      ]),
    },
    ...dependencyBlocks(model),
  ];
}

function objectives(rpo: number | undefined, rto: number | undefined, slo: number | undefined): string | undefined {
  const parts = [rpo !== undefined ? formatDuration(rpo as Seconds) : '—', rto !== undefined ? formatDuration(rto as Seconds) : '—', slo !== undefined ? formatPercent(slo as Ratio) : '—'];
  return parts.every((part) => part === '—') ? undefined : parts.join(' / ');
}

function dependencyBlocks(model: Model): Block[] {
  const dependent = model.workloads.filter((workload) => workload.dependsOn.length > 0);
  if (dependent.length === 0) return [];
  return [{ kind: 'bullets', items: dependent.map((workload) => [idCell(workload.id)[0] ?? workload.id, ' depends on ', ...idsCell(workload.dependsOn)]) }];
}
