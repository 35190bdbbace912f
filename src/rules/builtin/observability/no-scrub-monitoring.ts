import { hasExporter } from '../../queries/monitoring-coverage.js';
import { defineRule } from '../../rule.js';

export const noScrubMonitoring = defineRule({
  meta: {
    id: 'observability/no-scrub-monitoring',
    layer: 'observability',
    title: 'ZFS scrubs not scheduled or not alerted',
    severity: 'medium',
    rationale:
      'A scrub reads every block and repairs silent corruption from redundancy while redundancy still exists. Unscheduled, or with results nobody reads, latent errors accumulate until a resilver hits them.',
    remediation: 'Schedule monthly scrubs (Debian/Proxmox ship a cron job; TrueNAS has scrub tasks) and alert on errors through ZED e-mail or the ZFS exporter; set monitoring.checks.scrub: true.',
    references: ['https://openzfs.github.io/openzfs-docs/man/master/8/zpool-scrub.8.html', 'https://openzfs.github.io/openzfs-docs/man/master/8/zed.8.html'],
    messages: { unchecked: 'Scrub results of pool(s) {pools} are not checked or alerted on.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 2 }] }
storage:
  zfs: [{ id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }] }]
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 2 }] }
storage:
  zfs: [{ id: tank, host: nas, vdevs: [{ layout: mirror, disks: [hdd] }] }]
monitoring:
  checks: { scrub: true }
`,
    },
  },
  subjects: ({ model }) => (model.storage.zfs.length > 0 ? [model.storage.zfs[0]!] : []),
  check(_first, context) {
    const { model } = context;
    if (model.monitoring.checks.scrub === true || hasExporter(model, 'zfs')) return;
    const pools = model.storage.zfs.map((pool) => pool.id);
    context.report({ messageId: 'unchecked', data: { pools: pools.join(', ') }, subjects: pools, blastRadius: pools });
  },
});
