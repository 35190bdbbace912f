// The observability analyzer on inline specs: coverage, alert routes and Prometheus storage (domain.md §8, PR5/PR6 formula).
import { describe, expect, it } from 'vitest';
import { observabilityAnalyzer } from '../../../src/analyze/observability/observability-analyzer.js';
import { analyzeYaml, fact, value } from '../../helpers/analyze-spec.js';

const base = `version: 1
site: { name: Test }
power:
  ups: [{ id: ups1, watts: 900W }]
hosts:
  - { id: pve1, role: hypervisor }
  - { id: pve2, role: hypervisor }
  - { id: pi, role: sbc }
network:
  devices: [{ id: sw1, kind: switch }]
clusters:
  proxmox: [{ id: lab, nodes: [pve1, pve2] }]
workloads:
  - { id: mon, kind: vm, host: pve1 }
  - { id: db, kind: vm, host: pve2 }
  - { id: app, kind: container, runsOn: db }
`;

describe('observability analyzer', () => {
  const analysis = analyzeYaml(
    `${base}monitoring:
  systems:
    - { id: prom, kind: prometheus, runsOn: mon, targets: [pve1, pve2], exporters: [node, pve], scrapeInterval: 15s, retention: 15d, series: 10000 }
    - { id: kuma, kind: uptime-kuma, runsOn: pi, targets: [sw1] }
  alerts:
    - { id: mail, from: prom, channel: email, external: false }
    - { id: push, from: kuma, channel: ntfy, external: true }
`,
    [observabilityAnalyzer],
  );

  it('an entity is monitored when a system targets it; a guest when the Proxmox exporter watches its host', () => {
    expect(fact(analysis, 'observability/pve1/monitored')).toMatchObject({ status: 'known', value: true, unit: 'boolean' });
    expect(fact(analysis, 'observability/sw1/monitored')).toMatchObject({ value: true, formula: 'kuma: targets it' });
    expect(fact(analysis, 'observability/db/monitored')).toMatchObject({ value: true, formula: 'prom: Proxmox exporter on its host pve2 reports guest state' });
  });

  it('a container inside a VM, an unwatched host and a UPS without checks are not monitored', () => {
    expect(value(analysis, 'observability/app/monitored')).toBe(false);
    expect(value(analysis, 'observability/pi/monitored')).toBe(false);
    expect(value(analysis, 'observability/ups1/monitored')).toBe(false);
  });

  it('an external route sent from outside the cluster survives its loss', () => {
    expect(value(analysis, 'observability/site/external-alert-route')).toBe(true);
    expect(fact(analysis, 'observability/site/alerts-survive-cluster-loss')).toMatchObject({ value: true, formula: 'push is sent from pi, outside the hypervisors and cluster nodes' });
  });

  it('storage-needed: 15 d × 10,000 series / 15 s × 2 B = 1,728,000,000 B of blocks (PR6 at 2 B) + a 384 MB WAL', () => {
    // PR6: at 1.2 B/sample the same is 1,036,800,000 B; the engine uses the documented upper 2 B.
    expect(fact(analysis, 'observability/prom/storage-needed')).toMatchObject({ status: 'known', unit: 'bytes' });
    expect(value(analysis, 'observability/prom/storage-needed')).toBeCloseTo(15 * 86_400 * (10_000 / 15) * 2 + 3 * 128e6, 0);
  });

  it('alerts sent only from cluster nodes do not survive; a dead man\'s switch makes them', () => {
    const onCluster = `${base}monitoring:
  systems: [{ id: kuma, kind: uptime-kuma, runsOn: mon, targets: [pve1] }]
  alerts: [{ id: push, from: kuma, channel: ntfy, external: true }]
`;
    const without = analyzeYaml(onCluster, [observabilityAnalyzer]);
    expect(fact(without, 'observability/site/alerts-survive-cluster-loss')).toMatchObject({ value: false, formula: "every external route is sent from a hypervisor or cluster node (pve1) and no dead man's switch is declared" });
    const withSwitch = analyzeYaml(`${onCluster}  checks: { deadMansSwitch: true, ups: true }\n`, [observabilityAnalyzer]);
    expect(value(withSwitch, 'observability/site/alerts-survive-cluster-loss')).toBe(true);
    expect(value(withSwitch, 'observability/ups1/monitored')).toBe(true);
  });

  it('a Prometheus without series is unknown with the question; defaults are listed as assumptions', () => {
    const result = analyzeYaml(`${base}monitoring:
  systems: [{ id: prom, kind: prometheus, runsOn: mon }]
`, [observabilityAnalyzer]);
    expect(fact(result, 'observability/prom/storage-needed')).toMatchObject({
      status: 'unknown',
      question: 'How many active series does prom hold (prometheus_tsdb_head_series)? Its disk needs follow from it.',
    });
    const defaults = analyzeYaml(`${base}monitoring:
  systems: [{ id: prom, kind: prometheus, runsOn: mon, series: 6000 }]
`, [observabilityAnalyzer]);
    expect(value(defaults, 'observability/prom/storage-needed')).toBeCloseTo(15 * 86_400 * (6000 / 60) * 2 + 3 * 128e6, 0);
    expect(defaults.assumptions.map((assumption) => assumption.id)).toEqual(expect.arrayContaining(['observability/prometheus-retention', 'observability/prometheus-scrape-interval']));
  });
});
