/**
 * Reports the unit conventions Kestra applied, naming each value they touched: memory "GB" read as
 * GiB, disk "TB" read as 10^12 bytes. DESIGN.md: the convention is stated whenever it is used.
 */
import type { z } from 'zod';
import { parseSize } from './units/index.js';
import { childSchemas } from '../model/schema/schema-walk.js';
import { sizeConventions } from '../model/schema/fields.js';
import type { Assumption, Source } from '../model/types.js';
import type { PathSegment } from './yaml-document.js';

/** Lists the unit-convention assumptions used by string sizes in `data`. */
export function unitAssumptions(data: unknown, root: z.core.$ZodType, locate: (path: readonly PathSegment[]) => Source): Assumption[] {
  const used: Record<'memory' | 'disk', Source[]> = { memory: [], disk: [] };
  // The schema is walked alongside the data, one step per level, rather than from the root for every value.
  const visit = (value: unknown, path: PathSegment[], schemas: readonly z.core.$ZodType[]) => {
    if (schemas.length === 0) return;
    if (typeof value === 'string') {
      const schema = schemas.find((candidate) => sizeConventions.has(candidate));
      const convention = schema ? sizeConventions.get(schema)?.convention : undefined;
      if (!convention) return;
      const parsed = parseSize(value, convention);
      if (parsed.ok && parsed.value.conventionApplied) used[convention].push(locate(path));
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index], childSchemas(schemas, index)));
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key], childSchemas(schemas, key));
  };
  visit(data, [], [root]);
  const assumptions: Assumption[] = [];
  if (used.memory.length > 0) {
    assumptions.push({
      id: 'units/memory-gb-is-gib',
      text: 'Memory sizes written in KB/MB/GB/TB were read as binary units (KiB/MiB/GiB/TiB): "32GB" of RAM is 32 GiB, as Proxmox, free and DIMM labels mean it.',
      sources: used.memory,
    });
  }
  if (used.disk.length > 0) {
    assumptions.push({
      id: 'units/disk-tb-is-decimal',
      text: 'Disk and data sizes written in GB/TB were read as decimal units (10^9/10^12 bytes), as drive makers label them; reports show TiB beside TB where they differ (4 TB = 3.64 TiB).',
      sources: used.disk,
    });
  }
  return assumptions;
}
