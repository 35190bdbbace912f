/** Scores: per check, the share of items it checked that passed; per category and overall, a severity-weighted mean. */
import { type Category, type CheckResult, type Severity, categories } from './types.js';

const weights: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** 0–100 for a check that reported `findings` over `checked` items (1 item when the check does not count). */
export function checkScore(findings: number, checked: number | undefined): number {
  const items = Math.max(checked ?? 1, findings > 0 ? 1 : 0, 1);
  return Math.round(100 * (1 - Math.min(findings, items) / items));
}

/** Category and overall scores over the checks that applied. */
export function summarizeScores(checks: readonly CheckResult[]): { overall: number; byCategory: Record<Category, number | null> } {
  const mean = (subset: readonly CheckResult[]): number | null => {
    const applied = subset.filter((check) => check.score !== undefined);
    const total = applied.reduce((sum, check) => sum + weights[check.severity], 0);
    if (total === 0) return null;
    return Math.round(applied.reduce((sum, check) => sum + (check.score ?? 0) * weights[check.severity], 0) / total);
  };
  const byCategory = Object.fromEntries(categories.map((category) => [category, mean(checks.filter((check) => check.category === category))])) as Record<Category, number | null>;
  return { overall: mean(checks) ?? 100, byCategory };
}
