/** Disk each Prometheus needs: retention × samples/s × bytes/sample for blocks, plus the WAL. */
import {
  DEFAULT_BYTES_PER_SAMPLE,
  prometheusBlockStorage,
  prometheusWalStorage,
  PROMETHEUS_DEFAULT_RETENTION,
  PROMETHEUS_DEFAULT_SCRAPE_INTERVAL,
  samplesPerSecond,
} from '../../calc/observability/prometheus-storage.js';
import { formatBytes, formatDuration } from '../../intake/units/index.js';
import { bytes, type Seconds } from '../../model/quantities.js';
import type { Assumption, MonitoringSystem } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import { assumptionAt, subjectFacts } from '../subject-facts.js';

const PROMETHEUS_STORAGE_REFERENCE = 'https://prometheus.io/docs/prometheus/latest/storage/';

/** storage-needed of one Prometheus system, and the defaults it took. */
export function prometheusFacts(system: MonitoringSystem): { facts: Fact[]; assumptions: Assumption[] } {
  const facts = subjectFacts('observability', system.id, system.source);
  const fields = { label: 'Prometheus storage needed', unit: 'bytes' as const, formula: 'retention × series / scrape interval × bytes per sample + WAL', reference: PROMETHEUS_STORAGE_REFERENCE };
  if (system.series === undefined) {
    return { facts: [facts.unknown('storage-needed', `How many active series does ${system.id} hold (prometheus_tsdb_head_series)? Its disk needs follow from it.`, fields)], assumptions: [] };
  }
  const assumptions: Assumption[] = [
    assumptionAt('observability/prometheus-bytes-per-sample', `Prometheus blocks are sized at ${DEFAULT_BYTES_PER_SAMPLE} bytes per sample, the top of the documented 1–2 bytes.`, system.source),
  ];
  const retention: Seconds = system.retention ?? PROMETHEUS_DEFAULT_RETENTION;
  const interval: Seconds = system.scrapeInterval ?? PROMETHEUS_DEFAULT_SCRAPE_INTERVAL;
  if (system.retention === undefined) assumptions.push(assumptionAt('observability/prometheus-retention', 'Prometheus without a retention keeps the default 15 days.', system.source));
  if (system.scrapeInterval === undefined) assumptions.push(assumptionAt('observability/prometheus-scrape-interval', "Prometheus without a scrape interval uses the default global scrape_interval of 1 minute.", system.source));
  const rate = samplesPerSecond(system.series, interval);
  const blocks = prometheusBlockStorage(retention, rate);
  const wal = prometheusWalStorage(rate);
  const inputs: FactInput[] = [
    { name: 'active series', value: system.series, unit: 'count', source: system.source },
    { name: 'scrape interval', value: interval, unit: 'seconds', ...(system.scrapeInterval === undefined ? { assumed: true } : { source: system.source }) },
    { name: 'retention', value: retention, unit: 'seconds', ...(system.retention === undefined ? { assumed: true } : { source: system.source }) },
    { name: 'bytes per sample', value: DEFAULT_BYTES_PER_SAMPLE, unit: 'count', assumed: true },
  ];
  return {
    facts: [
      facts.known('storage-needed', bytes(blocks + wal), {
        ...fields,
        formula: `${formatDuration(retention)} × ${system.series} series / ${formatDuration(interval)} × ${DEFAULT_BYTES_PER_SAMPLE} B = ${formatBytes(blocks)} of blocks + WAL ${formatBytes(wal)} (3 h of 13-byte samples, at least 3 × 128 MB segments); keep retention.size at 80–85 % of the disk`,
        inputs,
      }),
    ],
    assumptions,
  };
}
