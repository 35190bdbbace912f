/**
 * The observability analyzer: monitoring coverage of every host, device, workload and UPS, where
 * alerts go and whether they outlive the cluster, and the disk each Prometheus needs. Fact ids follow
 * FACTS.md (observability/…).
 */
import type { Assumption } from '../../model/types.js';
import { defineAnalyzer } from '../analyzer.js';
import type { Fact } from '../fact.js';
import { placementOf } from '../placement.js';
import { alertingFacts } from './alerting-facts.js';
import { coverageFacts } from './coverage-facts.js';
import { prometheusFacts } from './prometheus-facts.js';

export const observabilityAnalyzer = defineAnalyzer({
  id: 'observability',
  layer: 'observability',
  title: 'Monitoring coverage, alert routes and Prometheus storage',
  analyze({ model }) {
    const placement = placementOf(model);
    const facts: Fact[] = [...coverageFacts(model, placement), ...alertingFacts(model, placement)];
    const assumptions: Assumption[] = [];
    for (const system of model.monitoring.systems.filter((candidate) => candidate.kind === 'prometheus')) {
      const result = prometheusFacts(system);
      facts.push(...result.facts);
      assumptions.push(...result.assumptions);
    }
    return { facts, assumptions };
  },
});
