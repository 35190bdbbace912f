/** The one writer of commented specs: notes on entities and fields, flow vs block, header, and comments that stay comments. */
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { createAnnotations } from '../../../src/intake/spec-writer/annotations.js';
import { renderYaml } from '../../../src/intake/spec-writer/render-yaml.js';

const commentLinesOf = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#'));

describe('renderYaml', () => {
  it('writes the header as the opening comment, with blank lines kept and indentation inside lines kept', () => {
    const text = renderYaml({ version: 1 }, createAnnotations(), ['Written by a test.', '', 'Questions:', '  1. why?']);
    expect(text).toBe('# Written by a test.\n\n# Questions:\n#   1. why?\n\nversion: 1\n');
  });

  it('writes entity notes above the entity and field notes inline or, for a list or record, above its key', () => {
    const host = { id: 'pve1', memory: '32GB', nics: [{ id: 'nic0' }], cpu: { model: 'i5', cores: 6 } };
    const spec = { hosts: [host], site: { name: 'lab' } };
    const annotations = createAnnotations();
    annotations.entity(host, 'imported', 'proxmox node pve1');
    annotations.entity(host, 'unknown', 'power draw');
    annotations.field(host, 'memory', 'assumed', 'from the vendor');
    annotations.field(host, 'nics', 'assumed', 'one NIC');
    annotations.entity(host.cpu, 'assumed', 'cores from the vendor');
    annotations.field(spec.site, 'name', 'assumed', 'named after the node');
    expect(renderYaml(spec, annotations, [])).toBe(
      [
        'hosts:',
        '  # imported: proxmox node pve1',
        '  # unknown: power draw',
        '  - id: pve1',
        '    memory: 32GB # assumed: from the vendor',
        '    # assumed: one NIC',
        '    nics:',
        '      - { id: nic0 }',
        '    # assumed: cores from the vendor',
        '    cpu: { model: i5, cores: 6 }',
        'site:',
        '  name: lab # assumed: named after the node',
        '',
      ].join('\n'),
    );
  });

  it('prints small deep records and lists of plain values in flow style, sections, long records and records with inline notes as blocks', () => {
    const short = { id: 'a', size: '1TB' };
    const long = { id: 'b', model: 'x'.repeat(120) };
    const noted = { id: 'c', size: '2TB' };
    const annotations = createAnnotations();
    annotations.field(noted, 'size', 'assumed', 'guessed');
    const text = renderYaml({ site: { name: 'lab' }, disks: [short, long, noted], tags: ['a', 'b'] }, annotations, []);
    expect(text).toContain('site:\n  name: lab\n');
    expect(text).toContain('  - { id: a, size: 1TB }\n');
    expect(text).toContain(`  - id: b\n    model: ${'x'.repeat(120)}\n`);
    expect(text).toContain('  - id: c\n    size: 2TB # assumed: guessed\n');
    expect(text).toContain('tags: [ a, b ]\n');
  });

  it('quotes clock-like text, which YAML 1.1 readers would read as a number', () => {
    const text = renderYaml({ backups: { jobs: [{ id: 'n', at: '02:30' }] } }, createAnnotations(), []);
    expect(text).toContain('at: "02:30"');
    expect(parse(text)).toEqual({ backups: { jobs: [{ id: 'n', at: '02:30' }] } });
  });

  it('keeps a note with line breaks on one comment line', () => {
    const host = { id: 'a', memory: '8GB' };
    const annotations = createAnnotations();
    annotations.field(host, 'memory', 'assumed', 'first\nsecond\r\nthird\u2028fourth');
    annotations.entity(host, 'unknown', 'one\n\ntwo');
    const text = renderYaml({ hosts: [host] }, annotations, ['head\nline']);
    expect(text).toContain('memory: 8GB # assumed: first second third fourth\n');
    expect(text).toContain('  # unknown: one two\n  - id: a\n');
    expect(text.startsWith('# head line\n')).toBe(true);
  });

  it('keeps hostile note text inside its comment', () => {
    const hostile = ['\nsite: { name: evil }', '\r\nversion: 2\n# ', '\u0085evil: true', '\u0000\u001b[31m\ud800', '" ]} # \n- x'];
    const host = { id: 'a', memory: '8GB', nics: [{ id: 'n' }] };
    const spec = { version: 1, hosts: [host] };
    const annotations = createAnnotations();
    for (const text of hostile) {
      annotations.entity(host, 'unknown', text);
      annotations.entity(host.nics[0] as object, 'imported', text);
    }
    annotations.field(host, 'memory', 'assumed', hostile.join(''));
    annotations.field(host, 'nics', 'assumed', hostile.join(''));
    const text = renderYaml(spec, annotations, hostile);
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.toJSON()).toEqual(spec);
    // One comment line per header line, entity note and list-field note; the memory note is inline.
    expect(commentLinesOf(text)).toHaveLength(hostile.length * 3 + 1);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0085\u2028\u2029]/);
  });
});
