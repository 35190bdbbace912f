/**
 * chain-of-thought: the Architecture Narrative worked through layer by layer (network, compute, storage,
 * security, then power, backup, observability), each in five stages: assumptions, decomposition,
 * exploration, synthesis, risks and next actions.
 */
import { reportAssumptions } from '../sections/assumptions.js';
import { decisiveFigures, decisiveTable, layerAssumptions, riskItems, synthesis } from '../narrative/layer-blocks.js';
import { remediationsOf } from '../remediations.js';
import { designNarrative } from '../narrative/design-blocks.js';
import { APPENDIX_HEADING } from '../sections/assumptions.js';
import { decomposeLayer } from '../narrative/decomposition.js';
import { entityLayers, layerTitles, layerView, narrativeLayers } from '../narrative/layers.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block } from '../report-model.js';
import { strong } from '../rich-text.js';
import { definePattern, mapSection } from './pattern-module.js';

export const chainOfThought = definePattern({
  id: 'chain-of-thought',
  effect: 'lays the Architecture Narrative out layer by layer, each in stages: assumptions, decomposition, exploration, synthesis, risks and next actions',
  shapeDraft(sections, context) {
    return mapSection(sections, 'architecture-narrative', (section) => ({ ...section, blocks: stagedNarrative(context) }));
  },
});

function stagedNarrative(context: ReportContext): Block[] {
  const assumptions = reportAssumptions(context);
  const layersOfEntities = entityLayers(context.model);
  const remediations = remediationsOf(context);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: [
        'Each layer is worked through in five stages: ',
        strong('assumptions'),
        ', ',
        strong('decomposition'),
        ', ',
        strong('exploration'),
        ' (the decisive figures; every figure with its formula is under ',
        `${APPENDIX_HEADING})`,
        ', ',
        strong('synthesis'),
        ', and ',
        strong('risks and next actions'),
        '.',
      ],
      detail: true,
    },
  ];
  blocks.push(...designNarrative(context));
  for (const layer of narrativeLayers) {
    const view = layerView(context, layer, layersOfEntities);
    const relevant = layerAssumptions(assumptions, layer);
    blocks.push({ kind: 'heading', text: layerTitles[layer] });
    blocks.push({ kind: 'paragraph', text: [strong('1. Assumptions.'), ' ', relevant.length > 0 ? relevant.map((assumption) => assumption.text).join(' ') : 'None specific to this layer.'] });
    blocks.push({ kind: 'paragraph', text: [strong('2. Decomposition.')] });
    blocks.push({ kind: 'bullets', items: decomposeLayer(context.model, layer) });
    const figures = decisiveFigures(view);
    if (figures.length > 0) {
      const rest = view.facts.length - figures.length;
      blocks.push({ kind: 'paragraph', text: [strong('3. Exploration.'), ` The figures that decide this layer${rest > 0 ? ` (${rest} more under ${APPENDIX_HEADING})` : ''}:`] });
      blocks.push(decisiveTable(figures));
    } else if (view.facts.length > 0) {
      blocks.push({ kind: 'paragraph', text: [strong('3. Exploration.'), ` No known figure decides this layer; its ${view.facts.length} figure${view.facts.length === 1 ? ' is' : 's are'} under ${APPENDIX_HEADING}.`] });
    } else {
      blocks.push({ kind: 'paragraph', text: [strong('3. Exploration.'), context.analysis ? ' No analyzer computes figures for this layer yet.' : ' No figures computed: no analyzer ran for this report.'] });
    }
    blocks.push({ kind: 'paragraph', text: [strong('4. Synthesis.'), ' ', ...synthesis(view)] });
    const risks = riskItems(view, remediations);
    if (risks.length > 0) {
      blocks.push({ kind: 'paragraph', text: [strong('5. Risks and next actions.')] });
      blocks.push({ kind: 'bullets', items: risks });
    } else {
      blocks.push({ kind: 'paragraph', text: [strong('5. Risks and next actions.'), view.findings === undefined && view.spofs === undefined ? ' Not judged in this report.' : ' None for this layer.'] });
    }
  }
  return blocks;
}
