// The power analyzer on inline specs: draws, UPS load through PDUs, dual feeds and PoE, runtime by
// chart / Peukert / linear (domain.md §6, U1, U5), yearly energy and cost (P1).
import { describe, expect, it } from 'vitest';
import { powerAnalyzer } from '../../../src/analyze/power/power-analyzer.js';
import { peukertUpsRuntime } from '../../../src/calc/power/peukert.js';
import { linearUpsRuntime } from '../../../src/calc/power/ups-runtime-linear.js';
import { wattHours, watts } from '../../../src/model/quantities.js';
import { analyzeYaml, fact, value } from '../../helpers/analyze-spec.js';

const head = `version: 1
site: { name: Test, electricityPrice: 0.30 EUR/kWh }
`;

describe('power analyzer: draw and UPS load', () => {
  const analysis = analyzeYaml(
    `${head}power:
  feeds: [{ id: wall }]
  ups:
    - { id: ups1, va: 1500VA, watts: 900W, batteryWh: 216Wh, feed: wall }
    - { id: ups2, va: 1000VA, batteryWh: 200Wh, chemistry: lithium, feed: wall }
  pdus: [{ id: pdu1, feed: ups1 }]
hosts:
  - { id: srv, role: server, power: { idle: 60W, load: 100W, feeds: [ups1, ups2], psus: 2 } }
  - { id: nas, role: nas, power: { idle: 30W, feeds: [pdu1] } }
network:
  devices:
    - { id: sw1, kind: switch, ports: [{ id: p1, speed: 1GbE, poe: true }], power: { load: 10W, feeds: [pdu1] } }
    - { id: ap1, kind: access-point, ports: [{ id: eth0, speed: 1GbE }], power: { load: 12W, poeFrom: "sw1:p1" } }
`,
    [powerAnalyzer],
  );

  it('draw is the load figure, else the idle figure', () => {
    expect(fact(analysis, 'power/srv/draw')).toMatchObject({ status: 'known', value: 100, unit: 'watts' });
    expect(fact(analysis, 'power/nas/draw')).toMatchObject({ status: 'known', value: 30, unit: 'watts', formula: 'idle draw: no load figure given' });
  });

  it('a UPS carries half of a dual-PSU host, everything behind its PDU, and the PoE device through its switch', () => {
    // ups1: srv 100/2 + nas 30 (pdu1) + sw1 10 (pdu1) + ap1 12 (PoE via sw1, pdu1) = 102 W.
    expect(fact(analysis, 'power/ups1/load')).toMatchObject({ status: 'known', value: 102, unit: 'watts' });
    expect(fact(analysis, 'power/ups2/load')).toMatchObject({ value: 50, unit: 'watts' });
    expect(analysis.assumptions.map((assumption) => assumption.id)).toEqual(expect.arrayContaining(['power/split-feeds', 'power/poe-through-switch']));
  });

  it('load ratio uses the watt rating, or VA / 1.4 when there is none (assumed)', () => {
    expect(fact(analysis, 'power/ups1/load-ratio')).toMatchObject({ value: 102 / 900, unit: 'ratio' });
    expect(value(analysis, 'power/ups2/load-ratio')).toBeCloseTo(50 / (1000 / 1.4), 12);
    expect(analysis.assumptions.map((assumption) => assumption.id)).toContain('power/ups-watts-from-va');
    expect(value(analysis, 'power/ups1/va-load-ratio')).toBeCloseTo((102 * 1.4) / 1500, 12);
  });

  it('lead-acid runtime is Peukert (k 1.2, 20 h, η 0.9), lithium the linear model; both keep the linear bound', () => {
    expect(fact(analysis, 'power/ups1/runtime')).toMatchObject({ status: 'known', unit: 'seconds', value: peukertUpsRuntime({ battery: wattHours(216), load: watts(102) }) });
    expect(value(analysis, 'power/ups2/runtime')).toBe(linearUpsRuntime({ battery: wattHours(200), load: watts(50) }));
    // U1: 216 Wh × 0.9 / 100 W = 1.944 h; at 102 W the bound is 216 × 0.9 / 102 h.
    expect(value(analysis, 'power/ups1/runtime-upper-bound')).toBeCloseTo(((216 * 0.9) / 102) * 3600, 6);
    expect(value(analysis, 'power/ups1/runtime')).toBeLessThan(value(analysis, 'power/ups1/runtime-upper-bound') as number);
  });

  it('P1: site draw, yearly energy (× 8760 h) and cost in the site currency', () => {
    const draw = 100 + 30 + 10 + 12;
    expect(fact(analysis, 'power/site/draw')).toMatchObject({ value: draw, unit: 'watts' });
    expect(fact(analysis, 'power/site/yearly-energy')).toMatchObject({ value: (draw * 8760) / 1000, unit: 'kilowatt-hours' });
    expect(fact(analysis, 'power/site/yearly-cost')).toMatchObject({ unit: 'money', currency: 'EUR' });
    expect(value(analysis, 'power/site/yearly-cost')).toBeCloseTo(((draw * 8760) / 1000) * 0.3, 9);
  });
});

describe('power analyzer: runtime chart and missing inputs', () => {
  const chart = `runtimeChart: [{ load: 550W, runtime: 14m }, { load: 1100W, runtime: 5m }]`;
  const specWith = (load: string, ups: string) => `version: 1
site: { name: Test }
power:
  ups: [${ups}]
hosts:
  - { id: h1, role: server, power: { load: ${load}, feeds: [ups1] } }
`;

  it('interpolates the vendor chart on log-log axes', () => {
    const analysis = analyzeYaml(specWith('800W', `{ id: ups1, watts: 1100W, ${chart} }`), [powerAnalyzer]);
    const slope = Math.log(5 / 14) / Math.log(2);
    expect(value(analysis, 'power/ups1/runtime')).toBeCloseTo(14 * 60 * (800 / 550) ** slope, 6);
  });

  it('below the chart the lowest point is a lower bound; above it the battery model takes over', () => {
    const below = analyzeYaml(specWith('369W', `{ id: ups1, watts: 1100W, ${chart} }`), [powerAnalyzer]);
    expect(fact(below, 'power/ups1/runtime')).toMatchObject({ value: 14 * 60 });
    expect(fact(below, 'power/ups1/runtime').formula).toContain('lower bound');
    const above = analyzeYaml(specWith('1200W', `{ id: ups1, watts: 1100W, batteryWh: 324Wh, ${chart} }`), [powerAnalyzer]);
    expect(value(above, 'power/ups1/runtime')).toBe(peukertUpsRuntime({ battery: wattHours(324), load: watts(1200) }));
    expect(fact(above, 'power/ups1/runtime').formula).toContain('not extrapolated');
  });

  it('without battery Wh or chart the runtime is unknown, with the question that settles it', () => {
    const analysis = analyzeYaml(specWith('100W', '{ id: ups1, watts: 900W }'), [powerAnalyzer]);
    expect(fact(analysis, 'power/ups1/runtime')).toMatchObject({
      status: 'unknown',
      value: null,
      unit: 'seconds',
      question: 'ups1 has no battery Wh and no runtime chart; runtime cannot be computed. What is its battery energy (batteryWh) or its vendor runtime chart?',
    });
    expect(analysis.openQuestions.map((question) => question.id)).toContain('power/ups1/runtime');
  });

  it('a device without a draw makes its UPS load and the site figures unknown, naming it', () => {
    const analysis = analyzeYaml(`version: 1
site: { name: Test }
power:
  ups: [{ id: ups1, watts: 900W, batteryWh: 216Wh }]
hosts:
  - { id: h1, role: server, power: { load: 50W, feeds: [ups1] } }
  - { id: h2, role: server, power: { feeds: [ups1] } }
`, [powerAnalyzer]);
    expect(fact(analysis, 'power/h2/draw')).toMatchObject({ status: 'unknown', question: 'How much power does h2 draw at the wall (power.idle / power.load)?' });
    expect(fact(analysis, 'power/ups1/load')).toMatchObject({ status: 'unknown', question: 'ups1 load cannot be computed: the draw of h2 is not given (power.idle or power.load)' });
    expect(fact(analysis, 'power/site/yearly-cost').status).toBe('unknown');
  });

  it('without an electricity price the cost is an open question', () => {
    const analysis = analyzeYaml(specWith('100W', '{ id: ups1, watts: 900W, batteryWh: 216Wh }'), [powerAnalyzer]);
    expect(fact(analysis, 'power/site/yearly-energy')).toMatchObject({ status: 'known', value: 876 });
    expect(fact(analysis, 'power/site/yearly-cost')).toMatchObject({ status: 'unknown', question: 'What does a kWh cost at Test (site.electricityPrice)?' });
  });

  it('a UPS nothing draws from asks what is plugged into it', () => {
    const analysis = analyzeYaml(`version: 1
site: { name: Test }
power:
  ups: [{ id: ups1, watts: 900W, batteryWh: 216Wh }]
`, [powerAnalyzer]);
    expect(fact(analysis, 'power/ups1/load')).toMatchObject({ status: 'known', value: 0 });
    expect(fact(analysis, 'power/ups1/runtime')).toMatchObject({ status: 'unknown', question: 'Nothing in the spec draws from ups1; which devices are plugged into it?' });
  });
});
