/**
 * `kestra plan`: load every input (stop with located errors if any is bad), build the report from the
 * first, render it, and write it to stdout or atomically to -o. Diagram rendering is loaded only for the
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
  const { loadSpec } = await import('../../../intake/load-spec.js');
  const loaded = [];
  let failed = false;
  for (const input of [...request.inputs, ...(options.target !== undefined ? [options.target] : [])]) {
    const result = await loadSpec(input);
    io.stderr(renderDiagnostics(result.diagnostics));
    if (!result.model) failed = true;
    loaded.push({ input, result });
  }
  if (failed) {
    setExitCode(EXIT.badInput);
    return;
  }
  const [current] = loaded;
  if (!current?.result.model) return;
  const target = options.target !== undefined ? loaded[loaded.length - 1] : undefined;
  if (request.inputs.length > 1) {
    io.stderr(`kestra plan: ${request.inputs.length} inputs given; the report is built from ${current.input} (the first). ${request.inputs.slice(1).join(', ')} ${request.inputs.length === 2 ? 'was' : 'were'} checked but not merged: merging several inventories is not supported yet.\n`);
  }

  // Rule configuration is read here (kestra.config.yaml, --config, --rules), as `kestra analyze` reads it.
  const { prepareRules } = await import('../../analyze-findings.js');
  const ruleSetup = await prepareRules(io, current.result.model, { ...(options.config ? { config: options.config } : {}), ...(options.rules ? { rules: options.rules } : {}) });
  if (!ruleSetup) {
    setExitCode(EXIT.badInput);
    return;
  }
  const { planReport, renderReport, failedReviewChecks } = await import('./plan-report.js');
  const targetModel = target?.result.model;
  const report = await planReport({
    ruleSetup,
    current: { file: current.input, result: { ...current.result, model: current.result.model } },
    inputs: request.inputs,
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
