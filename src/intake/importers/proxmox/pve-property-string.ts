/**
 * Proxmox VE "property strings", the comma-separated values in guest configs and job settings:
 * "local-zfs:vm-100-disk-0,discard=on,size=32G", "virtio=BC:24:11:AA:BB:01,bridge=vmbr0,tag=20",
 * "keep-daily=7,keep-weekly=4". See pve-docs, "qm.conf" and "pct.conf" (PVE::JSONSchema::parse_property_string).
 */
import { GiB, KiB, MiB, TiB } from '../../../model/quantities.js';

/** The key=value pairs of a property string; a leading value without "=" goes under `defaultKey`. */
export function parsePropertyString(text: string, defaultKey: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    if (equals === -1) result[defaultKey] = part;
    else result[part.slice(0, equals)] = part.slice(equals + 1);
  }
  return result;
}

/** A guest volume: "storage:volume" (or a bind-mounted host path), with its options. */
export interface GuestVolume {
  /** The storage id, or undefined for a host path ("/tank/media") or "none". */
  readonly storage?: string;
  readonly options: Readonly<Record<string, string>>;
}

/** Reads a disk or mount-point entry of a guest config, e.g. "local-zfs:vm-100-disk-0,size=32G". */
export function parseGuestVolume(text: string): GuestVolume {
  const options = parsePropertyString(text, 'file');
  const file = options.file ?? options.volume ?? '';
  const colon = file.indexOf(':');
  if (file.startsWith('/') || colon <= 0) return { options };
  return { storage: file.slice(0, colon), options };
}

/** Bytes of a Proxmox size ("32G", "512M", "1T", "8192K", bare numbers are bytes); binary units, as Proxmox means them. */
export function parsePveSize(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const factors: Readonly<Record<string, number>> = { '': 1, K: KiB, M: MiB, G: GiB, T: TiB };
  return Math.round(Number(match[1]) * (factors[(match[2] ?? '').toUpperCase()] ?? 1));
}
