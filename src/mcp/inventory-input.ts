/**
 * How tools take an inventory: by path (confined to the roots), as several paths merged into one
 * model (as `kestra analyze a.md b.yaml` does), or inline as text. Inline text is
 * read exactly as a file would be, under a virtual file name that carries its format, so its
 * diagnostics are located (`inline.yaml:4:7`) like a file's.
 */
import { z } from 'zod';
import type { LoadResult } from '../intake/load-spec.js';
import type { ConfinedFiles } from './confined-files.js';
import { pathArgument, textArgument } from './limits.js';
import { ToolError } from './tool-error.js';

/** The formats inline text may be in, and the virtual file name each is read under. */
export const inlineFormats = { yaml: 'inline.yaml', json: 'inline.json', markdown: 'inline.md' } as const;
export type InlineFormat = keyof typeof inlineFormats;

/** Most inventories one call merges: a site's Markdown notes and a few YAML specs, with room to spare. */
export const MAX_INVENTORY_FILES = 16;

/** The arguments that name an inventory; spread into a tool's input object. */
export const inventoryArguments = {
  path: pathArgument.optional().describe('Path of a spec (.yaml, .yml, .json) or a Markdown hardware inventory (.md), relative to the first --root directory. Give this, paths or text.'),
  paths: z
    .array(pathArgument)
    .min(1)
    .max(MAX_INVENTORY_FILES)
    .optional()
    .describe(`Several inventories of one site merged into one model, e.g. ["hardware-inventory.md", "backup.yaml"]: each a path as for path (up to ${MAX_INVENTORY_FILES}); diagnostics name the file each value came from, and an id defined differently in two files is an error. Give this, path or text.`),
  text: textArgument.optional().describe('The inventory itself, inline: a YAML/JSON spec or a Markdown hardware inventory (set format). Give this, path or paths.'),
  format: z.enum(Object.keys(inlineFormats) as [InlineFormat, ...InlineFormat[]]).optional().describe('Format of text (default yaml; JSON is read as YAML too; markdown for a hardware inventory written as notes and tables).'),
};

/** What the inventory arguments hold after parsing. */
export interface InventoryArguments {
  readonly path?: string | undefined;
  readonly paths?: readonly string[] | undefined;
  readonly text?: string | undefined;
  readonly format?: InlineFormat | undefined;
}

/** A loaded inventory, the name its diagnostics use (the first input's) and every input's name, in order. */
export type LoadedInventory = LoadResult & { readonly file: string; readonly files: readonly string[] };

/** The argument names a tool gives the inventory; `paths` only for tools that take several. */
export interface InventoryArgumentNames {
  readonly path: string;
  readonly text: string;
  readonly paths?: string;
}

/** Reads and validates the inventory the arguments name: exactly one of path, paths and text. Several paths are merged into one model (intake/load-specs.ts). */
export async function loadInventory(input: InventoryArguments, files: ConfinedFiles, argumentNames: InventoryArgumentNames = { path: 'path', text: 'text', paths: 'paths' }): Promise<LoadedInventory> {
  const names = { ...argumentNames, paths: argumentNames.paths ?? 'paths' };
  const given = [input.path !== undefined ? names.path : undefined, input.paths !== undefined ? names.paths : undefined, input.text !== undefined ? names.text : undefined].filter((name) => name !== undefined);
  if (given.length !== 1) {
    const [first, second] = given;
    const several = argumentNames.paths !== undefined;
    const choices = several ? `${names.path}, ${names.paths} or ${names.text}` : `${names.path} or ${names.text}`;
    throw new ToolError({
      code: 'invalid-arguments',
      message:
        first !== undefined && second !== undefined
          ? several ? `give one of ${choices}, not ${given.join(' and ')}` : `give either ${names.path} or ${names.text}, not both`
          : `give the inventory: ${names.path} (a file)${several ? `, ${names.paths} (several files, merged)` : ''} or ${names.text} (the spec itself)`,
      issues: [first !== undefined && second !== undefined ? { path: second, message: `${first} and ${second} exclude each other` } : { path: names.path, message: `${choices} is required` }],
      hint: `e.g. {"${names.path}": "homelab.yaml"}`,
    });
  }
  let inputs: { file: string; content: Uint8Array | string }[];
  if (input.text !== undefined) inputs = [{ file: inlineFormats[input.format ?? 'yaml'], content: input.text }];
  else {
    inputs = [];
    // A file named twice is read once, as the CLI does: merged with itself, every entity would be defined twice.
    for (const path of new Set(input.paths ?? [input.path ?? ''])) {
      const file = await files.read(path);
      inputs.push({ file: file.name, content: file.content });
    }
  }
  const [{ inventoryReaderFor }, { parseSpecs }] = await Promise.all([import('../intake/load-spec.js'), import('../intake/load-specs.js')]);
  const fileNames = inputs.map((one) => one.file);
  // The Markdown reader is loaded only for Markdown, as loadSpec does, so YAML calls stay light.
  return { ...parseSpecs(inputs, await inventoryReaderFor(fileNames)), file: fileNames[0] ?? '', files: fileNames };
}

/** The loaded inventory's model, or a typed `invalid-input` error carrying its located diagnostics. */
export function requireModel(loaded: LoadedInventory): LoadedInventory & { readonly model: NonNullable<LoadResult['model']> } {
  if (loaded.model === undefined) {
    const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    throw new ToolError({
      code: 'invalid-input',
      message: `${loaded.files.join(', ')} ${loaded.files.length > 1 ? 'have' : 'has'} ${errors} error(s); nothing was computed`,
      hint: 'fix the errors at the lines given (validate_inventory lists them with what was expected)',
      diagnostics: loaded.diagnostics,
    });
  }
  return { ...loaded, model: loaded.model };
}
