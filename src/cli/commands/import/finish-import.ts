/**
 * The end of every import: render the spec (or merge it into the existing one and show the diff),
 * check that the loader accepts it, and write it only when it is valid — atomically, and for a
 * merge only with --write. Every byte of output passes a last scrub for the secrets in play.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportResult } from '../../../intake/importers/import-result.js';
import type { Io } from '../../io.js';
import { renderDiagnostics } from '../../diagnostics-output.js';
import { EXIT, UsageError } from '../../../usage-error.js';

export interface FinishOptions {
  /** -o FILE; without it the spec goes to stdout. */
  readonly output?: string;
  /** Apply a merge into an existing file. */
  readonly write: boolean;
  /** Where the data came from, for the header: a URL or a dump directory. */
  readonly from: string;
  /** Secrets that must never be printed or written. */
  readonly secrets: readonly string[];
}

/** Renders or merges, validates, prints and writes. */
export async function finishImport(io: Io, setExitCode: (code: number) => void, result: ImportResult, options: FinishOptions): Promise<void> {
  const { scrubSecrets } = await import('../../../intake/importers/safe-text.js');
  const out: Io = {
    cwd: io.cwd,
    stdout: (text) => io.stdout(scrubSecrets(text, options.secrets)),
    stderr: (text) => io.stderr(scrubSecrets(text, options.secrets)),
    writeFileAtomic: (path, content) => io.writeFileAtomic(path, scrubSecrets(content, options.secrets)),
  };
  const { renderYaml } = await import('../../../intake/spec-writer/render-yaml.js');
  const { parseSpec } = await import('../../../intake/load-spec.js');
  const label = options.output ?? 'spec.yaml';
  const valid = (text: string): boolean => {
    const loaded = parseSpec(label, text);
    out.stderr(renderDiagnostics(loaded.diagnostics));
    if (loaded.model) return true;
    out.stderr(`error: the ${options.output ? 'merged ' : ''}spec did not validate, so nothing was written\n`);
    setExitCode(EXIT.badInput);
    return false;
  };

  if (options.output === undefined) {
    const text = renderYaml(result.spec, result.annotations, headerLines(result, options.from, '<file>'));
    if (!valid(text)) return;
    out.stdout(text);
    out.stderr(summaryLines(result, options.from).join('\n') + '\n');
    return;
  }

  const path = resolve(io.cwd, options.output);
  const existing = await readExisting(path, options.output);
  if (existing === undefined) {
    const text = renderYaml(result.spec, result.annotations, headerLines(result, options.from, options.output));
    if (!valid(text)) return;
    await out.writeFileAtomic(path, text);
    out.stderr([...summaryLines(result, options.from), `wrote ${options.output}`].join('\n') + '\n');
    return;
  }

  const { parsePositioned } = await import('../../../intake/yaml-document.js');
  const syntax = parsePositioned(options.output, existing);
  if (syntax.diagnostics.length > 0) {
    out.stderr(renderDiagnostics(syntax.diagnostics));
    out.stderr(`error: ${options.output} has YAML errors; fix them before merging an import into it\n`);
    setExitCode(EXIT.badInput);
    return;
  }
  const { mergeImport } = await import('../../../intake/importers/merge-spec.js');
  const { unifiedDiff } = await import('../../../intake/importers/unified-diff.js');
  const merged = mergeImport(existing, result);
  const diff = unifiedDiff(existing, merged.text, { before: `a/${options.output}`, after: `b/${options.output}` });
  // The header of an existing spec is the user's; the questions go to the terminal instead.
  const summary = [...summaryLines(result, options.from, false), ...result.questions.map((question, index) => `  ${index + 1}. ${question}`)];
  const gone = merged.gone.length > 0 ? [`kept ${merged.gone.length} entit${merged.gone.length === 1 ? 'y' : 'ies'} an earlier import wrote that the source no longer has (remove by hand if gone): ${merged.gone.join(', ')}`] : [];
  if (diff === '') {
    out.stderr([...summary, ...gone, `${options.output} is up to date with the source`].join('\n') + '\n');
    return;
  }
  if (!valid(merged.text)) {
    out.stdout(diff);
    return;
  }
  out.stdout(diff);
  const counts = `merge: ${merged.added.length} added, ${merged.updated.length} updated; hand-written entries kept`;
  if (options.write) {
    await out.writeFileAtomic(path, merged.text);
    out.stderr([...summary, counts, ...gone, `wrote ${options.output}`].join('\n') + '\n');
  } else {
    out.stderr([...summary, counts, ...gone, `${options.output} not changed: review the diff above, then run again with --write to apply it`].join('\n') + '\n');
  }
}

async function readExisting(path: string, name: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read ${name} (${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')})`, 'name a YAML file to create or to merge into with -o');
  }
}

function headerLines(result: ImportResult, from: string, file: string): string[] {
  return [
    `Kestra spec imported by "kestra import ${result.tool}" from ${from}:`,
    `${result.summary}.`,
    '',
    'Comments say where values came from:',
    '  imported: read from the source; importing again refreshes it.',
    '  assumed:  a default Kestra chose because the source could not tell; check it.',
    '            Importing again never overwrites it, so your correction stays.',
    '  unknown:  the source cannot tell; add it by hand.',
    'Entities and fields you add by hand (power, cabling, criticality, RPO/RTO) are kept on re-import.',
    ...(result.questions.length > 0 ? ['', 'Open questions (the source could not tell):', ...result.questions.map((question, index) => `  ${index + 1}. ${question}`)] : []),
    '',
    `Check it with: kestra validate ${file}`,
  ];
}

function summaryLines(result: ImportResult, from: string, listed = true): string[] {
  const lines = [`imported ${result.summary} from ${from}`];
  if (result.questions.length > 0) lines.push(`${result.questions.length} open question${result.questions.length === 1 ? '' : 's'}${listed ? ' (listed at the top of the spec)' : ':'}`);
  if (result.skipped.length > 0) lines.push(`not imported:`, ...result.skipped.map((item) => `  - ${item}`));
  return lines;
}
