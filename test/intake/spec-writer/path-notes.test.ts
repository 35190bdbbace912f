/** Notes addressed by spec path (kestra init) land on the node they are about. */
import { describe, expect, it } from 'vitest';
import { annotationsAtPaths, type PathNote } from '../../../src/intake/spec-writer/path-notes.js';
import { renderYaml } from '../../../src/intake/spec-writer/render-yaml.js';

function spec() {
  return {
    version: 1,
    site: { name: 'lab' },
    hosts: [
      { id: 'pve1', memory: '32GB', cpu: { model: 'i5', cores: 6 }, power: { feeds: ['ups'] } },
      { id: 'nas', memory: '16GB', disks: [{ id: 'hdd0', smr: false }] },
    ],
  };
}

const write = (notes: readonly PathNote[]) => {
  const data = spec();
  const { annotations, documentNotes } = annotationsAtPaths(data, notes);
  return { text: renderYaml(data, annotations, documentNotes), documentNotes };
};

describe('annotationsAtPaths', () => {
  it('puts a note about a scalar inline at its field, also at the top level and deep in a list', () => {
    const { text } = write([
      { path: ['site', 'name'], kind: 'assumed', text: 'named after the file' },
      { path: ['hosts', 0, 'cpu', 'cores'], kind: 'assumed', text: 'from the vendor' },
      { path: ['hosts', 1, 'disks', 0, 'smr'], kind: 'assumed', text: 'CMR' },
      { path: ['version'], kind: 'assumed', text: 'the only version' },
    ]);
    expect(text).toContain('  name: lab # assumed: named after the file\n');
    expect(text).toContain('      cores: 6 # assumed: from the vendor\n');
    expect(text).toContain('        smr: false # assumed: CMR\n');
    expect(text).toContain('version: 1 # assumed: the only version\n');
  });

  it('puts a note about a record above it, in a list and as a field', () => {
    const { text } = write([
      { path: ['hosts', 1], kind: 'open question', text: 'nas: power draw not given' },
      { path: ['hosts', 0, 'cpu'], kind: 'assumed', text: 'cpu from the model' },
    ]);
    expect(text).toContain('  # open question: nas: power draw not given\n  - id: nas\n');
    expect(text).toContain('    # assumed: cpu from the model\n    cpu: { model: i5, cores: 6 }\n');
  });

  it('puts a note about a list above its key, and a note about a plain list item with its list', () => {
    const { text } = write([
      { path: ['hosts', 0, 'power', 'feeds'], kind: 'assumed', text: 'fed by the UPS' },
      { path: ['hosts', 0, 'power', 'feeds', 0], kind: 'assumed', text: 'the only UPS' },
    ]);
    expect(text).toContain('      # assumed: fed by the UPS; assumed: the only UPS\n      feeds: [ ups ]\n');
  });

  it('falls back to the nearest ancestor for a path that is not in the spec, and to the header for the whole spec', () => {
    const { text, documentNotes } = write([
      { path: ['hosts', 0, 'nics', 3, 'speed'], kind: 'assumed', text: 'no such NIC' },
      { path: ['hosts', 7], kind: 'open question', text: 'no such host' },
      { path: ['hosts', 'length'], kind: 'open question', text: 'not an index' },
    ]);
    expect(text).toContain('  # assumed: no such NIC\n  - id: pve1\n');
    expect(documentNotes).toEqual([]);
    expect(text).toContain('# open question: no such host; open question: not an index\nhosts:\n');
    const whole = annotationsAtPaths(spec(), [{ path: [], kind: 'open question', text: 'No UPS is described' }]);
    expect(whole.documentNotes).toEqual(['open question: No UPS is described']);
  });

  it('writes the same note at one place once, and joins two notes about one field', () => {
    const { text } = write([
      { path: ['hosts', 0, 'memory'], kind: 'assumed', text: 'from the vendor' },
      { path: ['hosts', 0, 'memory'], kind: 'assumed', text: 'from the vendor' },
      { path: ['hosts', 0, 'memory'], kind: 'open question', text: 'is it 64GB?' },
      { path: ['hosts', 1], kind: 'open question', text: 'power' },
      { path: ['hosts', 1], kind: 'open question', text: 'power' },
    ]);
    expect(text).toContain('    memory: 32GB # assumed: from the vendor; open question: is it 64GB?\n');
    expect(text.match(/open question: power/g)).toHaveLength(1);
  });
});
