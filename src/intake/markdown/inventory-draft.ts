/**
 * The spec being built from a Markdown inventory, in the same input shape the YAML loader reads,
 * with where each value came from (line and column), which lines were read into which fields, and
 * the assumptions and open questions met on the way. References that point forward are resolved by
 * tasks that run after every section was read.
 */
import { IdAllocator } from './slug.js';

export type Draft = Record<string, unknown>;

export interface Loc {
  readonly line: number;
  readonly column: number;
}

/** A field of a draft object, or the object itself (key undefined). */
interface Target {
  readonly object: Draft;
  readonly key?: string;
}

/** What became of one line of the input. */
export interface LineRecord {
  readonly targets: Target[];
  context?: string;
  secret?: string;
  readonly notes: string[];
}

export interface DraftAssumption {
  readonly id: string;
  readonly text: string;
  readonly at: readonly (Target & { readonly loc: Loc; readonly version: number })[];
}

export interface DraftQuestion {
  readonly id: string;
  readonly subject?: string;
  readonly text: string;
  readonly loc?: Loc;
  /** The draft object the question is about, for comments in the written spec. */
  readonly object?: Draft;
}

/** The spec root in input shape; empty collections are pruned before validation. */
export function emptySpec(): Draft {
  return {
    version: 1,
    site: {},
    power: { feeds: [], ups: [], pdus: [] },
    hosts: [],
    network: { devices: [], links: [], vlans: [], wan: [], vpns: [] },
    storage: { zfs: [], raid: [], shares: [] },
    clusters: { proxmox: [] },
    workloads: [],
    backups: { targets: [], jobs: [] },
    monitoring: { systems: [], alerts: [], checks: {} },
    constraints: { maintenanceWindows: [], zeroDowntime: [], goals: [] },
  };
}

/** The spec under construction, with positions, the line ledger, assumptions, questions and deferred tasks. */
export class InventoryDraft {
  readonly spec: Draft = emptySpec();
  readonly ids = new IdAllocator();
  readonly lines = new Map<number, LineRecord>();
  readonly assumptions: DraftAssumption[] = [];
  readonly questions: DraftQuestion[] = [];
  private readonly positions = new WeakMap<Draft, Map<string, Loc>>();
  private readonly tasks: (() => void)[] = [];
  /** How often each field was set; an assumption holds only while its field keeps the value it was made for. */
  private readonly versions = new WeakMap<Draft, Map<string, number>>();
  private readonly questionIds = new Set<string>();

  constructor(readonly file: string) {}

  /** A top-level collection of the spec, e.g. list("hosts") or list("network", "vlans"). */
  list(...path: string[]): Draft[] {
    let node: unknown = this.spec;
    for (const segment of path) node = (node as Draft)[segment];
    return node as Draft[];
  }

  /** A nested object of the spec, e.g. object("site"). */
  object(...path: string[]): Draft {
    let node: unknown = this.spec;
    for (const segment of path) node = (node as Draft)[segment];
    return node as Draft;
  }

  private record(line: number): LineRecord {
    let record = this.lines.get(line);
    if (!record) {
      record = { targets: [], notes: [] };
      this.lines.set(line, record);
    }
    return record;
  }

  /** Records that `object` was declared at `loc` and that its line maps to it. */
  place(object: Draft, loc: Loc): void {
    const map = this.positions.get(object) ?? new Map<string, Loc>();
    if (!map.has('')) map.set('', loc);
    this.positions.set(object, map);
    this.record(loc.line).targets.push({ object });
  }

  /** Sets `object[key] = value`, remembering that the value was written at `loc`. */
  set(object: Draft, key: string, value: unknown, loc: Loc, options: { readonly fromLine?: boolean } = {}): void {
    object[key] = value;
    const versions = this.versions.get(object) ?? new Map<string, number>();
    versions.set(key, (versions.get(key) ?? 0) + 1);
    this.versions.set(object, versions);
    const map = this.positions.get(object) ?? new Map<string, Loc>();
    map.set(key, loc);
    this.positions.set(object, map);
    if (options.fromLine !== false) this.record(loc.line).targets.push({ object, key });
  }

  /** Where `object` (or its `key`) was written. */
  positionOf(object: Draft, key = ''): Loc | undefined {
    return this.positions.get(object)?.get(key) ?? this.positions.get(object)?.get('');
  }

  /** Marks a line as structure (a section heading, a table header) rather than data. */
  context(line: number, what: string): void {
    const record = this.record(line);
    record.context ??= what;
  }

  /** Marks a line as holding a secret: it is not read, and its text is never shown. */
  secret(line: number, reason: string): void {
    this.record(line).secret ??= reason;
  }

  /** Adds a note about part of a line that was not read, e.g. an unknown column. */
  note(line: number, note: string): void {
    const record = this.record(line);
    if (!record.notes.includes(note)) record.notes.push(note);
  }

  /** Records an assumption about `object[key]` (or the object), made at `loc`. Same id: sources merge. */
  assume(id: string, text: string, object: Draft, key: string | undefined, loc: Loc): void {
    const existing = this.assumptions.find((assumption) => assumption.id === id && assumption.text === text);
    const at = { object, ...(key === undefined ? {} : { key }), loc, version: key === undefined ? 0 : (this.versions.get(object)?.get(key) ?? 0) };
    if (existing) (existing.at as (Target & { loc: Loc; version: number })[]).push(at);
    else this.assumptions.push({ id, text, at: [at] });
  }

  /** Records an open question: a fact the figures need that the inventory does not give. */
  ask(question: DraftQuestion): void {
    if (this.questionIds.has(question.id)) return;
    this.questionIds.add(question.id);
    this.questions.push(question);
  }

  /** False once the field an assumption was made about has been set again by what the inventory says. */
  stillAssumed(at: { readonly object: Draft; readonly key?: string; readonly version: number }): boolean {
    return at.key === undefined || (this.versions.get(at.object)?.get(at.key) ?? 0) === at.version;
  }

  /** Defers work until every section was read (forward references). */
  later(task: () => void): void {
    this.tasks.push(task);
  }

  /** Runs the deferred tasks in the order they were registered; tasks may register more. */
  runDeferred(): void {
    for (let index = 0; index < this.tasks.length; index++) this.tasks[index]?.();
  }
}
