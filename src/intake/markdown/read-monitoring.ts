/** Monitoring as people write it: "Uptime Kuma (in the Docker VM) watches HA, Nextcloud and the NAS; alerts via ntfy". */
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { findMentions } from './mentions.js';
import { alertChannelWords, lookupAll, monitoringWords } from './role-words.js';
import { isNegative, isPositive, splitKeyValue } from './text-values.js';

const checkWords: readonly [string, RegExp][] = [
  ['smart', /\bsmart\b/i],
  ['scrub', /\bscrubs?\b/i],
  ['backupJobs', /\bbackup\s*(jobs?|alerts?|monitoring|failures?)\b/i],
  ['ups', /\bups\b/i],
  ['certificates', /\b(certificates?|certs?|tls)\b/i],
  ['deadMansSwitch', /\b(dead\s*man'?s?\s*switch|healthchecks|heartbeat)\b/i],
];

/** Reads one monitoring line: systems, what they watch, alert channels, checks. */
export function readMonitoring(draft: InventoryDraft, text: string, loc: Loc): boolean {
  const pair = splitKeyValue(text);
  const check = checkWords.find(([, pattern]) => pattern.test(pair?.key ?? ''));
  if (check && pair && (isNegative(pair.value) || isPositive(pair.value))) {
    draft.set(draft.object('monitoring', 'checks'), check[0], !isNegative(pair.value), loc);
    return true;
  }
  const kinds = lookupAll(monitoringWords, text);
  const channels = lookupAll(alertChannelWords, text);
  if (kinds.length === 0 && channels.length === 0) return false;
  draft.context(loc.line, 'monitoring');
  draft.later(() => {
    const created: Draft[] = [];
    for (const kind of kinds) {
      const runsOn = runsOnOf(draft, text, kind);
      if (!runsOn) {
        draft.ask({ id: `observability/${kind}/runs-on`, text: `Where does ${kind} run? It was not added because its host or VM is not named.`, loc });
        draft.note(loc.line, `${kind}: where it runs is not given`);
        continue;
      }
      const system: Draft = {};
      draft.set(system, 'id', draft.ids.allocate(kind, 'monitoring'), loc);
      draft.set(system, 'kind', kind, loc);
      draft.set(system, 'runsOn', runsOn, loc);
      const watched = /\b(watch|watches|monitor|monitors|checks|scrapes|pings|targets?)\b(.*)$/i.exec(text)?.[2] ?? '';
      const targets = findMentions(draft, watched, ['host', 'device', 'workload', 'ups']).map((mention) => mention.id);
      if (targets.length > 0) draft.set(system, 'targets', targets, loc);
      draft.list('monitoring', 'systems').push(system);
      draft.place(system, loc);
      created.push(system);
    }
    const from = created[created.length - 1] ?? draft.list('monitoring', 'systems')[0];
    for (const channel of channels) {
      if (!from) {
        draft.note(loc.line, `alerts via ${channel}: no monitoring system sends them`);
        continue;
      }
      const alert: Draft = {};
      draft.set(alert, 'id', draft.ids.allocate(channel, 'alert'), loc);
      draft.set(alert, 'from', String(from['id']), loc);
      draft.set(alert, 'channel', channel, loc);
      const selfHosted = /\bself-?hosted\b/i.test(text);
      draft.set(alert, 'external', !selfHosted, loc);
      if (!selfHosted) draft.assume('inventory/alert-external', 'Alert channels (email, ntfy, Pushover…) were taken to be delivered by a service outside the site, unless the inventory says self-hosted.', alert, 'external', loc);
      draft.list('monitoring', 'alerts').push(alert);
      draft.place(alert, loc);
    }
  });
  return true;
}

/** The host or workload a monitoring system runs on: named after "on"/"in", or a workload of the same name. */
function runsOnOf(draft: InventoryDraft, text: string, kind: string): string | undefined {
  const where = /\b(?:on|in|inside|runs\s+on|hosted\s+on)\s+(?:the\s+)?(.+)$/i.exec(text)?.[1] ?? '';
  const placed = findMentions(draft, where.split(/\b(watch|monitor|check|alert)/i)[0] ?? '', ['workload', 'host'])[0];
  if (placed) return placed.id;
  const same = draft.list('workloads').find((workload) => String(workload['id']).replace(/-/g, '') === kind.replace(/-/g, '') || String(workload['name'] ?? '').toLowerCase().replace(/\s+/g, '-') === kind);
  return same ? String(same['id']) : undefined;
}
