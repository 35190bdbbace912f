/**
 * A blueprint handles one kind of task (a Proxmox cluster, a gateway migration, a backup strategy…):
 * it recognises the task, weighs the options a senior architect would weigh with computed figures,
 * picks one by stated rules, and transforms the current model into the target model (DESIGN.md
 * "Design: blueprints"). Blueprints are plain data plus pure functions; the registry lists them.
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { Fact, FactUnit } from '../analyze/fact.js';
import type { Money } from '../model/quantities.js';
import type { Assumption, Model, OpenQuestion } from '../model/types.js';
import type { PriceBook } from './price-book.js';
import type { TaskIntent } from './task-intent.js';

/** A word or phrase a blueprint recognises, with the words that mean the same and its weight. */
export interface KeywordSpec {
  /** Canonical term, as the match reasons print it: "proxmox", "backup strategy". */
  readonly term: string;
  /** Other spellings or words that mean the same ("pve", "proxmox ve"). */
  readonly synonyms?: readonly string[];
  /** 3: enough on its own to select the blueprint; 1: only together with others. */
  readonly weight: number;
}

/** How well a task fits a blueprint, and which words made it fit. */
export interface TaskMatch {
  readonly score: number;
  /** One line per matched term, e.g. `"PVE" → proxmox (+3)`. */
  readonly reasons: readonly string[];
}

/** What a blueprint designs from. */
export interface DesignContext {
  /** The model the blueprint transforms: the current state, or the target of the blueprint before it. */
  readonly model: Model;
  /** Analysis of `model` (the same analyzers as the current state's). */
  readonly analysis: Analysis;
  /** The task in words, as given. */
  readonly task: string;
  /** What the task's words say beyond the blueprint choice: node counts, protected scopes… */
  readonly intent: TaskIntent;
  /** Prices: the user's where given, else stated assumptions. */
  readonly prices: PriceBook;
}

/** A column of an options table. */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly unit: FactUnit;
  /** Which way is better, for renderers that highlight; "none" for descriptive columns. */
  readonly better: 'higher' | 'lower' | 'none';
}

/** One computed value of an option, tied to the fact or calculator that produced it. */
export interface Figure {
  /** Key of the column it fills. */
  readonly column: string;
  /** The value with its unit, formula and inputs (facts of the analysis are referenced by id in `inputs`). */
  readonly fact: Fact;
  /** Calculator module that computed it, e.g. "calc/zfs/zfs-usable-capacity", when one did. */
  readonly calculator?: string;
}

/** One option of a decision. */
export interface Option {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly figures: readonly Figure[];
  readonly pros: readonly string[];
  readonly cons: readonly string[];
  /** False when a prerequisite fails; `whyNot` says which, citing facts and rules. */
  readonly viable: boolean;
  readonly whyNot: readonly string[];
}

/** The option picked, why, and the rule ids and fact ids the reasoning rests on. */
export interface Choice {
  readonly optionId: string;
  readonly rationale: string;
  readonly cites: { readonly rules: readonly string[]; readonly facts: readonly string[] };
}

/** One question a design answers: its options compared in a table, and the choice. */
export interface Decision {
  readonly id: string;
  readonly question: string;
  readonly columns: readonly Column[];
  readonly options: readonly Option[];
  readonly choice: Choice;
}

/** Something to buy; `priceSource` says whether the price is the user's or a stated assumption. */
export interface Purchase {
  readonly id: string;
  readonly item: string;
  readonly quantity: number;
  readonly unitCost: Money;
  readonly cost: Money;
  /** The entity in the target model it becomes, when it becomes one. */
  readonly forEntity?: string;
  readonly priceSource: 'input' | 'assumed';
  /** Where the assumed price comes from, or what the user gave. */
  readonly priceNote: string;
}

/** A risk of the design or the migration, with what it takes down and how it is mitigated. */
export interface Risk {
  readonly id: string;
  readonly description: string;
  /** Entity ids that go down (or are exposed) when the risk happens. */
  readonly blastRadius: readonly string[];
  readonly mitigation: string;
}

/** What one blueprint decided, and the target it leads to. */
export interface Design {
  readonly blueprint: string;
  readonly title: string;
  /** The design in a few sentences, for the Architecture Narrative. */
  readonly summary: string;
  readonly decisions: readonly Decision[];
  /** The transformed model: a pure function of the model the blueprint was given. */
  readonly target: Model;
  readonly purchases: readonly Purchase[];
  readonly risks: readonly Risk[];
  /** Checks that show the target works, in the order to run them. */
  readonly validation: readonly string[];
  /** How to return to the state before this design, as a whole. */
  readonly rollback: readonly string[];
  readonly assumptions: readonly Assumption[];
  readonly openQuestions: readonly OpenQuestion[];
  /** Entity ids (VLANs, workloads) the design says must stay up during the change. */
  readonly protect?: readonly string[];
  /** What moves where: each role or function of the old design and its new home. */
  readonly mappings?: readonly Mapping[];
}

/** One role of the current state and where it goes in the target ("DHCP for iot: gw → opnsense"). */
export interface Mapping {
  readonly item: string;
  readonly from: string;
  readonly to: string;
}

export interface Blueprint {
  /** Stable id, also its folder name: "proxmox-cluster". */
  readonly id: string;
  readonly title: string;
  /** What it designs, for the "supported tasks" message. */
  readonly summary: string;
  /** A realistic task it understands, for the same message. */
  readonly example: string;
  readonly keywords: readonly KeywordSpec[];
  /** How well `task` fits; reasons name the words that matched. */
  match(task: string): TaskMatch;
  /** The design for `context`. Pure. */
  design(context: DesignContext): Design;
}

/** Declares a blueprint; the identity function exists for type inference and a single place to grep. */
export function defineBlueprint<const B extends Blueprint>(blueprint: B): B {
  return blueprint;
}
