/** Current State: the baseline as the spec describes it, with the topology diagram. Reads the model only. */
import { formatEnergyPrice } from '../../intake/units/index.js';
import type { Model } from '../../model/types.js';
import { topologyDiagram } from '../../render/diagrams/topology.js';
import { mermaidSource } from '../../render/diagrams/mermaid-source.js';
import { hostBlocks, workloadBlocks } from '../inventory/compute.js';
import { edgeBlocks, firewallBlocks, networkDeviceBlocks, vlanBlocks } from '../inventory/network.js';
import { powerBlocks } from '../inventory/power.js';
import { backupBlocks, monitoringBlocks } from '../inventory/protection.js';
import { clusterBlocks } from '../inventory/services.js';
import { storageBlocks } from '../inventory/storage.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, Section } from '../report-model.js';
import { inputNames } from '../input-names.js';
import { sectionTitles } from '../section-ids.js';

/** The Current State section. */
export function buildCurrentState(context: ReportContext): Section {
  const { model } = context;
  const site = model.site;
  const price = site.electricityPrice ? `; electricity costs ${formatEnergyPrice(site.electricityPrice)}` : '';
  return {
    id: 'current-state',
    title: sectionTitles['current-state'],
    blocks: [
      { kind: 'paragraph', text: [`The baseline: what `, ...inputNames(context.inputs), ` ${context.inputs.length > 1 ? 'say' : 'says'} "${site.name}" has today${site.location ? `, at ${site.location}` : ''}${price}.`] },
      ...topologyBlocks(model, 'topology-current', 'Network topology (current)'),
      ...inventoryBlocks(model),
    ],
  };
}

/** The inventory tables of a model, layer by layer; Target State reuses them for a target spec. */
export function inventoryBlocks(model: Model): Block[] {
  return [
    ...hostBlocks(model),
    ...networkDeviceBlocks(model),
    ...vlanBlocks(model),
    ...firewallBlocks(model),
    ...edgeBlocks(model),
    ...storageBlocks(model),
    ...clusterBlocks(model),
    ...workloadBlocks(model),
    ...backupBlocks(model),
    ...monitoringBlocks(model),
    ...powerBlocks(model),
  ];
}

/** The topology diagram of a model, or a sentence when nothing is cabled. */
export function topologyBlocks(model: Model, id: string, title: string): Block[] {
  const diagram = topologyDiagram(model, id, title);
  if (diagram.edges.length === 0) return [{ kind: 'paragraph', text: ['No cabling is declared (links, NIC connections or WAN uplinks), so there is no topology diagram.'] }];
  return [{ kind: 'diagram', diagram, mermaid: mermaidSource(diagram) }];
}
