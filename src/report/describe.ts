/** Short descriptions of model entities in the words and units a report uses, shared by the section builders. */
import { compareText } from '../intake/diagnostic.js';
import { formatBytes, formatMemory, formatPower, formatRate } from '../intake/units/index.js';
import type { BitsPerSecond, Bytes, Watts } from '../model/quantities.js';
import type { Disk, Host } from '../model/types.js';
import type { RichText } from './report-model.js';
import { code, joinRich } from './rich-text.js';

/** Printed where the spec does not say. */
export const NOT_GIVEN = '—';

/** A table cell of plain text, or "—" when there is none. */
export function cell(text: string | undefined): RichText {
  return [text === undefined || text === '' ? NOT_GIVEN : text];
}

/** A table cell naming one entity id in code font. */
export function idCell(id: string | undefined): RichText {
  return id === undefined ? [NOT_GIVEN] : [code(id)];
}

/** A table cell listing ids in code font, or "—". */
export function idsCell(ids: readonly string[] | undefined): RichText {
  return ids === undefined || ids.length === 0 ? [NOT_GIVEN] : joinRich(ids.map(code), ', ');
}

/** "yes", "no", or "—" when the spec does not say. */
export function yesNo(value: boolean | undefined): string {
  return value === undefined ? NOT_GIVEN : value ? 'yes' : 'no';
}

/** "Intel Core i5-8500T, 6 cores / 6 threads". */
export function describeCpu(host: Host): string {
  const cpu = host.cpu;
  if (!cpu) return NOT_GIVEN;
  const counts = [cpu.cores !== undefined ? `${cpu.cores} cores` : undefined, cpu.threads !== undefined ? `${cpu.threads} threads` : undefined].filter(Boolean).join(' / ');
  const sockets = cpu.sockets > 1 ? `${cpu.sockets} sockets, ` : '';
  return [cpu.model, counts ? `${sockets}${counts}` : undefined].filter(Boolean).join(', ') || NOT_GIVEN;
}

/** Memory in binary units ("32 GiB"), or "—". */
export function memory(value: number | undefined): string {
  return value === undefined ? NOT_GIVEN : formatMemory(value as Bytes);
}

/** A disk or data size in decimal units with binary beside ("8 TB (7.28 TiB)"), or "—". */
export function size(value: number | undefined): string {
  return value === undefined ? NOT_GIVEN : formatBytes(value as Bytes);
}

/** A link speed ("2.5 Gbit/s"), or "—". */
export function rate(value: number | undefined): string {
  return value === undefined ? NOT_GIVEN : formatRate(value as BitsPerSecond);
}

/** A power figure ("35 W"), or "—". */
export function watts(value: number | undefined): string {
  return value === undefined ? NOT_GIVEN : formatPower(value as Watts);
}

/** Identical disks counted: "1× 512 GB nvme (boot), 4× 8 TB hdd". */
export function describeDisks(disks: readonly Disk[]): string {
  if (disks.length === 0) return NOT_GIVEN;
  const groups = new Map<string, number>();
  for (const disk of disks) {
    const key = `${formatBytes(disk.size as Bytes, { both: false })} ${disk.kind}${disk.boot ? ' (boot)' : ''}${disk.smr ? ' (SMR)' : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.entries()].map(([key, count]) => `${count}× ${key}`).join(', ');
}

/** NICs as "1× 2.5 Gbit/s, 2× 10 Gbit/s". */
export function describeNics(host: Host): string {
  if (host.nics.length === 0) return NOT_GIVEN;
  const groups = new Map<number, number>();
  for (const nic of host.nics) groups.set(nic.speed, (groups.get(nic.speed) ?? 0) + 1);
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([speed, count]) => `${count}× ${formatRate(speed as BitsPerSecond)}`)
    .join(', ');
}

/** Load and idle draw as "35 W load / 9 W idle": load first, the figure that sizes UPS and energy. */
export function describeDraw(power: { readonly idle?: number; readonly load?: number } | undefined): string {
  if (!power || (power.idle === undefined && power.load === undefined)) return NOT_GIVEN;
  return [power.load !== undefined ? `${watts(power.load)} load` : undefined, power.idle !== undefined ? `${watts(power.idle)} idle` : undefined].filter(Boolean).join(' / ');
}

/** Sorted, de-duplicated ids. */
export function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareText);
}
