/**
 * Merges several inputs (each parsed and stripped of secrets: a YAML/JSON spec or a Markdown inventory)
 * into one spec input, before validation, with a source map that sends every path of the merged data
 * back to the file, and the path in it, it came from. Pure: no I/O.
 *
 * Mappings merge key by key; a scalar written in two inputs must agree, except that a value one input
 * only assumed (a Markdown inventory's site named after its file) gives way to one another input wrote. Lists are concatenated in input
 * order; an item with an `id` that an earlier input already defines is kept once when identical and is
 * an error when not ("identical" includes written differently with one meaning, when the caller says how to
 * tell: "32GB" and "32 GB"). Items without an id (links, maintenance windows, goals) are kept once when equal.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Diagnostic, quoteValue } from './diagnostic.js';
import { type Difference, firstDifference } from './first-difference.js';
import { type PathSegment, toPointer } from './yaml-document.js';

/** One input as read: its data (a mapping) and where each of its values sits in its file. */
export interface MergeInput {
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** 1-based position of the value at `path` in this input (or of its key); falls back to the nearest ancestor. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; column: number };
  /** Paths (as JSON pointers) of values the input assumed rather than read, e.g. a Markdown inventory's defaults. */
  readonly assumed?: ReadonlySet<string>;
}

/** Where a value of the merged data came from: the input's file and its path there. */
export interface Origin {
  readonly file: string;
  readonly path: readonly PathSegment[];
}

export interface MergedInputs {
  /** The merged spec input; undefined keys are left for the schema to default. */
  readonly data: Record<string, unknown>;
  /** Conflicts (errors) and definitions given twice alike (info), located in the later input. */
  readonly diagnostics: readonly Diagnostic[];
  /** Assumed values that gave way to a value another input wrote: their assumptions no longer apply there. */
  readonly overridden: readonly Origin[];
  /** The input and path the value at `path` of the merged data came from (the nearest ancestor's when it has none). */
  origin(path: readonly PathSegment[]): Origin;
  /** 1-based position of the value at `path` of the merged data, in the file `origin(path)` names. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; column: number };
}

/**
 * Where each part of the merged data came from. Without `children` the whole subtree is the input's,
 * at `path`; with them, each key (or list index, as text) has its own origin.
 */
interface OriginNode {
  readonly input: number;
  readonly path: readonly PathSegment[];
  children?: Map<string, OriginNode>;
}

type Data = Record<string, unknown>;

/** Keys that only help editors: the first input's is kept and a different one in a later input is no conflict. */
const EDITOR_KEYS = new Set(['$schema']);

/**
 * Whether two differently written values at `path` of the merged data mean the same ("32GB" and "32 GB"
 * of memory); by default only identical values do. load-specs.ts reads them through the spec schema.
 */
export type SameMeaning = (path: readonly PathSegment[], first: unknown, second: unknown) => boolean;

/** Merges `inputs` in order. Needs at least one input. */
export function mergeInputs(inputs: readonly MergeInput[], sameMeaning: SameMeaning = () => false): MergedInputs {
  const first = inputs[0];
  if (first === undefined) throw new Error('mergeInputs: no inputs');
  const diagnostics: Diagnostic[] = [];
  const overridden: Origin[] = [];
  const data: Data = {};
  const root: OriginNode = { input: 0, path: [], children: new Map() };

  // The deepest recorded node on `path`, and the input path the rest of `path` continues.
  const find = (path: readonly PathSegment[]): { input: MergeInput; path: readonly PathSegment[] } => {
    let node = root;
    let depth = 0;
    for (const segment of path) {
      const child = node.children?.get(String(segment));
      if (child === undefined) break;
      node = child;
      depth++;
    }
    return { input: inputs[node.input] ?? first, path: [...node.path, ...path.slice(depth)] };
  };
  const where = (node: OriginNode): string => {
    const input = inputs[node.input] ?? first;
    const position = input.locate(node.path);
    return `${input.file}:${position.line}:${position.column}`;
  };

  inputs.forEach((input, index) => {
    const merger = new Merger(inputs, index, { diagnostics, overridden }, where, sameMeaning);
    merger.mergeMap(data, root, input.data, [], []);
  });
  return {
    data,
    diagnostics,
    overridden,
    origin(path) {
      const found = find(path);
      return { file: found.input.file, path: found.path };
    },
    locate(path, options) {
      const found = find(path);
      return found.input.locate(found.path, options);
    },
  };
}

/** Merges one input into the data merged so far. */
class Merger {
  constructor(
    private readonly inputs: readonly MergeInput[],
    private readonly index: number,
    private readonly out: { readonly diagnostics: Diagnostic[]; readonly overridden: Origin[] },
    private readonly where: (node: OriginNode) => string,
    private readonly sameMeaning: SameMeaning,
  ) {}

  /** Identical, or written differently with the same meaning. */
  private agree(path: readonly PathSegment[], first: unknown, second: unknown): boolean {
    return isDeepStrictEqual(first, second) || this.sameMeaning(path, first, second);
  }

  private get input(): MergeInput {
    return this.inputs[this.index] as MergeInput;
  }

  /** Merges the mapping `incoming` (at `inPath` of this input, `mergedPath` of the result) into `target`. */
  mergeMap(target: Data, node: OriginNode, incoming: Readonly<Data>, inPath: readonly PathSegment[], mergedPath: readonly PathSegment[]): void {
    const children = expand(node, Object.keys(target));
    for (const [key, value] of Object.entries(incoming)) {
      const here = [...inPath, key];
      const child = children.get(key);
      if (!(key in target) || child === undefined) {
        target[key] = structuredClone(value);
        children.set(key, { input: this.index, path: here });
        continue;
      }
      const existing = target[key];
      if (isMapping(existing) && isMapping(value)) this.mergeMap(existing, child, value, here, [...mergedPath, key]);
      else if (Array.isArray(existing) && Array.isArray(value)) this.mergeList(existing, child, value, here, [...mergedPath, key]);
      else if (!this.agree([...mergedPath, key], existing, value) && !(mergedPath.length === 0 && EDITOR_KEYS.has(key))) this.settle(target, key, children, here, [...mergedPath, key], value, child);
    }
  }

  /** Two inputs give `key` different values: a written value wins over an assumed one; two written ones conflict. */
  private settle(target: Data, key: string, children: Map<string, OriginNode>, here: readonly PathSegment[], mergedPath: readonly PathSegment[], value: unknown, first: OriginNode): void {
    const firstAssumed = this.inputs[first.input]?.assumed?.has(toPointer(first.path)) === true;
    const assumed = this.input.assumed?.has(toPointer(here)) === true;
    if (firstAssumed && !assumed) {
      this.out.overridden.push({ file: this.inputs[first.input]?.file ?? '', path: first.path });
      target[key] = structuredClone(value);
      children.set(key, { input: this.index, path: here });
    } else if (assumed && !firstAssumed) this.out.overridden.push({ file: this.input.file, path: here });
    else this.conflict(here, mergedPath, target[key], value, first);
  }

  /** Appends the items of `incoming` to `target`: by id against earlier inputs' items, by equality for items without one. */
  private mergeList(target: unknown[], node: OriginNode, incoming: readonly unknown[], inPath: readonly PathSegment[], mergedPath: readonly PathSegment[]): void {
    const children = expand(node, target.map((_, position) => String(position)));
    // Only earlier inputs' items count: two items with one id in the same input are the reference check's to report.
    const earlier = new Map<string, number>();
    target.forEach((item, position) => {
      const id = idOf(item);
      if (id !== undefined && !earlier.has(id)) earlier.set(id, position);
    });
    const earlierCount = target.length;
    incoming.forEach((item, position) => {
      const here = [...inPath, position];
      const id = idOf(item);
      const match = id !== undefined ? earlier.get(id) : target.slice(0, earlierCount).findIndex((candidate) => idOf(candidate) === undefined && isDeepStrictEqual(candidate, item));
      if (match !== undefined && match >= 0) {
        const first = children.get(String(match)) ?? node;
        if (id === undefined) return;
        const identical = isDeepStrictEqual(target[match], item);
        if (identical || this.sameMeaning([...mergedPath, match], target[match], item)) this.duplicate(here, mergedPath, id, first, identical);
        else this.redefined(here, mergedPath, id, first, firstDifference(item, target[match]));
        return;
      }
      target.push(structuredClone(item));
      children.set(String(target.length - 1), { input: this.index, path: here });
    });
  }

  private conflict(inPath: readonly PathSegment[], mergedPath: readonly PathSegment[], existing: unknown, value: unknown, first: OriginNode): void {
    const label = describe(mergedPath);
    this.report('error', 'conflicting-value', inPath, `${label} is ${quoteValue(value)} here but ${quoteValue(existing)} in ${this.where(first)}`, {
      expected: `the same ${label} in every input`,
      hint: `write ${label} in one of the inputs only, or make both say the same`,
    });
  }

  private redefined(inPath: readonly PathSegment[], listPath: readonly PathSegment[], id: string, first: OriginNode, difference: Difference | undefined): void {
    // Located at the first field that disagrees, and saying what each input has there.
    const field = difference !== undefined && difference.path.length > 0 ? difference : undefined;
    const at = field && 'left' in field ? [...inPath, ...field.path] : inPath;
    const detail = field ? `: ${describe(field.path)} is ${valueOrNone(field, 'left')} here but ${valueOrNone(field, 'right')} there` : '';
    this.report('error', 'conflicting-definition', at, `${describe(listPath)} ${quoteValue(id)} is also defined, differently, in ${this.where(first)}${detail}`, {
      expected: 'each id defined once across the inputs, or defined with the same values',
      hint: 'give one of them another id, or keep one definition',
    });
  }

  private duplicate(inPath: readonly PathSegment[], listPath: readonly PathSegment[], id: string, first: OriginNode, identical: boolean): void {
    const how = identical ? 'identically' : 'with the same values written differently';
    this.report('info', 'duplicate-definition', inPath, `${describe(listPath)} ${quoteValue(id)} is also defined, ${how}, in ${this.where(first)}; it is kept once${identical ? '' : ', as written there'}`, {
      hint: 'keep the definition in one input only',
    });
  }

  private report(severity: Diagnostic['severity'], code: string, inPath: readonly PathSegment[], message: string, more: { expected?: string; hint: string }): void {
    const position = this.input.locate(inPath);
    this.out.diagnostics.push({ severity, code, file: this.input.file, line: position.line, column: position.column, message, ...more, pointer: toPointer(inPath) });
  }
}

/** The children of `node`, created for `keys` (all from the node's own input) when the node had none. */
function expand(node: OriginNode, keys: readonly string[]): Map<string, OriginNode> {
  if (node.children === undefined) node.children = new Map(keys.map((key) => [key, { input: node.input, path: [...node.path, /^\d+$/.test(key) ? Number(key) : key] }]));
  return node.children;
}

/** A side of a difference as a message shows it: the quoted value, or "not given". */
function valueOrNone(difference: Difference, side: 'left' | 'right'): string {
  return side in difference ? quoteValue(difference[side]) : 'not given';
}

function isMapping(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function idOf(item: unknown): string | undefined {
  return isMapping(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
}

/** "site.name", "network.vlans". */
function describe(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the spec' : path.map(String).join('.');
}
