/**
 * Step templates for extending a monitoring system and for alert routes: the exporters and targets
 * added (with their install commands), Alertmanager receivers per channel, and the dead man's
 * switch — an always-firing Watchdog alert sent to healthchecks.io, which alerts when it stops
 * (https://prometheus.io/docs/alerting/latest/configuration/, https://healthchecks.io/docs/).
 */
import type { AlertRoute, MonitoringSystem } from '../../model/types.js';
import type { Change, Command } from '../plan-types.js';
import { EXPORTER_INSTALL } from './operations-templates.js';
import { MINUTE, config, draft, listText, shell, ui, type StepDraft, type TemplateContext, type TemplateTable } from './step-draft.js';

/** Items of `path` the change adds. */
function added(change: Change, path: string): string[] {
  return change.patches.flatMap((patch) => (patch.op === 'add-item' && patch.path === path ? [patch.itemKey] : []));
}

function systemModify(change: Change): StepDraft[] {
  const system = change.after as unknown as MonitoringSystem;
  const exporters = added(change, 'exporters');
  const targets = added(change, 'targets');
  const prometheus = system.kind === 'prometheus';
  const commands: Command[] = [
    ...exporters.map((exporter) => shell(EXPORTER_INSTALL[exporter] ?? exporter)),
    ...(prometheus ? [config(`prometheus.yml: a scrape job per new exporter${exporters.length > 0 ? ` (${listText(exporters)})` : ''}${targets.length > 0 ? ` and targets ${listText(targets)}` : ''}; alert rules for them`, system.runsOn), shell('curl -X POST http://localhost:9090/-/reload   # with --web.enable-lifecycle', system.runsOn)] : [ui(`${system.kind}: add ${listText(targets) || 'the new targets'} with the matching templates`, system.runsOn)]),
  ];
  return [
    draft(change, {
      title: `Extend ${change.subject} (${system.kind})${exporters.length > 0 ? ` with ${listText(exporters)}` : ''}${targets.length > 0 ? `${exporters.length > 0 ? ' and' : ' to'} ${targets.length} more target${targets.length === 1 ? '' : 's'}` : ''}`,
      action: { summary: targets.length > 0 ? `Watch ${listText(targets)} too.` : `Set ${listText(change.fields.map((field) => field.path))}.`, commands },
      validation: [prometheus ? 'Status ▸ Targets: the new targets are UP; promtool check rules passes' : 'The new targets report data and no item is unsupported'],
      rollback: ['Restore the previous configuration and reload'],
      duration: 30 * MINUTE + targets.length * 5 * MINUTE,
    }),
  ];
}

function routeCommands(route: AlertRoute, context: TemplateContext): Command[] {
  const sender = context.target.monitoring.systems.find((system) => system.id === route.from);
  const host = sender?.runsOn;
  const deadman = route.channel === 'webhook' && /healthchecks|watchdog|dead/iu.test(route.notes ?? '');
  if (deadman && sender?.kind === 'alertmanager') {
    return [
      ui('healthchecks.io: a check with period = the route\'s repeat_interval (5 min) and a grace of 10 min, notifying the phone'),
      config('Prometheus rules: alert Watchdog, expr vector(1), always firing', host),
      config('alertmanager.yml: route { matchers: [alertname="Watchdog"], receiver: deadman, repeat_interval: 5m }; receiver deadman: webhook_configs url https://hc-ping.com/<uuid>', host),
    ];
  }
  if (deadman) return [ui('healthchecks.io: a check with a 5-min period'), ui(`${sender?.kind ?? route.from}: a heartbeat (push monitor or scheduled action) that pings https://hc-ping.com/<uuid> every 5 min`, host)];
  if (sender?.kind === 'alertmanager') {
    const receiver = route.channel === 'email' ? 'email_configs (smarthost of the outside mail provider)' : route.channel === 'ntfy' ? 'webhook_configs to an ntfy topic on ntfy.sh (or a self-hosted ntfy outside the site)' : route.channel === 'pushover' ? 'pushover_configs' : route.channel === 'telegram' ? 'telegram_configs' : `${route.channel} receiver`;
    return [config(`alertmanager.yml: receiver ${route.id} with ${receiver}; route severity="critical" to it`, host), shell('amtool alert add AlertmanagerTest severity=critical   # the test alert', host)];
  }
  return [ui(`${sender?.kind ?? route.from}: Notifications ▸ add ${route.channel}${route.external ? ' (a service outside the site)' : ''}`, host)];
}

export const observabilityTemplates: TemplateTable = {
  'monitoring-system.modify': systemModify,
  'alert-route.add': (change, context) => {
    const route = change.after as unknown as AlertRoute;
    const deadman = route.channel === 'webhook' && /healthchecks|watchdog|dead/iu.test(route.notes ?? '');
    return [
      draft(change, {
        title: deadman ? `Dead man's switch: ${route.from} pings healthchecks.io` : `Route alerts from ${route.from} to ${route.channel}${route.external ? ' (outside the site)' : ''}`,
        action: { summary: deadman ? 'The pings stop when the monitoring, its host or the whole site is down; healthchecks.io then alerts from outside.' : 'Add the receiver and route; send a test alert.', commands: routeCommands(route, context) },
        validation: deadman ? [`Stop ${route.from}: healthchecks.io alerts within its grace period; start it again: the check recovers`] : ['The test alert arrives; so does its resolution'],
        rollback: ['Remove the receiver (and pause the healthchecks.io check)'],
        duration: 20 * MINUTE,
      }),
    ];
  },
  'alert-route.modify': (change, context) => {
    const route = change.after as unknown as AlertRoute;
    return [
      draft(change, {
        title: `Change alert route ${change.subject}: ${listText(change.fields.map((field) => field.path))}`,
        action: { summary: 'Update the receiver as the target says.', commands: routeCommands(route, context) },
        validation: ['A test alert arrives through the changed route'],
        rollback: ['Restore the previous receiver'],
        duration: 20 * MINUTE,
      }),
    ];
  },
};
