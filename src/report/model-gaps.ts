/**
 * Inputs the spec leaves out that the figures need, as open questions. Used when no analysis ran; the
 * analyzers ask the same questions through their unknown facts once they do.
 */
import type { Model, OpenQuestion } from '../model/types.js';

/** One question per missing input, in model order. */
export function modelGaps(model: Model): OpenQuestion[] {
  const questions: OpenQuestion[] = [];
  const ask = (id: string, subject: string, text: string, source: OpenQuestion['source']) => questions.push({ id, subject, text, ...(source ? { source } : {}) });
  for (const host of model.hosts) {
    if (host.memory === undefined) ask(`gaps/${host.id}/memory`, host.id, `How much memory does ${host.id} have?`, host.source);
    if (host.cpu?.threads === undefined && host.cpu?.cores === undefined) ask(`gaps/${host.id}/cpu`, host.id, `How many CPU cores and threads does ${host.id} have?`, host.source);
    if (host.power?.idle === undefined && host.power?.load === undefined) ask(`gaps/${host.id}/draw`, host.id, `What does ${host.id} draw at the wall, idle and under load?`, host.source);
  }
  for (const pool of [...model.storage.zfs, ...model.storage.raid]) if (pool.used === undefined) ask(`gaps/${pool.id}/used`, pool.id, `How much of ${pool.id} is used?`, pool.source);
  for (const workload of model.workloads) {
    if ((workload.kind === 'vm' || workload.kind === 'ct') && workload.memory === undefined) ask(`gaps/${workload.id}/memory`, workload.id, `How much memory is assigned to ${workload.id}?`, workload.source);
  }
  for (const ups of model.power.ups) if (ups.watts === undefined) ask(`gaps/${ups.id}/watts`, ups.id, `What is the real-power (W) rating of ${ups.id}?`, ups.source);
  for (const job of model.backups.jobs) if (job.size === undefined) ask(`gaps/${job.id}/size`, job.id, `How large is one full backup of ${job.id}?`, job.source);
  return questions;
}
