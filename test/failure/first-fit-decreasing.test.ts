import { describe, expect, it } from 'vitest';
import { firstFitDecreasing } from '../../src/failure/first-fit-decreasing.js';

describe('firstFitDecreasing', () => {
  it('places the largest first, each on the first host with room, and reports what does not fit', () => {
    const result = firstFitDecreasing(
      [
        { id: 'small', memory: 2 },
        { id: 'big', memory: 8 },
        { id: 'mid', memory: 5 },
        { id: 'huge', memory: 20 },
      ],
      [
        { host: 'a', free: 10 },
        { host: 'b', free: 6 },
      ],
    );
    // big → a (2 left), mid → b (1 left), small → a (0 left), huge fits nowhere.
    expect(result.placed).toEqual([
      { id: 'big', host: 'a', memory: 8 },
      { id: 'mid', host: 'b', memory: 5 },
      { id: 'small', host: 'a', memory: 2 },
    ]);
    expect(result.unplaced).toEqual([{ id: 'huge', memory: 20 }]);
    expect([...result.free]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('respects the hosts a guest may go to, breaks ties by id, and treats unknown capacity as unlimited', () => {
    const result = firstFitDecreasing(
      [
        { id: 'y', memory: 4, eligible: ['b'] },
        { id: 'x', memory: 4 },
      ],
      [
        { host: 'a', free: 4 },
        { host: 'b', free: Number.POSITIVE_INFINITY },
      ],
    );
    expect(result.placed).toEqual([
      { id: 'x', host: 'a', memory: 4 },
      { id: 'y', host: 'b', memory: 4 },
    ]);
  });
});
