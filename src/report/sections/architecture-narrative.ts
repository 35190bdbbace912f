/**
 * Architecture Narrative: the site layer by layer — what it consists of, the figures computed for it, and
 * what the rules and the failure analysis say. Reads analysis, findings and failure when present. The
 * chain-of-thought pattern replaces it with the staged version (patterns/chain-of-thought.ts).
 */
import { decisiveFigures, decisiveTable, riskItems } from '../narrative/layer-blocks.js';
import { remediationsOf } from '../remediations.js';
import { designNarrative } from '../narrative/design-blocks.js';
import { APPENDIX_HEADING } from './assumptions.js';
import { decomposeLayer } from '../narrative/decomposition.js';
import { entityLayers, layerTitles, layerView, narrativeLayers } from '../narrative/layers.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, Section } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';

/** The Architecture Narrative section. */
export function buildArchitectureNarrative(context: ReportContext): Section {
  const layersOfEntities = entityLayers(context.model);
  const remediations = remediationsOf(context);
  const blocks: Block[] = [{ kind: 'paragraph', text: [`Layer by layer: what the site consists of, the figures that decide it (every figure is under ${APPENDIX_HEADING}), and what needs attention.`], detail: true }];
  blocks.push(...designNarrative(context));
  for (const layer of narrativeLayers) {
    const view = layerView(context, layer, layersOfEntities);
    blocks.push({ kind: 'heading', text: layerTitles[layer] });
    blocks.push({ kind: 'bullets', items: decomposeLayer(context.model, layer) });
    const figures = decisiveFigures(view);
    if (figures.length > 0) blocks.push(decisiveTable(figures));
    const risks = riskItems(view, remediations);
    if (risks.length > 0) blocks.push({ kind: 'bullets', items: risks });
  }
  return { id: 'architecture-narrative', title: sectionTitles['architecture-narrative'], blocks };
}
