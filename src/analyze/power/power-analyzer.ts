/**
 * The power analyzer: draw of every host and device, load, load ratio and runtime of every UPS,
 * and the site's draw, yearly energy and yearly cost. Fact ids follow FACTS.md (power/…).
 */
import { energyCost, HOURS_PER_YEAR, yearlyEnergyKwh } from '../../calc/power/energy-cost.js';
import { formatEnergyPrice, formatPower } from '../../intake/units/index.js';
import { watts } from '../../model/quantities.js';
import type { Assumption, Model } from '../../model/types.js';
import { defineAnalyzer } from '../analyzer.js';
import type { Fact, FactInput } from '../fact.js';
import { subjectFacts } from '../subject-facts.js';
import { powerSupplyOf, type Consumer } from './power-supply.js';
import { upsFacts } from './ups-facts.js';

export const powerAnalyzer = defineAnalyzer({
  id: 'power',
  layer: 'power',
  title: 'Power draw, UPS load and runtime, energy cost',
  analyze({ model }) {
    const supply = powerSupplyOf(model);
    const facts: Fact[] = supply.consumers.map(drawFact);
    const assumptions: Assumption[] = [];
    for (const ups of model.power.ups) {
      const result = upsFacts(ups, supply);
      facts.push(...result.facts);
      assumptions.push(...result.assumptions);
    }
    facts.push(...siteFacts(model, supply.consumers));
    if (supply.splitsFeeds) assumptions.push({ id: 'power/split-feeds', text: 'A device plugged into N feeds (dual PSUs) draws 1/N of its power through each.', sources: [] });
    if (supply.usesPoe) assumptions.push({ id: 'power/poe-through-switch', text: "A PoE device draws through the switch that powers it; the switch's own figure is taken to exclude its PoE load (PSU losses not modelled).", sources: [] });
    return { facts, assumptions };
  },
});

function drawFact(consumer: Consumer): Fact {
  const facts = subjectFacts('power', consumer.id, consumer.source);
  const fields = { label: 'Power draw', unit: 'watts' as const, formula: 'load draw, else idle draw' };
  if (consumer.draw === undefined) return facts.unknown('draw', `How much power does ${consumer.id} draw at the wall (power.idle / power.load)?`, fields);
  const inputs: FactInput[] = [
    ...(consumer.load !== undefined ? [{ name: 'load draw', value: consumer.load, unit: 'watts' as const, source: consumer.source }] : []),
    ...(consumer.idle !== undefined ? [{ name: 'idle draw', value: consumer.idle, unit: 'watts' as const, source: consumer.source }] : []),
  ];
  return facts.known('draw', consumer.draw, { ...fields, formula: consumer.drawFrom === 'load' ? 'load draw (measured at the wall)' : 'idle draw: no load figure given', inputs });
}

function siteFacts(model: Model, consumers: readonly Consumer[]): Fact[] {
  const facts = subjectFacts('power', 'site', model.site.source);
  const missing = consumers.filter((consumer) => consumer.draw === undefined).map((consumer) => consumer.id);
  const drawFields = { label: 'Site draw', unit: 'watts' as const, formula: 'Σ draw of every host and network device' };
  const energyFields = { label: 'Yearly energy', unit: 'kilowatt-hours' as const, formula: `site draw × ${HOURS_PER_YEAR} h / 1000` };
  const costFields = { label: 'Yearly energy cost', unit: 'money' as const, formula: 'yearly energy × price per kWh' };
  if (consumers.length === 0) return [];
  if (missing.length > 0) {
    const question = `The site's draw cannot be computed: the draw of ${missing.join(', ')} is not given (power.idle or power.load).`;
    return [facts.unknown('draw', question, drawFields), facts.unknown('yearly-energy', question, energyFields), facts.unknown('yearly-cost', question, costFields)];
  }
  const draw = watts(consumers.reduce((sum, consumer) => sum + (consumer.draw ?? 0), 0));
  const drawFact = facts.known('draw', draw, {
    ...drawFields,
    inputs: consumers.map((consumer): FactInput => ({ name: consumer.id, value: consumer.draw ?? 0, unit: 'watts', factId: `power/${consumer.id}/draw` })),
    formula: 'Σ draw of every host and network device (UPS losses and charging not modelled)',
  });
  const kwh = yearlyEnergyKwh(draw);
  const energyFact = facts.known('yearly-energy', kwh, { ...energyFields, formula: `${formatPower(draw)} × ${HOURS_PER_YEAR} h / 1000`, inputs: [{ name: 'site draw', value: draw, unit: 'watts', factId: drawFact.id }] });
  const price = model.site.electricityPrice;
  if (price === undefined) {
    return [drawFact, energyFact, facts.unknown('yearly-cost', `What does a kWh cost at ${model.site.name} (site.electricityPrice)?`, costFields)];
  }
  const cost = energyCost(kwh, price);
  return [
    drawFact,
    energyFact,
    { ...facts.known('yearly-cost', cost.amount, { ...costFields, formula: `yearly energy × ${formatEnergyPrice(price)}`, inputs: [{ name: 'yearly energy', value: kwh, unit: 'kilowatt-hours', factId: energyFact.id }, { name: 'price per kWh', value: price.amount, unit: 'money', source: model.site.source }] }), currency: cost.currency },
  ];
}
