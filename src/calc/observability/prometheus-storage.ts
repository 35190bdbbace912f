/**
 * Prometheus disk needs. From prometheus/prometheus docs/storage.md
 * (https://prometheus.io/docs/prometheus/latest/storage/):
 * "needed_disk_space = retention_time_seconds * ingested_samples_per_second * bytes_per_sample",
 * "an average of only 1-2 bytes per sample", default retention 15d, WAL segments of 128MB with at
 * least 3 kept, and "setting the retention size to, at most, 80-85% of your allocated Prometheus
 * disk space". The formula covers blocks only. The WAL holds the head block, about the last 2–3 h
 * of samples at roughly 13 bytes each uncompressed
 * (https://www.robustperception.io/how-much-space-does-the-wal-take-up).
 */
import { bytes, MB, seconds, type Bytes, type Seconds } from '../../model/quantities.js';

export const PROMETHEUS_DEFAULT_RETENTION = seconds(15 * 86_400);
/** Upper end of the documented 1–2 bytes per sample, so the estimate errs towards more disk. */
export const DEFAULT_BYTES_PER_SAMPLE = 2;
/** Prometheus's default global scrape_interval (1m). */
export const PROMETHEUS_DEFAULT_SCRAPE_INTERVAL = seconds(60);
export const WAL_SEGMENT_BYTES = 128 * MB;
export const WAL_MINIMUM_SEGMENTS = 3;
/** Bytes per sample record in the WAL (4 B series ref + 1 B timestamp delta + 8 B value). */
export const WAL_BYTES_PER_SAMPLE = 13;
/** Hours of samples the WAL holds: the head block spans up to 3 h before it is compacted. */
export const WAL_HOURS = 3;

/** samples/s = active series / scrape interval. */
export function samplesPerSecond(activeSeries: number, scrapeInterval: Seconds): number {
  if (!(activeSeries >= 0) || !(scrapeInterval > 0)) throw new RangeError('series must not be negative and the scrape interval must be positive');
  return activeSeries / scrapeInterval;
}

/** Block storage: retention × samples/s × bytes/sample (PR1–PR6). */
export function prometheusBlockStorage(retention: Seconds, samplesPerSec: number, bytesPerSample = DEFAULT_BYTES_PER_SAMPLE): Bytes {
  if (!(retention >= 0) || !(samplesPerSec >= 0) || !(bytesPerSample > 0)) throw new RangeError('retention, samples and bytes per sample must be positive');
  return bytes(retention * samplesPerSec * bytesPerSample);
}

/** WAL: max(3 segments of 128 MB, 3 h of samples × 13 B). */
export function prometheusWalStorage(samplesPerSec: number): Bytes {
  return bytes(Math.max(WAL_MINIMUM_SEGMENTS * WAL_SEGMENT_BYTES, samplesPerSec * WAL_HOURS * 3600 * WAL_BYTES_PER_SAMPLE));
}

/** The largest retention.size to set on a disk: 80–85 % of it (PR8). */
export function recommendedRetentionSize(disk: Bytes): { readonly low: Bytes; readonly high: Bytes } {
  return { low: bytes(disk * 0.8), high: bytes(disk * 0.85) };
}
