import { hasExporter } from '../../queries/monitoring-coverage.js';
import { defineRule } from '../../rule.js';

export const noSmartMonitoring = defineRule({
  meta: {
    id: 'observability/no-smart-monitoring',
    layer: 'observability',
    title: 'Disk health (SMART) not monitored',
    severity: 'medium',
    rationale:
      'Disks announce most failures in advance: reallocated and pending sectors, CRC errors, wear levelling. Without SMART checks that alert, the first sign is a faulted disk, and in a single-parity or single-disk pool that can be too late.',
    remediation: 'Enable smartd with e-mail (Proxmox ships it), TrueNAS S.M.A.R.T. tests and alerts, or the Prometheus smartctl exporter with alert rules; set monitoring.checks.smart: true.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#disk_health_monitoring', 'https://github.com/prometheus-community/smartctl_exporter'],
    messages: { unchecked: 'SMART health of the disks in {hosts} is not checked or alerted on.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 2 }] }
monitoring:
  checks: { smart: false }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 2 }] }
monitoring:
  checks: { smart: true }
`,
    },
  },
  subjects: ({ model }) => (model.hosts.some((host) => host.disks.length > 0) ? [{ id: 'site', source: model.site.source }] : []),
  check(_site, context) {
    const { model } = context;
    if (model.monitoring.checks.smart === true || hasExporter(model, 'smartctl')) return;
    const hosts = model.hosts.filter((host) => host.disks.length > 0).map((host) => host.id);
    context.report({ messageId: 'unchecked', data: { hosts: hosts.join(', ') }, blastRadius: hosts });
  },
});
