/**
 * Backup jobs as people write them: "Nightly vzdump of all VMs to the NAS at 02:00, keep 7 daily and
 * 4 weekly", "restic to Backblaze B2 weekly (encrypted)". A job needs sources, a target and a
 * schedule; when one is missing the job is not invented: it becomes an open question.
 */
import { parseSchedule } from '../units/index.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { findMentions } from './mentions.js';
import { backupToolWords, lookupWord } from './role-words.js';

const cloudProviders = /\b(backblaze|b2|wasabi|s3|aws|hetzner\s+storage\s*box|storage\s*box|rsync\.net|google\s+drive|onedrive|dropbox|idrive|cloud)\b/i;

/** The schedule words of a line as the schedule parser reads them: "daily 02:00", "every 6h", "weekly sun 03:00". */
export function scheduleText(text: string): string | undefined {
  const time = /\b(\d{1,2}):(\d{2})\b/.exec(text);
  const clock = time ? `${(time[1] ?? '').padStart(2, '0')}:${time[2] ?? '00'}` : undefined;
  const every = /\bevery\s+(\d+)\s*(h|hours?|m|min(?:utes?)?|d|days?)\b/i.exec(text);
  if (every) return `every ${every[1]}${(every[2] ?? 'h')[0]}`;
  const weekday = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(text)?.[1]?.toLowerCase();
  const word = /\b(hourly|daily|nightly|weekly|monthly)\b/i.exec(text)?.[1]?.toLowerCase() ?? (/\bevery\s+night\b/i.test(text) ? 'nightly' : /\bevery\s+day\b/i.test(text) ? 'daily' : /\bevery\s+hour\b/i.test(text) ? 'hourly' : undefined);
  if (!word) return clock ? `daily ${clock}` : undefined;
  const candidate = word === 'weekly' ? `weekly${weekday ? ` ${weekday}` : ''}${clock ? ` ${clock}` : ''}` : `${word}${clock && word !== 'hourly' ? ` ${clock}` : ''}`;
  return parseSchedule(candidate).ok ? candidate : word;
}

/** Reads "keep 7 daily, 4 weekly", "7d/4w/6m", "retention: 14 days". */
function retention(text: string): Draft | undefined {
  const result: Draft = {};
  const units: Record<string, string> = { d: 'daily', w: 'weekly', m: 'monthly', y: 'yearly', h: 'hourly' };
  for (const match of text.matchAll(/\b(\d{1,4})\s*(?:x\s*)?(hourly|daily|weekly|monthly|yearly|dailies|weeklies|h|d|w|m|y)\b/gi)) {
    const word = (match[2] ?? '').toLowerCase();
    const key = units[word] ?? (word.startsWith('dail') ? 'daily' : word.startsWith('week') ? 'weekly' : word);
    if (/^(hourly|daily|weekly|monthly|yearly)$/.test(key) && /\b(keep|retention|retain|kept|prune)\b/i.test(text)) result[key] = Number(match[1]);
  }
  const last = /\bkeep\s+(?:the\s+)?last\s+(\d{1,4})\b/i.exec(text);
  if (last) result['last'] = Number(last[1]);
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Reads one backup line; the job is built after every section was read, so names resolve. */
export function readBackup(draft: InventoryDraft, text: string, loc: Loc): boolean {
  const tool = lookupWord(backupToolWords, text)?.value;
  const schedule = scheduleText(text);
  const mentionsTarget = /\b(to|onto|into|→|->)\b/i.test(text) || cloudProviders.test(text);
  if (!tool && !schedule && !mentionsTarget) return false;
  draft.context(loc.line, 'backup job');
  draft.later(() => buildJob(draft, text, loc, tool, schedule));
  return true;
}

function buildJob(draft: InventoryDraft, text: string, loc: Loc, tool: string | undefined, schedule: string | undefined): void {
  const [sourcePart, targetPart = ''] = text.split(/\s(?:to|onto|into|→|->)\s/i, 2) as [string, string?];
  const target = backupTarget(draft, targetPart || text, loc);
  const everything = /\b(all|every|everything)\b/i.test(sourcePart);
  const sources = everything
    ? draft.list('workloads').filter((workload) => workload['kind'] === 'vm' || workload['kind'] === 'ct').map((workload) => String(workload['id']))
    : findMentions(draft, sourcePart, ['workload', 'host', 'share', 'pool']).map((mention) => mention.id).filter((id) => id !== target?.host);
  const missing = [sources.length === 0 ? 'what it backs up' : '', !target ? 'where it writes to' : '', !schedule ? 'when it runs' : ''].filter(Boolean);
  if (missing.length > 0 || !target || !schedule) {
    draft.ask({ id: `backup/line-${loc.line}`, text: `Backup on line ${loc.line}: ${missing.join(', ')} not given, so the job was not added.`, loc });
    draft.note(loc.line, `backup job incomplete: ${missing.join(', ')}`);
    return;
  }
  const job: Draft = {};
  const cadence = /^(hourly|daily|nightly|weekly|monthly)/.exec(schedule)?.[1];
  draft.set(job, 'id', draft.ids.allocate(cadence ? `${cadence}-${tool ?? 'backup'}` : `${tool ?? 'backup'}-${schedule}`, 'backup'), loc);
  if (tool) draft.set(job, 'tool', tool, loc);
  draft.set(job, 'sources', sources, loc);
  draft.set(job, 'target', target.id, loc);
  draft.set(job, 'schedule', schedule, loc);
  const kept = retention(text);
  if (kept) draft.set(job, 'retention', kept, loc);
  if (/\b(un-?encrypted|not\s+encrypted|no\s+encryption)\b/i.test(text)) draft.set(job, 'encrypted', false, loc);
  else if (/\bencrypt(ed|ion)?\b/i.test(text)) draft.set(job, 'encrypted', true, loc);
  if (/\bverif(y|ied|ication)\b/i.test(text)) draft.set(job, 'verify', true, loc);
  const tested = /\b(?:restore\s+tested|tested\s+restore|last\s+restore\s+test)\D{0,20}(\d{4}-\d{2}-\d{2})/i.exec(text);
  if (tested) draft.set(job, 'lastRestoreTest', tested[1], loc);
  draft.list('backups', 'jobs').push(job);
  draft.place(job, loc);
}

/** Finds or creates the target a backup line writes to: a PBS or NAS host, a share, a cloud bucket, a USB disk. */
function backupTarget(draft: InventoryDraft, text: string, loc: Loc): { id: string; host?: string } | undefined {
  const targets = draft.list('backups', 'targets');
  const known = findMentions(draft, text, ['target'])[0];
  if (known) return { id: known.id };
  const share = findMentions(draft, text, ['share'])[0];
  const host = findMentions(draft, text, ['host'])[0] ?? (share ? undefined : findMentions(draft, text, ['workload'])[0]);
  const cloud = cloudProviders.exec(text)?.[0];
  const usb = /\b(usb|external\s+(disk|drive)|portable)\b/i.test(text);
  if (!host && !share && !cloud && !usb) return undefined;
  const target: Draft = {};
  const hostId = share ? String(share.entity['host'] ?? '') : host?.id ?? '';
  const base = cloud ?? (usb ? 'usb' : share ? `${hostId}-${share.id}` : `${hostId}-backups`);
  draft.set(target, 'id', draft.ids.allocate(base, 'backup-target'), loc);
  const hostEntity = host?.kind === 'host' ? host.entity : share ? draft.list('hosts').find((candidate) => candidate['id'] === share.entity['host']) : undefined;
  const kind = cloud ? 'cloud' : usb ? 'usb' : /\bpbs|proxmox\s+backup\b/i.test(text) || hostEntity?.['role'] === 'backup-server' ? 'pbs' : hostEntity?.['role'] === 'nas' ? 'nas' : 'other';
  draft.set(target, 'kind', kind, loc);
  if (hostEntity) draft.set(target, 'host', String(hostEntity['id']), loc);
  if (share) draft.set(target, 'share', share.id, loc);
  if (cloud) {
    draft.set(target, 'provider', cloud, loc);
    draft.set(target, 'media', 'cloud', loc);
  } else draft.set(target, 'media', 'disk', loc);
  const offsite = cloud !== undefined || /\b(off-?site|remote|friend'?s|parents'?|other\s+site)\b/i.test(text);
  draft.set(target, 'offsite', offsite, loc);
  if (/\b(immutable|object\s+lock|worm)\b/i.test(text)) draft.set(target, 'immutable', true, loc);
  if (usb && /\b(rotat|unplugged|offline|disconnected)\w*/i.test(text)) draft.set(target, 'offline', true, loc);
  targets.push(target);
  draft.place(target, loc);
  return { id: String(target['id']), ...(hostEntity ? { host: String(hostEntity['id']) } : {}) };
}
