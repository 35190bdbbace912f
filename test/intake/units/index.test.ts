import { describe, expect, it } from 'vitest';
import * as units from '../../../src/intake/units/index.js';

describe('intake/units index', () => {
  it('exports the whole public API', () => {
    const functions = [
      'parseSize', 'parseDiskGroup', 'parseRate', 'parsePower', 'parseApparentPower', 'parseEnergy', 'parseDuration',
      'parseSchedule', 'parsePercent', 'parseMoney', 'parseEnergyPrice', 'formatBytes', 'formatMemory', 'formatRate',
      'formatPower', 'formatApparentPower', 'formatEnergy', 'formatDuration', 'formatPercent', 'formatMoney',
      'formatEnergyPrice', 'succeed', 'fail',
    ].sort();
    expect(Object.keys(units).sort()).toEqual(functions);
    for (const name of functions) expect(typeof (units as Record<string, unknown>)[name]).toBe('function');
  });
});
