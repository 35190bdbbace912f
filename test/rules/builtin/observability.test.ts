import { alertingDependsOnWatchedHosts } from '../../../src/rules/builtin/observability/alerting-depends-on-watched-hosts.js';
import { hostNotMonitored } from '../../../src/rules/builtin/observability/host-not-monitored.js';
import { noBackupJobMonitoring } from '../../../src/rules/builtin/observability/no-backup-job-monitoring.js';
import { noExternalAlertRoute } from '../../../src/rules/builtin/observability/no-external-alert-route.js';
import { noScrubMonitoring } from '../../../src/rules/builtin/observability/no-scrub-monitoring.js';
import { noSmartMonitoring } from '../../../src/rules/builtin/observability/no-smart-monitoring.js';
import { noUpsMonitoring } from '../../../src/rules/builtin/observability/no-ups-monitoring.js';
import { serviceNotMonitored } from '../../../src/rules/builtin/observability/service-not-monitored.js';
import { HEADER, documentedExamples, fact, ruleTester } from '../../helpers/rule-tester.js';

const bare = `${HEADER}network:\n  vlans:\n    - { id: lan, vid: 1, zone: trusted }\n`;

ruleTester.run(hostNotMonitored, {
  valid: [
    ...documentedExamples(hostNotMonitored, []).valid,
    { name: 'the monitored fact wins', spec: hostNotMonitored.meta.examples.failing, facts: [fact('observability/nas/monitored', true, 'boolean')] },
  ],
  invalid: documentedExamples(hostNotMonitored, [{ messageId: 'unwatched', subject: 'nas', line: 5, column: 5 }]).invalid,
  notApplicable: [{ name: 'no hosts', spec: bare }],
});

ruleTester.run(serviceNotMonitored, {
  valid: [
    ...documentedExamples(serviceNotMonitored, []).valid,
    {
      name: 'guests of a host watched with the Proxmox exporter',
      spec: `${HEADER}hosts:\n  - { id: pve1, role: hypervisor }\nworkloads:\n  - { id: wiki, kind: vm, host: pve1, criticality: high }\nmonitoring:\n  systems: [{ id: prom, kind: prometheus, runsOn: pve1, targets: [pve1], exporters: [pve] }]\n`,
    },
  ],
  invalid: documentedExamples(serviceNotMonitored, [{ messageId: 'unwatched', subject: 'wiki', line: 6, column: 5 }]).invalid,
  notApplicable: [{ name: 'no important workloads', spec: bare }],
});

ruleTester.run(noExternalAlertRoute, {
  valid: documentedExamples(noExternalAlertRoute, []).valid,
  invalid: [
    ...documentedExamples(noExternalAlertRoute, [{ messageId: 'internalOnly', subject: 'mail', line: 7, column: 12 }]).invalid,
    {
      name: 'no routes at all',
      spec: `${HEADER}hosts:\n  - { id: pve1, role: hypervisor }\nmonitoring:\n  systems: [{ id: prom, kind: prometheus, runsOn: pve1 }]\n`,
      errors: [{ messageId: 'noRoutes', subject: 'prom', line: 6, column: 13 }],
    },
  ],
  notApplicable: [{ name: 'no monitoring', spec: bare }],
});

ruleTester.run(alertingDependsOnWatchedHosts, {
  valid: [
    ...documentedExamples(alertingDependsOnWatchedHosts, []).valid,
    { name: 'the analyzer says alerts survive', spec: alertingDependsOnWatchedHosts.meta.examples.failing, facts: [fact('observability/site/alerts-survive-cluster-loss', true, 'boolean')] },
  ],
  invalid: documentedExamples(alertingDependsOnWatchedHosts, [{ messageId: 'selfWatched', subject: 'push', line: 7, column: 12 }]).invalid,
  notApplicable: [{ name: 'no alert routes', spec: bare }],
});

ruleTester.run(noSmartMonitoring, {
  valid: [
    ...documentedExamples(noSmartMonitoring, []).valid,
    { name: 'smartctl exporter', spec: `${noSmartMonitoring.meta.examples.failing.replace('monitoring:\n  checks: { smart: false }\n', '')}monitoring:\n  systems: [{ id: prom, kind: prometheus, runsOn: nas, exporters: [smartctl] }]\n` },
  ],
  invalid: documentedExamples(noSmartMonitoring, [{ messageId: 'unchecked', subject: 'site', line: 2, column: 7 }]).invalid,
  notApplicable: [{ name: 'no disks described', spec: bare }],
});

ruleTester.run(noScrubMonitoring, {
  ...documentedExamples(noScrubMonitoring, [{ messageId: 'unchecked', subject: 'tank', line: 6, column: 9 }]),
  notApplicable: [{ name: 'no ZFS', spec: bare }],
});

ruleTester.run(noBackupJobMonitoring, {
  ...documentedExamples(noBackupJobMonitoring, [{ messageId: 'unchecked', subject: 'nightly', line: 10, column: 10 }]),
  notApplicable: [{ name: 'no backup jobs', spec: bare }],
});

ruleTester.run(noUpsMonitoring, {
  ...documentedExamples(noUpsMonitoring, [{ messageId: 'unchecked', subject: 'ups1', line: 4, column: 9 }]),
  notApplicable: [{ name: 'no UPS', spec: bare }],
});
