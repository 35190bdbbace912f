/** The small readers the Markdown inventory is built from: values in text, keys, sections, ids, secret lines, the outline. */
import { describe, expect, it } from 'vitest';
import { secretInLine } from '../../../src/intake/markdown/line-secrets.js';
import { outlineMarkdown } from '../../../src/intake/markdown/outline.js';
import { readMarkdownInventory } from '../../../src/intake/markdown/read-inventory.js';
import { readDiskPart } from '../../../src/intake/markdown/read-disks.js';
import { scheduleText } from '../../../src/intake/markdown/read-backups.js';
import { maintenanceWindow } from '../../../src/intake/markdown/read-site.js';
import { IdAllocator, slugify } from '../../../src/intake/markdown/slug.js';
import { countBefore, findRate, findSize, splitKeyValue, splitList } from '../../../src/intake/markdown/text-values.js';
import { fieldOfKey, sectionKindOf } from '../../../src/intake/markdown/vocabulary.js';
import { GiB, TB } from '../../../src/model/quantities.js';

describe('values in free text', () => {
  it.each([
    ['32GB DDR4', 'memory', 32 * GiB],
    ['16384MB', 'memory', 16 * GiB],
    ['32 GiB ECC', 'memory', 32 * GiB],
    ['1.92TB SSD', 'disk', 1.92 * TB],
    ['4,5 TB', 'disk', 4.5 * TB],
  ] as const)('size in %j (%s) is %d bytes', (text, convention, bytes) => {
    expect(findSize(text, convention)?.value.bytes).toBe(bytes);
  });

  it.each([
    ['2x 2.5GbE', 2.5e9],
    ['10G SFP+', 10e9],
    ['1000BASE-T', undefined],
    ['1 Gbit/s', 1e9],
    ['500 Mbps', 500e6],
    ['32GB', undefined],
  ])('rate in %j is %s', (text, bps) => {
    expect(findRate(text)?.value.bps).toBe(bps);
  });

  it('counts before nouns, in digits and words', () => {
    expect(countBefore('VM, 2 vCPU, 4GB', 'v?cpus?')).toBe(2);
    expect(countBefore('two cores', 'cores?')).toBe(2);
    expect(countBefore('i7-8700T', 'threads?')).toBeUndefined();
  });

  it('splits lists at top-level separators only', () => {
    expect(splitList('512GB NVMe (boot, ZFS), 2x 4TB WD Red Plus (mirror) + 1TB SSD; 8TB and 4TB')).toEqual(['512GB NVMe (boot, ZFS)', '2x 4TB WD Red Plus (mirror)', '1TB SSD', '8TB', '4TB']);
    expect(splitList('10GbE SFP+ for storage, 1GbE')).toEqual(['10GbE SFP+ for storage', '1GbE']);
  });

  it('reads key/value lines written with ":", "=", " - " and " — ", not times', () => {
    expect(splitKeyValue('**RAM** = 8 GiB')).toEqual({ key: 'RAM', value: '8 GiB' });
    expect(splitKeyValue('cpu - i7-8700T')).toEqual({ key: 'cpu', value: 'i7-8700T' });
    expect(splitKeyValue('Router — UCG-Ultra')).toEqual({ key: 'Router', value: 'UCG-Ultra' });
    expect(splitKeyValue('02:00 nightly')).toBeUndefined();
    expect(splitKeyValue('plain words')).toBeUndefined();
  });

  it('reads disk parts with counts before or after, models and layout hints', () => {
    expect(readDiskPart('2x 4TB WD Red (ZFS mirror)')).toMatchObject({ count: 2, size: '4TB', model: 'WD Red', kind: 'hdd', hints: { layout: 'mirror', zfs: true } });
    expect(readDiskPart('Samsung 970 EVO Plus 500GB (boot)')).toMatchObject({ count: 1, size: '500GB', model: 'Samsung 970 EVO Plus', kind: 'nvme', boot: true });
    expect(readDiskPart('4TB x2 IronWolf RAIDZ1 "tank"')).toMatchObject({ count: 2, hints: { layout: 'raidz1', pool: 'tank' } });
    expect(readDiskPart('two 8TB (SHR-2)')).toMatchObject({ count: 2, hints: { raid: 'shr2' } });
    expect(readDiskPart('a disk')).toBeUndefined();
  });

  it('turns schedule words into what the schedule parser reads', () => {
    expect(scheduleText('Nightly vzdump at 2:00')).toBe('nightly 02:00');
    expect(scheduleText('every 6 hours')).toBe('every 6h');
    expect(scheduleText('weekly on Sunday 03:00')).toBe('weekly sun 03:00');
    expect(scheduleText('whenever I remember')).toBeUndefined();
    expect(maintenanceWindow('Saturday 22:00-23:59')).toBe('sat 22:00-23:59');
    expect(maintenanceWindow('nightly 1:00 – 5:00')).toBe('daily 01:00-05:00');
  });
});

describe('words', () => {
  it('key synonyms', () => {
    expect(['RAM', 'Memory', 'mem', '**Mem**'].map(fieldOfKey)).toEqual(['memory', 'memory', 'memory', 'memory']);
    expect(['Disks', 'Drives', 'Storage'].map(fieldOfKey)).toEqual(['disks', 'disks', 'disks']);
    expect(['NIC', 'Network', 'LAN'].map(fieldOfKey)).toEqual(['nics', 'nics', 'nics']);
    expect(fieldOfKey('Favourite colour')).toBeUndefined();
  });

  it('section headings', () => {
    expect(['Network', 'VLANs', 'Power & UPS', 'Backup strategy', 'Monitoring', 'Services', 'pve1 — M720q', 'Notes'].map(sectionKindOf)).toEqual(['network', 'vlans', 'power', 'backups', 'monitoring', 'workloads', 'auto', 'notes']);
  });

  it('ids are slugs, unique, deterministic', () => {
    expect(slugify('Home Assistant OS')).toBe('home-assistant-os');
    expect(slugify('Zürich NAS #1')).toBe('zurich-nas-1');
    expect(slugify('DS920+')).toBe('ds920plus');
    expect(slugify('!!!')).toBe('');
    const ids = new IdAllocator();
    expect([ids.allocate('NAS', 'host'), ids.allocate('nas', 'host'), ids.allocate('', 'host'), ids.allocate('***', 'host')]).toEqual(['nas', 'nas-2', 'host', 'host-2']);
  });

  it('secret lines are spotted without echoing the secret', () => {
    expect(secretInLine('Root password: hunter2')).toBe('the key "Root password" names a secret');
    expect(secretInLine('the wifi password is CorrectHorse')).toBe('the line gives a password, token or key');
    expect(secretInLine('token = ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toBeDefined();
    expect(secretInLine('RAM: 32GB')).toBeUndefined();
    expect(secretInLine('Password manager: Vaultwarden (VM)')).toBeDefined();
  });
});

describe('outline', () => {
  it('keeps 1-based lines and columns of headings, items, nested items and table rows', () => {
    const outline = outlineMarkdown('# Lab\n\n## pve1\n- CPU: i5\n  - nested\n\n| Host | RAM |\n|---|---|\n| a | 1GB |\n');
    const section = outline.root.children[0]?.children[0];
    expect(section).toMatchObject({ title: 'pve1', depth: 2, line: 3, column: 1 });
    const [item, table] = section?.blocks ?? [];
    expect(item).toMatchObject({ kind: 'item', item: { text: 'CPU: i5', line: 4, column: 1, children: [{ text: 'nested', line: 5, column: 3 }] } });
    expect(table).toMatchObject({ kind: 'table', table: { line: 7, rows: [{ line: 9, cells: [{ text: 'a' }, { text: '1GB' }] }] } });
    expect(outline.skipped).toEqual([{ from: 8, to: 8, what: 'table delimiter' }]);
  });

  it('parses long documents in pieces with the same positions', () => {
    const hosts = Array.from({ length: 400 }, (_, index) => `## h${index}\n- RAM: ${index + 1}GB\n\n\`\`\`\n# not a heading ${index}\n\`\`\`\n`).join('\n');
    const outline = outlineMarkdown(hosts);
    expect(outline.root.children).toHaveLength(400);
    const last = outline.root.children[399];
    expect(last).toMatchObject({ title: 'h399', line: 399 * 7 + 1 });
    expect(last?.blocks[0]).toMatchObject({ kind: 'item', item: { text: 'RAM: 400GB', line: 399 * 7 + 2 } });
  });
});

describe('an inventory with nothing in it', () => {
  it('still loads, warns that nothing was recognised, and lists every line as not understood', async () => {
    const { parseSpec } = await import('../../../src/intake/load-spec.js');
    const result = parseSpec('notes.md', 'Shopping list\n\n- milk\n- eggs\n', readMarkdownInventory);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['nothing-understood', 'warning']]);
    expect(result.inventory?.lines.map((line) => [line.line, line.status])).toEqual([
      [1, 'not-understood'],
      [3, 'not-understood'],
      [4, 'not-understood'],
    ]);
  });
});
