// The shared calculator printer: a results table with formulas, inputs, notes and sources; --json carries the same.
import { describe, expect, it } from 'vitest';
import { calcResultJson, printCalcResult, renderCalcResultText } from '../../src/cli/commands/calc/print-result.js';
import type { Io } from '../../src/cli/io.js';

const result = {
  title: 'Example',
  lines: [
    { key: 'usable', label: 'Usable', value: '21.02 TiB', amount: 23_112_561_046_528, unit: 'bytes', formula: 'dspace − slop' },
    { label: 'Tolerance', value: '1 disk' },
  ],
  inputs: [{ name: 'layout', value: 'raidz1' }],
  notes: ['A note.'],
  sources: ['https://example.org/source'],
};

function bufferIo(): Io & { out: string } {
  const io = { out: '', stdout: (text: string) => void (io.out += text), stderr: () => undefined, writeFileAtomic: async () => undefined, cwd: '/' };
  return io;
}

describe('printCalcResult', () => {
  it('prints an aligned table, then inputs, notes and sources', () => {
    expect(renderCalcResultText(result)).toBe(
      [
        'Example',
        '',
        'result     value      formula',
        '---------  ---------  -------------',
        'Usable     21.02 TiB  dspace − slop',
        'Tolerance  1 disk',
        '',
        'Inputs:',
        '  layout: raidz1',
        '',
        'Notes:',
        '  - A note.',
        '',
        'Sources:',
        '  - https://example.org/source',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with keys, amounts and units when asked', () => {
    const io = bufferIo();
    printCalcResult(io, result, true);
    expect(JSON.parse(io.out)).toEqual(calcResultJson(result));
    expect(JSON.parse(io.out).results[0]).toEqual({ key: 'usable', label: 'Usable', value: '21.02 TiB', amount: 23_112_561_046_528, unit: 'bytes', formula: 'dspace − slop' });
    expect(JSON.parse(io.out).results[1]).toEqual({ label: 'Tolerance', value: '1 disk' });
  });
});
