/**
 * OpenZFS versions as written in specs ("2.2", "2.2.6", "zfs-2.3.0", "0.8.6") and the version-dependent
 * rules Kestra needs: the slop-space bound (2.1) and the Linux ARC default (2.3).
 */
import type { SlopRule } from './slop-space.js';

export interface OpenZfsVersion {
  readonly major: number;
  readonly minor: number;
}

/** Reads "2.2", "2.2.6" or "zfs-2.3.0"; undefined when the text holds no major.minor version. */
export function parseOpenZfsVersion(text: string): OpenZfsVersion | undefined {
  const match = /(\d+)\.(\d+)/u.exec(text);
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** True when `version` is at least major.minor. */
export function isAtLeast(version: OpenZfsVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** The slop rule of a version: the 128 GiB cap exists from OpenZFS 2.1 on (openzfs/zfs PR #11023). */
export function slopRuleFor(version: OpenZfsVersion): SlopRule {
  return isAtLeast(version, 2, 1) ? 'openzfs-2.1+' : 'openzfs-0.7-2.0';
}

/** Prints a version as "2.2". */
export function formatOpenZfsVersion(version: OpenZfsVersion): string {
  return `${version.major}.${version.minor}`;
}
