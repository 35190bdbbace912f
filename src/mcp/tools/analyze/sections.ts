/**
 * The sections the analyze tool adds after facts, open questions and assumptions, one line each.
 * Failure analysis (SPOFs, blast radius) and rule findings go here as they land.
 */
import type { AnalyzeSection } from './section.js';

export const analyzeSections: readonly AnalyzeSection[] = [];
