import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../../src/model/schema/fields.js';
import { createIdAllocator, slugId } from '../../../src/intake/importers/id-allocator.js';

describe('slugId', () => {
  it.each([
    ['pve1', 'pve1'],
    ['Web Server 1', 'web-server-1'],
    ['.mgr', 'mgr'],
    ['GigabitEthernet1/0/1', 'gigabitethernet1-0-1'],
    ['192.168.1.20', '192.168.1.20'],
    ['---', 'fallback'],
    ['', 'fallback'],
  ])('%j → %j', (text, expected) => {
    expect(slugId(text, 'fallback')).toBe(expected);
  });

  it('always gives an id the model accepts', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(slugId(text, 'x')).toMatch(ID_PATTERN);
      }),
    );
  });
});

describe('createIdAllocator', () => {
  it('hands out the preferred id, then suffixed ones, never twice', () => {
    const ids = createIdAllocator(['reserved']);
    expect(ids.take('vm-pool', 'pool')).toBe('vm-pool');
    expect(ids.take('vm-pool', 'storage')).toBe('vm-pool-storage');
    expect(ids.take('vm-pool', 'storage')).toBe('vm-pool-storage-2');
    expect(ids.take('reserved', 'host')).toBe('reserved-host');
    expect(ids.has('vm-pool-storage-2')).toBe(true);
  });
});
