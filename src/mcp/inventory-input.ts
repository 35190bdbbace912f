/**
 * How tools take an inventory: by path (confined to the roots) or inline as text. Inline text is
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

/** The arguments that name an inventory; spread into a tool's input object. */
export const inventoryArguments = {
  path: pathArgument.optional().describe('Path of a spec (.yaml, .yml, .json) or a Markdown hardware inventory (.md), relative to the first --root directory. Give this or text.'),
  text: textArgument.optional().describe('The inventory itself, inline: a YAML/JSON spec or a Markdown hardware inventory (set format). Give this or path.'),
  format: z.enum(Object.keys(inlineFormats) as [InlineFormat, ...InlineFormat[]]).optional().describe('Format of text (default yaml; JSON is read as YAML too; markdown for a hardware inventory written as notes and tables).'),
};

/** What the inventory arguments hold after parsing. */
export interface InventoryArguments {
  readonly path?: string | undefined;
  readonly text?: string | undefined;
  readonly format?: InlineFormat | undefined;
}

/** A loaded inventory and the name its diagnostics use. */
export type LoadedInventory = LoadResult & { readonly file: string };

/** Reads and validates the inventory the arguments name; exactly one of path and text must be given. `names` are the tool's argument names for them. */
export async function loadInventory(input: InventoryArguments, files: ConfinedFiles, names = { path: 'path', text: 'text' }): Promise<LoadedInventory> {
  if ((input.path === undefined) === (input.text === undefined)) {
    const both = input.path !== undefined;
    throw new ToolError({
      code: 'invalid-arguments',
      message: both ? `give either ${names.path} or ${names.text}, not both` : `give the inventory: ${names.path} (a file) or ${names.text} (the spec itself)`,
      issues: [{ path: both ? names.text : names.path, message: both ? `${names.path} and ${names.text} exclude each other` : `${names.path} or ${names.text} is required` }],
      hint: `e.g. {"${names.path}": "homelab.yaml"}`,
    });
  }
  const { parseSpec } = await import('../intake/load-spec.js');
  // The Markdown reader is loaded only for Markdown, as loadSpec does, so YAML calls stay light.
  const readerFor = async (name: string) => (/\.(md|markdown)$/i.test(name) ? (await import('../intake/markdown/read-inventory.js')).readMarkdownInventory : undefined);
  if (input.path !== undefined) {
    const file = await files.read(input.path);
    return { ...parseSpec(file.name, file.content, await readerFor(file.name)), file: file.name };
  }
  const file = inlineFormats[input.format ?? 'yaml'];
  return { ...parseSpec(file, input.text ?? '', await readerFor(file)), file };
}

/** The loaded inventory's model, or a typed `invalid-input` error carrying its located diagnostics. */
export function requireModel(loaded: LoadedInventory): LoadedInventory & { readonly model: NonNullable<LoadResult['model']> } {
  if (loaded.model === undefined) {
    const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    throw new ToolError({
      code: 'invalid-input',
      message: `${loaded.file} has ${errors} error(s); nothing was computed`,
      hint: 'fix the errors at the lines given (validate_inventory lists them with what was expected)',
      diagnostics: loaded.diagnostics,
    });
  }
  return { ...loaded, model: loaded.model };
}
