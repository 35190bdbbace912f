import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../src/intake/first-difference.js';

describe('firstDifference', () => {
  it('is undefined for equal values', () => {
    expect(firstDifference({ id: 'nas', disks: [{ size: '4TB' }] }, { id: 'nas', disks: [{ size: '4TB' }] })).toBeUndefined();
  });

  it('finds the first field that differs, depth first', () => {
    expect(firstDifference({ id: 'nas', disks: [{ size: '4TB' }, { size: '8TB' }] }, { id: 'nas', disks: [{ size: '4TB' }, { size: '6TB' }] })).toEqual({ path: ['disks', 1, 'size'], left: '8TB', right: '6TB' });
  });

  it('says which side lacks a key or an item', () => {
    expect(firstDifference({ id: 'nas', memory: '64GB' }, { id: 'nas' })).toEqual({ path: ['memory'], left: '64GB' });
    expect(firstDifference({ id: 'nas' }, { id: 'nas', memory: '64GB' })).toEqual({ path: ['memory'], right: '64GB' });
    expect(firstDifference([1], [1, 2])).toEqual({ path: [1], right: 2 });
  });

  it('reports values of different kinds where they differ', () => {
    expect(firstDifference({ ports: 4 }, { ports: ['a'] })).toEqual({ path: ['ports'], left: 4, right: ['a'] });
    expect(firstDifference('a', 'b')).toEqual({ path: [], left: 'a', right: 'b' });
  });
});
