/**
 * The architecture broken down by layer (the persona's chain-of-thought layers, plus power, backup and
 * observability): which components belong to it, which facts and findings are about it.
 */
import type { Fact, Layer } from '../../analyze/fact.js';
import type { Model } from '../../model/types.js';
import type { ReportContext, ReportFinding, ReportSpof } from '../report-inputs.js';
import { sortFindings } from '../report-inputs.js';

export const narrativeLayers = ['network', 'compute', 'storage', 'security', 'power', 'backup', 'observability'] as const;
export type NarrativeLayer = (typeof narrativeLayers)[number];

export const layerTitles: Readonly<Record<NarrativeLayer, string>> = {
  network: 'Network',
  compute: 'Compute',
  storage: 'Storage',
  security: 'Security',
  power: 'Power',
  backup: 'Backup and recovery',
  observability: 'Observability',
};

/** Fact and finding layers read under each narrative layer (cluster facts are compute; availability goes with failure). */
const factLayers: Readonly<Record<NarrativeLayer, readonly (Layer | string)[]>> = {
  network: ['network'],
  compute: ['compute', 'cluster'],
  storage: ['storage'],
  security: ['security'],
  power: ['power'],
  backup: ['backup'],
  observability: ['observability'],
};

/** The narrative layer a fact or finding layer belongs to, if any. */
export function narrativeLayerOf(layer: string): NarrativeLayer | undefined {
  return narrativeLayers.find((candidate) => factLayers[candidate].includes(layer));
}

/** The narrative layer of each entity id of the model, for placing single points of failure. */
export function entityLayers(model: Model): Map<string, NarrativeLayer> {
  const layers = new Map<string, NarrativeLayer>();
  const set = (ids: readonly { readonly id?: string | undefined }[], layer: NarrativeLayer) => {
    for (const entity of ids) if (entity.id !== undefined) layers.set(entity.id, layer);
  };
  set(model.network.devices, 'network');
  set(model.network.vlans, 'network');
  set(model.network.wan, 'network');
  set(model.network.vpns, 'security');
  set(model.hosts, 'compute');
  set(model.workloads, 'compute');
  set(model.clusters.proxmox, 'compute');
  set(model.clusters.kubernetes, 'compute');
  set(model.storage.zfs, 'storage');
  set(model.storage.raid, 'storage');
  set(model.storage.ceph, 'storage');
  set(model.storage.shares, 'storage');
  set(model.power.feeds, 'power');
  set(model.power.ups, 'power');
  set(model.power.pdus, 'power');
  set(model.backups.targets, 'backup');
  set(model.backups.jobs, 'backup');
  set(model.monitoring.systems, 'observability');
  set(model.monitoring.alerts, 'observability');
  for (const host of model.hosts) for (const disk of host.disks) layers.set(`${host.id}:${disk.id}`, 'storage');
  return layers;
}

export interface LayerView {
  readonly layer: NarrativeLayer;
  readonly facts: readonly Fact[];
  /** Undefined when no rules ran. */
  readonly findings?: readonly ReportFinding[];
  /** Every finding of the report, for the figures a finding of another layer cites. */
  readonly allFindings?: readonly ReportFinding[];
  /** Undefined when no failure analysis ran. */
  readonly spofs?: readonly ReportSpof[];
}

/** The facts, findings and single points of failure of one layer. */
export function layerView(context: ReportContext, layer: NarrativeLayer, layersOfEntities = entityLayers(context.model)): LayerView {
  return {
    layer,
    facts: (context.analysis?.facts ?? []).filter((fact) => narrativeLayerOf(fact.layer) === layer),
    ...(context.findings ? { findings: sortFindings(context.findings.filter((finding) => narrativeLayerOf(finding.layer) === layer)), allFindings: context.findings.filter((finding) => finding.waiver === undefined) } : {}),
    ...(context.failure ? { spofs: context.failure.spofs.filter((spof) => layersOfEntities.get(spof.component) === layer) } : {}),
  };
}
