/**
 * Figures a plan states that Kestra also computes, and where the computed value lives: a fact id
 * from FACTS.md, or a value straight from the spec. Order matters only to break ties between
 * keywords at the same distance from a figure.
 */
import type { EntityKind } from '../../model/entity-index.js';
import type { Model } from '../../model/types.js';

export type FigureUnit = 'size' | 'memory' | 'duration' | 'power';

export interface FigureKind {
  readonly id: string;
  /** What the figure is, for messages: "usable capacity". */
  readonly label: string;
  /** Words next to the figure that say which quantity it is. */
  readonly keywords: RegExp;
  /** Words that, near the figure, say it is some other quantity of the same unit. */
  readonly unless?: RegExp;
  /** Words right before the figure that make it a setting rather than the quantity ("after 3 min on battery"). */
  readonly notAfter?: RegExp;
  readonly unit: FigureUnit;
  readonly subjects: readonly EntityKind[];
  /** The fact id holding Kestra's value for `subject`. */
  readonly fact?: (subject: string) => string;
  /** A value read from the spec instead of a fact. */
  readonly fromModel?: (model: Model, subject: string) => number | undefined;
}

export const figureKinds: readonly FigureKind[] = [
  { id: 'raw-capacity', label: 'raw capacity', keywords: /\braw(?: capacity)?\b/gi, unit: 'size', subjects: ['zfs-pool', 'raid-array', 'ceph-cluster'], fact: (id) => `storage/${id}/raw` },
  { id: 'planning-capacity', label: 'planning capacity', keywords: /\b(?:planning capacity|fill limit|at 80 ?%)/gi, unit: 'size', subjects: ['zfs-pool', 'raid-array'], fact: (id) => `storage/${id}/planning-capacity` },
  {
    id: 'usable-capacity',
    label: 'usable capacity',
    // "capacity" after "raw" or "planning" names those figures, not the usable one.
    keywords: /\b(?:usable|(?<!\b(?:raw|planning) )capacity|net|available space|after parity)\b/gi,
    unit: 'size',
    subjects: ['zfs-pool', 'raid-array', 'ceph-pool'],
    fact: (id) => `storage/${id}/usable`,
  },
  {
    id: 'ups-runtime',
    label: 'UPS runtime',
    keywords: /\b(?:runtime|run[- ]time|on battery|battery|holds?|lasts?)\b/gi,
    notAfter: /\b(?:after|within|delay(?:ed)?(?: of| by)?|waits?(?: for)?|timeout(?: of)?|needs?|needed|takes?|shutdown at)\s*$/i,
    unit: 'duration',
    subjects: ['ups'],
    fact: (id) => `power/${id}/runtime`,
  },
  { id: 'ups-load', label: 'UPS load', keywords: /\b(?:load|draw|draws)\b/gi, unit: 'power', subjects: ['ups'], fact: (id) => `power/${id}/load` },
  { id: 'power-draw', label: 'power draw', keywords: /\b(?:draw|draws|consumes?|consumption|power)\b/gi, unit: 'power', subjects: ['host', 'network-device'], fact: (id) => `power/${id}/draw` },
  // "left after the host's own reservations" is what guests may use, not what is left over after them.
  { id: 'memory-headroom', label: 'memory headroom', keywords: /\b(?:headroom|free|spare|left(?! after the host))\b/gi, unit: 'memory', subjects: ['host'], fact: (id) => `compute/${id}/memory-headroom` },
  { id: 'memory-allocated', label: 'memory allocated to guests', keywords: /\b(?:allocated|assigned|committed)\b/gi, unit: 'memory', subjects: ['host'], fact: (id) => `compute/${id}/memory-allocated` },
  { id: 'guest-memory', label: 'memory available to guests', keywords: /\b(?:for guests|guest memory|guest capacity|usable by guests|left after the host)\b/gi, unit: 'memory', subjects: ['host'], fact: (id) => `compute/${id}/guest-memory-capacity` },
  {
    id: 'installed-memory',
    label: 'installed memory',
    keywords: /\b(?:ram|memory)\b/gi,
    unless: /\b(?:reserved?|allocated|assigned|headroom|commit\w*|targets?|arc|capacity|guests?|used|free|overhead|per|base|limit|max\w*|min\w*|vm|ct|container)\b/i,
    unit: 'memory',
    subjects: ['host'],
    fromModel: (model, id) => model.hosts.find((host) => host.id === id)?.memory,
  },
];
