/**
 * Tolerant readers for JSON that an API returned. Proxmox and NetBox send numbers as strings in
 * places ("quorum_votes": "1", "vcpus": "4.00") and booleans as 0/1; these readers accept both and
 * return undefined for anything else, so the mappers never trust the shape of remote data.
 */

/** A JSON object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The objects of a JSON array (other items dropped), or an empty list. */
export function asRecords(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const record = asRecord(item);
    return record ? [record] : [];
  });
}

/** A non-empty string, or undefined. Numbers become their decimal text. */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A finite number, also from numeric text such as "4.00"; otherwise undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A boolean from true/false, 1/0 or "1"/"0"; otherwise undefined. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1') return true;
  if (value === 0 || value === '0') return false;
  return undefined;
}

/** Reads `record[key]` with one of the readers above. */
export function field<T>(record: Record<string, unknown> | undefined, key: string, read: (value: unknown) => T | undefined): T | undefined {
  return record === undefined ? undefined : read(record[key]);
}
