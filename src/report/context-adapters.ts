/**
 * The one place where the stages' outputs become what the report reads: the rules engine's findings and
 * rule results, and the failure analysis's single points of failure. Pure; `kestra plan` calls these
 * when it fills the ReportContext.
 */
import type { FailureAnalysis } from '../failure/failure-analysis.js';
import type { Criticality } from '../failure/graph.js';
import type { Spof } from '../failure/spof.js';
import type { RuleReport } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import type { AnyRule } from '../rules/rule.js';
import type { Severity } from '../rules/severity.js';
import type { ReportFailure, ReportFinding, ReportRule, ReportSpof } from './report-inputs.js';
import { riskProfileOf } from './risk-profiles.js';

const HOURS_PER_YEAR = 8760;
const criticalities: readonly Criticality[] = ['critical', 'high', 'medium', 'low'];

/**
 * Active findings and those a waiver in force accepts. An expired waiver no longer accepts its finding:
 * the finding is active and is passed without it (the rules engine has already counted it as active).
 * With the rules' run over the target, a finding the target no longer has is marked fixed by it.
 */
export function reportFindingsOf(report: RuleReport, target?: RuleReport): ReportFinding[] {
  const remaining = target ? new Set([...target.findings, ...target.waived].map((finding) => finding.fingerprint)) : undefined;
  return [...report.findings, ...report.waived].map((finding) => {
    const adapted = reportFinding(finding);
    return remaining && !remaining.has(finding.fingerprint) ? { ...adapted, fixedByTarget: true } : adapted;
  });
}

function reportFinding(finding: Finding): ReportFinding {
  const waiver = finding.waiver && !finding.waiver.expired ? { reason: finding.waiver.reason, ...(finding.waiver.expires ? { expires: finding.waiver.expires } : {}) } : undefined;
  const profile = riskProfileOf(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    layer: finding.layer,
    subjects: finding.subjects,
    message: finding.message,
    evidence: finding.evidence,
    mitigation: finding.mitigation,
    blastRadius: finding.blastRadius,
    references: finding.references,
    likelihood: profile.likelihood,
    impact: profile.impact,
    ...(waiver ? { waiver } : {}),
  };
}

/** Every rule of the run with its severity after overrides, or "off" when the configuration disabled it. */
export function reportRulesOf(rules: readonly AnyRule[], report: RuleReport): ReportRule[] {
  const results = new Map(report.results.map((result) => [result.ruleId, result]));
  return rules.map(({ meta }) => {
    const result = results.get(meta.id);
    const severity: Severity | 'off' = result === undefined || result.status === 'disabled' ? 'off' : result.severity;
    return { id: meta.id, title: meta.title, layer: meta.layer, severity, ...(result ? { status: result.status } : {}) };
  });
}

/** The failure analysis as the report reads it: each single point of failure named as the spec names it. */
export function reportFailureOf(failure: FailureAnalysis): ReportFailure {
  return { spofs: failure.spofs.map((spof) => reportSpof(failure, spof)) };
}

function reportSpof(failure: FailureAnalysis, spof: Spof): ReportSpof {
  const node = failure.graph.nodes[failure.graph.index.get(spof.component) ?? -1];
  const worst = criticalities.find((level) => spof.workloads[level] > 0);
  // Services first (what users lose), then the infrastructure that goes down with them.
  const down = spof.takesDown;
  const services = [...(down.workload ?? []), ...(down.vlan ?? []), ...(down.vpn ?? []), ...((down.internet ?? []).length > 0 ? ['internet access'] : [])];
  const infrastructure = Object.entries(down)
    .filter(([kind]) => !['workload', 'vlan', 'vpn', 'internet'].includes(kind))
    .flatMap(([, names]) => names ?? []);
  return {
    component: spof.name,
    kind: kindLabel(spof),
    componentKind: spof.kind,
    takesDown: [...services, ...infrastructure],
    services,
    ...(worst ? { criticality: worst } : {}),
    workloads: spof.workloads,
    impact: impactOf(spof),
    mitigation: spof.mitigation,
    ...(node && node.availability < 1 ? { downtimeHoursPerYear: (1 - node.availability) * HOURS_PER_YEAR, ...(node.availabilitySource ? { downtimeBasis: node.availabilitySource } : {}) } : {}),
  };
}

/** What users lose: "8 workloads (2 critical, 3 high, 1 medium, 2 low); 4 VLANs; 1 VPN; internet access". */
function impactOf(spof: Spof): string {
  const down = spof.takesDown;
  const workloads = down.workload?.length ?? 0;
  const byLevel = criticalities.filter((level) => spof.workloads[level] > 0).map((level) => `${spof.workloads[level]} ${level}`);
  const parts = [
    ...(workloads > 0 ? [`${workloads} workload${workloads === 1 ? '' : 's'}${byLevel.length > 0 ? ` (${byLevel.join(', ')})` : ''}`] : []),
    ...count(down.vlan, 'VLAN'),
    ...count(down.vpn, 'VPN'),
    ...((down.internet ?? []).length > 0 ? ['internet access'] : []),
  ];
  return parts.length > 0 ? `outage of ${parts.join('; ')}` : 'no service lost';
}

function count(names: readonly string[] | undefined, noun: string): string[] {
  const value = names?.length ?? 0;
  return value > 0 ? [`${value} ${noun}${value === 1 ? '' : 's'}`] : [];
}

/** The component's kind in words: "switch", "nvme disk", "NIC", "cable", "utility feed", "UPS". */
function kindLabel(spof: Spof): string {
  const detail = spof.detail;
  switch (spof.kind) {
    case 'disk':
      return detail ? `${detail} disk` : 'disk';
    case 'nic':
      return 'NIC';
    case 'link':
      return 'cable';
    case 'feed':
      return detail ? `${detail} feed` : 'power feed';
    case 'ups':
      return 'UPS';
    case 'pdu':
      return 'PDU';
    case 'wan':
      return detail ? `${detail} WAN uplink` : 'WAN uplink';
    default:
      return detail ?? spof.kind;
  }
}
