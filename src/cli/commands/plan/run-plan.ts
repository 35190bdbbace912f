/**
 * `kestra plan`: load the inputs, merged into one model, and the target (stop with located errors if any
 * is bad), build the report, render it, and write it to stdout or atomically to -o. Diagram rendering is loaded only for the
 * formats that draw (md: ASCII, html: SVG).
 */
import { renderDiagnostics } from '../../diagnostics-output.js';
import type { Io } from '../../io.js';
import { EXIT, UsageError } from '../../../usage-error.js';
import type { PlanOptions } from '../plan.js';
import { resolveRequest } from './resolve-request.js';

/** Runs the plan command; sets exit code 2 on bad input and writes nothing then. */
export async function runPlan(argumentsGiven: readonly string[], options: PlanOptions, io: Io, setExitCode: (code: number) => void): Promise<void> {
  const request = resolveRequest(argumentsGiven, options);
  const [{ loadSpecs }, { loadSpec }] = await Promise.all([import('../../../intake/load-specs.js'), import('../../../intake/load-spec.js')]);
  // Several inputs are one site, merged into one model; the target is a spec of its own.
  const current = await loadSpecs(request.inputs);
  io.stderr(renderDiagnostics(current.diagnostics));
  const target = options.target !== undefined ? { input: options.target, result: await loadSpec(options.target) } : undefined;
  if (target) io.stderr(renderDiagnostics(target.result.diagnostics));
  if (!current.model || (target && !target.result.model)) {
    setExitCode(EXIT.badInput);
    return;
  }

  // Rule configuration is read here (kestra.config.yaml, --config, --rules), as `kestra analyze` reads it.
  const { prepareRules } = await import('../../analyze-findings.js');
  const ruleSetup = await prepareRules(io, current.model, { ...(options.config ? { config: options.config } : {}), ...(options.rules ? { rules: options.rules } : {}) });
  if (!ruleSetup) {
    setExitCode(EXIT.badInput);
    return;
  }
  const { planReport, renderReport, failedReviewChecks } = await import('./plan-report.js');
  const targetModel = target?.result.model;
  const report = await planReport({
    ruleSetup,
    current: { files: request.inputs, result: { ...current, model: current.model } },
    ...(target && targetModel ? { target: { file: target.input, model: targetModel } } : {}),
    ...(request.task !== undefined ? { task: request.task } : {}),
    ...(request.patterns ? { patterns: request.patterns } : {}),
    ...(request.date ? { date: request.date } : {}),
  });
  const content = await renderReport(report, options.format);
  if (!report.review.passed) io.stderr(`kestra plan: warning: the report fails its own review: ${failedReviewChecks(report).join('; ')}\n`);
  if (options.output === undefined) {
    io.stdout(content);
    return;
  }
  try {
    await io.writeFileAtomic(options.output, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${options.output} (${code ?? (error instanceof Error ? error.message : String(error))})`, 'check that the directory exists and is writable');
  }
}
