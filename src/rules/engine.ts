/**
 * Runs rules over the model, the facts and (when present) the failure analysis. For every rule it
 * records passed, failed, not-applicable, waived or disabled, so a report shows coverage as well as
 * failures. Pure and deterministic: the date comes from the caller, findings are sorted.
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { FailureAnalysis } from '../failure/failure-analysis.js';
import { compareText, type Diagnostic } from '../intake/diagnostic.js';
import { indexEntities } from '../model/entity-index.js';
import type { Model, Source, Waiver } from '../model/types.js';
import { type Finding, fingerprintOf } from './finding.js';
import { fillTemplate } from './message-template.js';
import type { AnyRule, Report, RuleContext, Subject } from './rule.js';
import { type Severity, severities, severityRank } from './severity.js';
import { applyWaivers } from './waivers.js';

export type RuleStatus = 'passed' | 'failed' | 'not-applicable' | 'waived' | 'disabled';

export interface RuleResult {
  readonly ruleId: string;
  readonly status: RuleStatus;
  /** Effective severity after overrides. */
  readonly severity: Severity;
  /** Active findings (including those whose waiver expired). */
  readonly findings: number;
  readonly waived: number;
}

/** Per-project rule settings: severity overrides ("off" disables) and parsed options. */
export interface RuleSettings {
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface RuleRunInput {
  readonly model: Model;
  readonly analysis: Analysis;
  readonly failure?: FailureAnalysis;
  readonly date?: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly rules: readonly AnyRule[];
  readonly settings?: RuleSettings;
}

export interface FindingCounts {
  readonly total: number;
  readonly critical: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly info: number;
  readonly waived: number;
  /** Active findings per rule id, sorted by id. */
  readonly byRule: Readonly<Record<string, number>>;
}

export interface RuleReport {
  /** Findings that count, sorted by location then rule id. */
  readonly findings: readonly Finding[];
  /** Findings accepted by a waiver in force. */
  readonly waived: readonly Finding[];
  /** One result per rule, sorted by rule id. */
  readonly results: readonly RuleResult[];
  readonly unusedWaivers: readonly Waiver[];
  readonly counts: FindingCounts;
}

/** Runs `rules` and applies waivers and severity overrides. A rule that throws is a bug: rethrown with context. */
export function runRules(input: RuleRunInput): RuleReport {
  const { model, analysis } = input;
  const base: RuleContext = {
    model,
    analysis,
    ...(input.failure === undefined ? {} : { failure: input.failure }),
    ...(input.date === undefined ? {} : { date: input.date }),
    diagnostics: input.diagnostics ?? [],
    index: indexEntities(model),
    fact: (id) => analysis.byId.get(id),
    number: (id) => {
      const fact = analysis.byId.get(id);
      return fact?.status === 'known' && typeof fact.value === 'number' ? fact.value : undefined;
    },
  };
  const overrides = input.settings?.severity ?? {};
  const all: Finding[] = [];
  const statusOf = new Map<string, { applicable: boolean; disabled: boolean; severity: Severity }>();
  for (const rule of [...input.rules].sort((a, b) => compareText(a.meta.id, b.meta.id))) {
    const override = overrides[rule.meta.id];
    if (override === 'off') {
      statusOf.set(rule.meta.id, { applicable: false, disabled: true, severity: rule.meta.severity });
      continue;
    }
    const severity = override ?? rule.meta.severity;
    const found = runOne(rule, base, severity, input.settings?.options?.[rule.meta.id]);
    statusOf.set(rule.meta.id, { applicable: found.applicable, disabled: false, severity });
    all.push(...found.findings);
  }
  const waivers = applyWaivers(all, model.waivers, input.date);
  const findings = sortFindings(waivers.active);
  const waived = sortFindings(waivers.waived);
  const results: RuleResult[] = [...statusOf.entries()].map(([ruleId, state]) => {
    const active = findings.filter((finding) => finding.ruleId === ruleId).length;
    const accepted = waived.filter((finding) => finding.ruleId === ruleId).length;
    const status: RuleStatus = state.disabled ? 'disabled' : active > 0 ? 'failed' : accepted > 0 ? 'waived' : state.applicable ? 'passed' : 'not-applicable';
    return { ruleId, status, severity: state.severity, findings: active, waived: accepted };
  });
  return { findings, waived, results, unusedWaivers: waivers.unused, counts: countFindings(findings, waived.length) };
}

function runOne(rule: AnyRule, base: RuleContext, severity: Severity, rawOptions: unknown): { applicable: boolean; findings: Finding[] } {
  const options = rule.meta.options ? rule.meta.options.parse(rawOptions ?? {}) : {};
  const findings: Finding[] = [];
  let current: Subject | undefined;
  try {
    const subjects = rule.subjects({ ...base, options });
    for (const subject of subjects) {
      current = subject;
      rule.check(subject, {
        ...base,
        options,
        report: (report: Report<string>) => findings.push(toFinding(rule, severity, subject, report)),
      });
    }
    return { applicable: subjects.length > 0, findings };
  } catch (error) {
    const where = current ? ` on ${current.source.file}:${current.source.line}:${current.source.column}` : '';
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`while running rule ${rule.meta.id}${where}: ${message}`, { cause: error });
  }
}

function toFinding(rule: AnyRule, severity: Severity, subject: Subject, report: Report<string>): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`unknown messageId "${report.messageId}"`);
  const at = report.at ?? subject;
  const location: Source = 'source' in at ? at.source : at;
  const primary = 'source' in at ? at.id : subject.id;
  const subjects = [primary, ...(report.subjects ?? []).filter((id) => id !== primary)];
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    layer: rule.meta.layer,
    subjects,
    message: fillTemplate(template, report.data ?? {}),
    evidence: [...new Set(report.evidence ?? [])].sort(compareText),
    blastRadius: [...new Set(report.blastRadius ?? [])].sort(compareText),
    mitigation: report.mitigation ?? rule.meta.remediation,
    references: rule.meta.references,
    location,
    fingerprint: fingerprintOf(rule.meta.id, report.messageId, subjects),
  };
}

/** Sorts findings by file, line, column, rule id, then subjects and message: never by discovery order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.location?.file ?? '', b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.subjects.join(','), b.subjects.join(',')) ||
      compareText(a.message, b.message),
  );
}

/** Counts active findings by severity and by rule. */
export function countFindings(findings: readonly Finding[], waived: number): FindingCounts {
  const bySeverity = Object.fromEntries(severities.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length])) as Record<Severity, number>;
  const byRule: Record<string, number> = {};
  for (const finding of [...findings].sort((a, b) => compareText(a.ruleId, b.ruleId))) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return { total: findings.length, ...bySeverity, waived, byRule };
}

/** The most severe severity among findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0]?.severity;
}
