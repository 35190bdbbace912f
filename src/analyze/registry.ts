/**
 * The built-in analyzers, one line each, sorted by id. Adding an analyzer is one file plus one line
 * here plus its test.
 */
import type { Analyzer } from './analyzer.js';
import { computeAnalyzer } from './compute/compute-analyzer.js';
import { storageAnalyzer } from './storage/storage-analyzer.js';

export const builtInAnalyzers: readonly Analyzer[] = [
  computeAnalyzer,
  storageAnalyzer,
];
