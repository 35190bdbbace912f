/**
 * The differences between NetBox 3.x and 4.x that the mapping meets, in one place:
 * - device role: `device_role` until 3.5, `role` from 3.6 (netbox#6391), `device_role` removed in 4.0;
 * - cable ends: `termination_a`/`termination_b` until 3.2, `a_terminations`/`b_terminations` from 3.3;
 * - path endpoints: `connected_endpoint` until 3.2, `connected_endpoints` (a list) from 3.3;
 * - VM disk: gigabytes until 4.0, megabytes from 4.1 (NetBox 4.1.0 release notes).
 */
import { asNumber, asRecord, asRecords, asString } from '../json-fields.js';

type Json = Record<string, unknown>;

/** True when `version` ("4.1.6") is at least major.minor; unknown versions count as current. */
export function versionAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return true;
  const [have, haveMinor] = [Number(match[1]), Number(match[2])];
  return have > major || (have === major && haveMinor >= minor);
}

/** A device's role object, whichever field the version uses. */
export function deviceRole(device: Json): Json | undefined {
  return asRecord(device.role) ?? asRecord(device.device_role);
}

/** What an interface, power port or feed reaches at the far end of its cable path (through patch panels). */
export function connectedEndpoints(item: Json): { readonly type?: string; readonly endpoints: readonly Json[] } {
  const type = asString(item.connected_endpoints_type) ?? asString(item.connected_endpoint_type);
  const endpoints = Array.isArray(item.connected_endpoints) ? asRecords(item.connected_endpoints) : asRecord(item.connected_endpoint) ? [asRecord(item.connected_endpoint) as Json] : [];
  return type === undefined ? { endpoints } : { type, endpoints };
}

export interface CableEnd {
  /** "dcim.interface", "dcim.frontport", "dcim.powerport"… */
  readonly type: string;
  /** The terminating object (with its device). */
  readonly object: Json;
}

/** Both ends of a cable, whichever shape the version uses. */
export function cableEnds(cable: Json): { readonly a: readonly CableEnd[]; readonly b: readonly CableEnd[] } {
  const modern = (side: unknown): CableEnd[] =>
    asRecords(side).flatMap((termination) => {
      const type = asString(termination.object_type);
      const object = asRecord(termination.object);
      return type && object ? [{ type, object }] : [];
    });
  if (Array.isArray(cable.a_terminations) || Array.isArray(cable.b_terminations)) return { a: modern(cable.a_terminations), b: modern(cable.b_terminations) };
  const legacy = (typeKey: string, objectKey: string): CableEnd[] => {
    const type = asString(cable[typeKey]);
    const object = asRecord(cable[objectKey]);
    return type && object ? [{ type, object }] : [];
  };
  return { a: legacy('termination_a_type', 'termination_a'), b: legacy('termination_b_type', 'termination_b') };
}

/** A VM's disk in bytes: GB before NetBox 4.1, MB from 4.1 (decimal units, as NetBox displays them). */
export function vmDiskBytes(vm: Json, version: string | undefined): number | undefined {
  const disk = asNumber(vm.disk);
  if (disk === undefined) return undefined;
  return versionAtLeast(version, 4, 1) ? disk * 1e6 : disk * 1e9;
}

/** The id of a nested object ({ id, name, … }), or undefined. */
export function refId(value: unknown): number | undefined {
  return asNumber(asRecord(value)?.id);
}
