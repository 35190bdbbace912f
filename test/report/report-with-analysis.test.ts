import { describe, expect, it } from 'vitest';
import { defineAnalyzer } from '../../src/analyze/analyzer.js';
import { knownFact } from '../../src/analyze/fact.js';
import { runAnalysis } from '../../src/analyze/run-analysis.js';
import type { ReportFailure, ReportFinding, ReportRule } from '../../src/report/report-inputs.js';
import { buildExampleReport } from '../helpers/build-example-report.js';
import { loadExample } from '../helpers/load-example.js';
import { sectionText } from '../helpers/section-text.js';

/** Stand-ins for what the analyzers, rules and failure analysis will supply, in the shapes the report reads. */
async function inputs() {
  const { model } = await loadExample('two-node-homelab.yaml');
  const fact = (id: string, unit: 'count' | 'bytes' | 'bits-per-second' | 'money', value: number, label: string) => {
    const [layer, subject] = id.split('/');
    return knownFact({ id, subject: subject ?? '', layer: layer as 'compute', label, unit, value, formula: 'test', inputs: [], ...(unit === 'money' ? { currency: 'EUR' } : {}) });
  };
  const analyzer = defineAnalyzer({
    id: 'stand-in',
    layer: 'compute',
    title: 'stand-in',
    analyze: () => ({
      facts: [
        fact('compute/pve1/vcpu-allocated', 'count', 7, 'vCPU allocated'),
        fact('compute/pve1/memory-headroom', 'bytes', 12 * 2 ** 30, 'Memory headroom'),
        fact('network/isp/up-goodput', 'bits-per-second', 94e6, 'Upload goodput'),
        fact('power/site/yearly-cost', 'money', 427.5, 'Yearly energy cost'),
      ],
    }),
  });
  const analysis = runAnalysis(model, [analyzer]);
  const findings: ReportFinding[] = [
    {
      ruleId: 'cluster/two-node-without-qdevice',
      severity: 'high',
      layer: 'cluster',
      subjects: ['homelab'],
      message: 'Cluster homelab has two votes and no QDevice.',
      evidence: ['compute/pve1/memory-headroom'],
      blastRadius: ['homeassistant', 'adguard'],
      mitigation: 'Run corosync-qnetd on the NAS and add it with pvecm qdevice setup.',
    },
    { ruleId: 'backup/no-offsite-copy', severity: 'medium', layer: 'backup', subjects: ['tank'], message: 'No offsite copy of tank.', evidence: [], mitigation: 'Add an encrypted offsite target.' },
    { ruleId: 'observability/no-smart', severity: 'low', layer: 'observability', subjects: ['nas'], message: 'SMART is not checked.', evidence: [], mitigation: 'Enable SMART tests.', waiver: { reason: 'TrueNAS emails SMART results', expires: '2027-01-01' } },
  ];
  const rules: ReportRule[] = [
    { id: 'cluster/two-node-without-qdevice', title: 'Two-node cluster without QDevice', layer: 'cluster', severity: 'high' },
    { id: 'storage/pool-fill', title: 'Pool above its fill limit', layer: 'storage', severity: 'medium' },
    { id: 'observability/no-smart', title: 'No SMART monitoring', layer: 'observability', severity: 'low' },
  ];
  const failure: ReportFailure = { spofs: [{ component: 'ups1', kind: 'ups', takesDown: ['pve1', 'pve2', 'nas', 'gw', 'sw1'], criticality: 'critical', mitigation: 'Configure NUT shutdown and add a second UPS for the network.' }] };
  return { analysis, findings, rules, failure };
}

describe('the report with analysis, findings and failure analysis slotted in', () => {
  it('leads the Summary with the most severe conclusions, citing rules and figures', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml', await inputs());
    const summary = sectionText(report.sections.find((section) => section.id === 'summary'));
    expect(summary).toContain('ups1 (ups) is a single point of failure: losing it means loss of 5 components. Mitigation for ups1: Configure NUT shutdown');
    expect(summary).toContain('[cluster/two-node-without-qdevice] Cluster homelab has two votes and no QDevice — Memory headroom of pve1: 12 GiB. Mitigation: Run corosync-qnetd');
    // The SPOF of critical workloads ranks with the high finding, the wider first; then medium; the waived finding is no conclusion.
    expect(summary.indexOf('ups1 (ups) is a single')).toBeLessThan(summary.indexOf('[cluster/two-node'));
    expect(summary.indexOf('[cluster/two-node')).toBeLessThan(summary.indexOf('[backup/no-offsite-copy]'));
    expect(summary).not.toContain('observability/no-smart');
    expect(summary).toContain('In all: 2 findings (1 high, 1 medium), 1 accepted by waiver, 1 single point of failure; the plan fixes them in 4 steps over 3 phases');
  });

  it('lists every SPOF and finding under Risks with blast radius and mitigation, waivers apart', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml', await inputs());
    const risks = sectionText(report.sections.find((section) => section.id === 'risks'));
    expect(risks).toContain('ups1 (ups) | 5: pve1, pve2, nas, gw, sw1 | — | — | Configure NUT shutdown and add a second UPS for the network. | — (no critical or high workload on it)');
    expect(risks).toContain('Cluster homelab has two votes and no QDevice. | [cluster/two-node-without-qdevice] | high | 2: homeassistant, adguard | — | — | Run corosync-qnetd on the NAS and add it with pvecm qdevice setup. | 1.1');
    // Without --date the waiver's expiry is not judged, and the report says so rather than reading the clock.
    expect(risks).toContain('SMART is not checked. | [observability/no-smart] | accepted: TrueNAS emails SMART results (until 2027-01-01; expiry not judged: run with --date to judge it) | Enable SMART tests.');
    // With --date the rules judged the expiry, and the report says on which day.
    const dated = await buildExampleReport('two-node-homelab.yaml', { ...(await inputs()), asOf: '2026-01-31' });
    expect(sectionText(dated.sections.find((section) => section.id === 'risks'))).toContain('(until 2027-01-01; in force as of 2026-01-31)');
  });

  it('turns each open finding into a phased step with validation and rollback', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml', await inputs());
    expect(report.steps.map((step) => step.id)).toEqual(['0.1', '0.2', '1.1', '2.1']);
    const step = report.steps.find((item) => item.id === '1.1');
    expect(step?.cites).toEqual(['cluster/two-node-without-qdevice', 'compute/pve1/memory-headroom']);
    expect(step?.validation.length).toBeGreaterThan(0);
    expect(step?.rollback.length).toBeGreaterThan(0);
    expect(sectionText(report.sections.find((section) => section.id === 'rollback'))).toMatch(/Step 1\.1: Remedy \[cluster\/two-node-without-qdevice\] on homelab \| Remove the added vote or link/);
  });

  it('lists the rules in force with their outcome under rule-based reasoning', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml', { ...(await inputs()), patterns: ['rule-based-reasoning'] });
    const risks = sectionText(report.sections.find((section) => section.id === 'risks'));
    expect(risks).toContain('[cluster/two-node-without-qdevice] | Two-node cluster without QDevice | high | NOT SATISFIED (1) | step 1.1');
    expect(risks).toContain('[storage/pool-fill] | Pool above its fill limit | medium | satisfied | —');
    expect(risks).toContain('[observability/no-smart] | No SMART monitoring | low | waived | —');
    // A rule the engine found nothing to judge for is named once, below the table.
    const folded = await buildExampleReport('two-node-homelab.yaml', { ...(await inputs()), rules: [...(await inputs()).rules.map((item) => (item.id === 'storage/pool-fill' ? { ...item, status: 'not-applicable' as const } : item))], patterns: ['rule-based-reasoning'] });
    const foldedRisks = sectionText(folded.sections.find((section) => section.id === 'risks'));
    expect(foldedRisks).not.toContain('[storage/pool-fill] |');
    expect(foldedRisks).toContain('Nothing to judge on this site (not applicable or switched off): [storage/pool-fill].');
  });

  it('shows the figures in the narrative and needs no revision when every figure is computed', async () => {
    const report = await buildExampleReport('two-node-homelab.yaml', { ...(await inputs()), patterns: ['chain-of-thought', 'recursive-self-eval'] });
    const narrative = sectionText(report.sections.find((section) => section.id === 'architecture-narrative'));
    // Decisive figures in the narrative (a finding's evidence is one), every figure with its formula in the appendix.
    expect(narrative).toContain('Memory headroom | pve1 | 12 GiB | judged by [cluster/two-node-without-qdevice]');
    expect(narrative).toContain('Yearly energy cost | site | 427.50 EUR | —');
    expect(narrative).not.toContain('vCPU allocated');
    expect(sectionText(report.sections.find((section) => section.id === 'assumptions'))).toContain('vCPU allocated | pve1 | 7 | test');
    expect(narrative).toMatch(/4\. Synthesis\. 1 finding \(1 high\); no single point of failure\./);
    expect(report.review.passed).toBe(true);
    expect(report.review.revisions).toEqual([]);
    expect(sectionText(report.sections.find((section) => section.id === 'self-review'))).toContain('Fix: nothing to change. Re-review: not needed; the first draft is the report.');
  });
});
