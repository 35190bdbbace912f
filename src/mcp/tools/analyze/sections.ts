/**
 * The sections the analyze tool adds after facts, open questions and assumptions, one line each.
 * A section is one file plus one line here.
 */
import { failureSection } from './failure-section.js';
import { rulesSection } from './rules-section.js';
import type { AnalyzeSection } from './section.js';

export const analyzeSections: readonly AnalyzeSection[] = [failureSection, rulesSection];
