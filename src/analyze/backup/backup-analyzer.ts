/**
 * The backup analyzer: per job its worst-case RPO, retention storage and restore-test age; per
 * workload its achieved RPO, RTO estimate and 3-2-1 census. Fact ids follow FACTS.md (backup/…).
 */
import { defineAnalyzer } from '../analyzer.js';
import type { Fact } from '../fact.js';
import { routerOf } from '../network/routes.js';
import { topologyOf } from '../network/topology.js';
import { placementOf } from '../placement.js';
import { backupVolumesOf } from './backup-volume.js';
import { jobFacts } from './job-facts.js';
import { RTO_DEFAULTS, workloadBackupFacts } from './workload-facts.js';

export const backupAnalyzer = defineAnalyzer({
  id: 'backup',
  layer: 'backup',
  title: 'Backup RPO, RTO, retention and 3-2-1',
  analyze({ model, asOf }) {
    if (model.backups.jobs.length === 0 && model.workloads.length === 0) return { facts: [] };
    const placement = placementOf(model);
    const router = routerOf(model, topologyOf(model));
    const volumes = backupVolumesOf(model);
    const facts: Fact[] = [
      ...model.backups.jobs.flatMap((job) => jobFacts(job, volumes, asOf)),
      ...model.workloads.flatMap((workload) => workloadBackupFacts(workload, model, placement, router)),
    ];
    return {
      facts,
      assumptions: [
        {
          id: 'backup/rto-defaults',
          text: `RTO estimates assume ${RTO_DEFAULTS.detect / 60} min to detect the loss, ${RTO_DEFAULTS.provision / 60} min to provision a host, and ${RTO_DEFAULTS.boot / 60} min to boot and verify; without a target's restoreRate, the restore runs at the slowest link goodput on its path.`,
          sources: [],
        },
        {
          id: 'backup/copies-and-media',
          text: 'A workload is protected by jobs naming it, a workload it runs inside, its host or its storage; sync jobs copy further. The primary counts as one copy and one medium; each backup copy adds its medium (disk, cloud, tape…); a copy on the workload\'s own pool is not counted.',
          sources: [],
        },
      ],
    };
  },
});
