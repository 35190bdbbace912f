/**
 * The built-in analyzers, one line each, sorted by id. Adding an analyzer is one file plus one line
 * here plus its test.
 */
import type { Analyzer } from './analyzer.js';
import { backupAnalyzer } from './backup/backup-analyzer.js';
import { computeAnalyzer } from './compute/compute-analyzer.js';
import { networkAnalyzer } from './network/network-analyzer.js';
import { observabilityAnalyzer } from './observability/observability-analyzer.js';
import { powerAnalyzer } from './power/power-analyzer.js';
import { storageAnalyzer } from './storage/storage-analyzer.js';

export const builtInAnalyzers: readonly Analyzer[] = [
  backupAnalyzer,
  computeAnalyzer,
  networkAnalyzer,
  observabilityAnalyzer,
  powerAnalyzer,
  storageAnalyzer,
];
