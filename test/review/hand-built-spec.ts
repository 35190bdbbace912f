/**
 * The two-node homelab example with a hand-built Analysis: the facts the storage and power
 * analyzers will emit (FACTS.md ids), with values re-derived here so the figure check can be tested
 * before those analyzers land.
 */
import { knownFact } from '../../src/analyze/fact.js';
import type { Analysis } from '../../src/analyze/run-analysis.js';
import { loadSpec } from '../../src/intake/load-spec.js';
import type { ReviewSpec } from '../../src/review/types.js';
import { join } from 'node:path';
import { examplesDir } from '../helpers/paths.js';

/** 4 × 8 TB RAIDZ1: three disks of data, less about 3.3 % for padding and slop (storage/tank/usable). */
export const TANK_USABLE_BYTES = 3 * 8e12 * (1 - 0.033);
/** 216 Wh battery, ~60 % usable at ~160 W load with inverter losses: about 25 minutes (power/ups1/runtime). */
export const UPS1_RUNTIME_SECONDS = 25 * 60;

/** Loads examples/two-node-homelab.yaml and attaches the hand-built facts and SPOFs. */
export async function homelabSpec(options: { spofs?: ReviewSpec['spofs'] } = {}): Promise<ReviewSpec> {
  const loaded = await loadSpec(join(examplesDir, 'two-node-homelab.yaml'));
  if (!loaded.model) throw new Error('the example no longer loads');
  const facts = [
    knownFact({ id: 'storage/tank/usable', subject: 'tank', layer: 'storage', label: 'Usable capacity', unit: 'bytes', value: TANK_USABLE_BYTES, formula: 'Σ vdev dspace − slop', inputs: [] }),
    knownFact({ id: 'storage/tank/raw', subject: 'tank', layer: 'storage', label: 'Raw capacity', unit: 'bytes', value: 32e12, formula: 'Σ disk sizes', inputs: [] }),
    knownFact({ id: 'power/ups1/runtime', subject: 'ups1', layer: 'power', label: 'Runtime', unit: 'seconds', value: UPS1_RUNTIME_SECONDS, formula: 'battery Wh × usable fraction / load', inputs: [] }),
  ];
  const analysis: Analysis = { facts, byId: new Map(facts.map((fact) => [fact.id, fact])), assumptions: [], openQuestions: [] };
  return { model: loaded.model, analysis, ...(options.spofs ? { spofs: options.spofs } : {}) };
}
