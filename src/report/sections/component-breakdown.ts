/**
 * Component Breakdown: a bill of materials per layer — identical components counted, with their ids.
 * With a target spec, current and target quantities side by side. Reads the model (and the target's) only.
 */
import { compareText } from '../../intake/diagnostic.js';
import { formatBytes } from '../../intake/units/index.js';
import type { Bytes } from '../../model/quantities.js';
import type { Model } from '../../model/types.js';
import { NOT_GIVEN, cell, describeCpu, idsCell, memory } from '../describe.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText, Section, TableColumn } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';

/** One kind of component: the cells that describe it and the ids of its instances. */
interface Item {
  readonly key: string;
  readonly describe: readonly string[];
  readonly ids: readonly string[];
}

interface LayerTable {
  readonly title: string;
  readonly columns: readonly string[];
  /** Title of the last column, which lists where the instances are. */
  readonly idsTitle?: string;
  readonly items: (model: Model) => Item[];
}

const layerTables: readonly LayerTable[] = [
  {
    title: 'Compute',
    columns: ['Component', 'Role', 'CPU', 'RAM'],
    items: (model) => group(model.hosts.map((host) => ({ describe: [host.model ?? NOT_GIVEN, host.role, describeCpu(host), memory(host.memory)], id: host.id }))),
  },
  {
    title: 'Storage',
    columns: ['Disk', 'Kind', 'Size'],
    idsTitle: 'Hosts',
    items: (model) =>
      group(model.hosts.flatMap((host) => host.disks.map((disk) => ({ describe: [disk.model ?? NOT_GIVEN, `${disk.kind}${disk.boot ? ' (boot)' : ''}`, formatBytes(disk.size as Bytes)], id: host.id })))),
  },
  {
    title: 'Network',
    columns: ['Device', 'Kind'],
    items: (model) => group([...model.network.devices.map((device) => ({ describe: [device.model ?? NOT_GIVEN, device.kind], id: device.id })), ...model.network.wan.map((wan) => ({ describe: [wan.provider ?? NOT_GIVEN, `WAN ${wan.kind ?? 'uplink'}`], id: wan.id }))]),
  },
  {
    title: 'Power',
    columns: ['Unit', 'Kind'],
    items: (model) => group([...model.power.ups.map((ups) => ({ describe: [ups.model ?? NOT_GIVEN, 'UPS'], id: ups.id })), ...model.power.pdus.map((pdu) => ({ describe: [pdu.model ?? NOT_GIVEN, 'PDU'], id: pdu.id }))]),
  },
  {
    title: 'Workloads',
    columns: ['Kind', 'Criticality'],
    items: (model) => group(model.workloads.map((workload) => ({ describe: [workload.kind, workload.criticality], id: workload.id }))),
  },
  {
    title: 'Backup and observability',
    columns: ['Component', 'Kind'],
    items: (model) =>
      group([
        ...model.backups.targets.map((target) => ({ describe: ['backup target', `${target.kind}${target.offsite ? ', offsite' : ''}`], id: target.id })),
        ...model.backups.jobs.map((job) => ({ describe: ['backup job', job.tool ?? NOT_GIVEN], id: job.id })),
        ...model.monitoring.systems.map((system) => ({ describe: ['monitoring', system.kind], id: system.id })),
      ]),
  },
];

/** The Component Breakdown section. */
export function buildComponentBreakdown(context: ReportContext): Section {
  const target = context.target?.model;
  const blocks: Block[] = [
    { kind: 'paragraph', text: [target ? 'Components per layer, identical ones counted, now and in the target spec.' : 'Components per layer, identical ones counted.'], detail: true },
  ];
  for (const table of layerTables) {
    const current = table.items(context.model);
    const future = target ? table.items(target) : undefined;
    if (current.length === 0 && (future?.length ?? 0) === 0) continue;
    blocks.push({ kind: 'heading', text: table.title });
    blocks.push(breakdownTable(table.columns, table.idsTitle ?? 'Ids', current, future));
  }
  return { id: 'component-breakdown', title: sectionTitles['component-breakdown'], blocks };
}

function breakdownTable(describing: readonly string[], idsTitle: string, current: readonly Item[], target: readonly Item[] | undefined): Block {
  const keys = [...new Set([...current.map((item) => item.key), ...(target ?? []).map((item) => item.key)])];
  const now = new Map(current.map((item) => [item.key, item]));
  const then = new Map((target ?? []).map((item) => [item.key, item]));
  const columns: TableColumn[] = [...describing.map((title) => ({ title })), { title: target ? 'Now' : 'Qty', align: 'right' as const }];
  if (target) columns.push({ title: 'Target', align: 'right' });
  columns.push({ title: idsTitle });
  const rows: RichText[][] = keys.map((key) => {
    const item = now.get(key) ?? then.get(key);
    const row: RichText[] = (item?.describe ?? []).map((text) => cell(text));
    row.push(cell(String(now.get(key)?.ids.length ?? 0)));
    if (target) row.push(cell(String(then.get(key)?.ids.length ?? 0)));
    row.push(idsCell([...new Set([...(now.get(key)?.ids ?? []), ...(then.get(key)?.ids ?? [])])].sort(compareText)));
    return row;
  });
  return { kind: 'table', columns, rows };
}

/** Groups instances with identical descriptions, in order of first appearance. */
function group(instances: readonly { readonly describe: readonly string[]; readonly id: string }[]): Item[] {
  const items = new Map<string, { describe: readonly string[]; ids: string[] }>();
  for (const instance of instances) {
    const key = JSON.stringify(instance.describe);
    const item = items.get(key) ?? { describe: instance.describe, ids: [] };
    item.ids.push(instance.id);
    items.set(key, item);
  }
  return [...items.entries()].map(([key, item]) => ({ key, describe: item.describe, ids: item.ids }));
}
