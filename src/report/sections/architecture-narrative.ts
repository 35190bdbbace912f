/**
 * Architecture Narrative: the site layer by layer — what it consists of, the figures computed for it, and
 * what the rules and the failure analysis say. Reads analysis, findings and failure when present. The
 * chain-of-thought pattern replaces it with the staged version (patterns/chain-of-thought.ts).
 */
import { factsTable, riskItems } from '../narrative/layer-blocks.js';
import { decomposeLayer } from '../narrative/decomposition.js';
import { entityLayers, layerTitles, layerView, narrativeLayers } from '../narrative/layers.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, Section } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';

/** The Architecture Narrative section. */
export function buildArchitectureNarrative(context: ReportContext): Section {
  const layersOfEntities = entityLayers(context.model);
  const blocks: Block[] = [{ kind: 'paragraph', text: ['Layer by layer: what the site consists of, the figures computed for it, and what needs attention.'], detail: true }];
  for (const layer of narrativeLayers) {
    const view = layerView(context, layer, layersOfEntities);
    blocks.push({ kind: 'heading', text: layerTitles[layer] });
    blocks.push({ kind: 'bullets', items: decomposeLayer(context.model, layer) });
    if (view.facts.length > 0) blocks.push(factsTable(view.facts));
    const risks = riskItems(view);
    if (risks.length > 0) blocks.push({ kind: 'bullets', items: risks });
  }
  return { id: 'architecture-narrative', title: sectionTitles['architecture-narrative'], blocks };
}
