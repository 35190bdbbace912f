/** Properties of the Markdown reader: total on any input, and every non-empty line accounted for exactly once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../src/intake/load-spec.js';
import { readMarkdownInventory } from '../../../src/intake/markdown/read-inventory.js';
import { expectTotal } from '../../helpers/expect-total.js';

const fragments = [
  '# Lab', '## pve1 — Lenovo M720q (Proxmox node)', '## NAS', '### VLANs', '## Network', '## Power', '## Backups', '## Monitoring', '## Services',
  '- CPU: i5-8500T (6c/6t)', '- RAM: 32GB DDR4', '- Storage: 2x 4TB WD Red (ZFS mirror), 1TB NVMe', '- NIC: 2.5GbE → sw1 port 2', '- VMs:', '  - Home Assistant (VM, 2 vCPU, 4GB)',
  '  - nested', '| Host | RAM | Disks |', '|---|---|---|', '| pve2 | 16GB | 512GB NVMe |', '| a | b |', '- VLAN 30 IoT 10.0.30.0/24', '- ISP: fiber 500/100 Mbit/s',
  '- UPS: APC BR1500GI, everything on it', '- Nightly vzdump of all VMs to the NAS at 02:00', '- Uptime Kuma on pve1, alerts via ntfy', '```', 'code', '<!-- c -->', '---',
  '> quote', '- password: hunter2', '* [ ] todo', '1. one', 'plain prose line', '', '   ', 'CPU: 4 cores', '- Cluster "c": pve1 and pve2', '- Budget: €500', '- : :', '-',
  '| | |', '- 0x 0TB', '- 99999999999999999999x 4TB', '- VLAN 0', '- VLAN 5000', '- RAM: -4GB', '## ', '# ', '- Shares: x (SMB) on nas',
];

const markdown = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 })), { maxLength: 40 }).map((lines) => lines.join('\n'));

/** The numbers of the non-empty lines of `text`. */
function nonEmptyLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
}

describe('the Markdown reader', () => {
  it('never throws on inventory-like Markdown, and reports every non-empty line exactly once', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const inventory = readMarkdownInventory('any.md', text);
        expect(inventory.report.lines.map((line) => line.line)).toEqual(nonEmptyLines(text));
        for (const line of inventory.report.lines) {
          if (line.status === 'mapped') expect(line.fields.length).toBeGreaterThan(0);
          if (line.status === 'secret') expect(line.text).toBeUndefined();
        }
        expectTotal('any.md', text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
      expectTotal('any.md', text);
      expect(readMarkdownInventory('any.md', text).report.lines.map((line) => line.line)).toEqual(nonEmptyLines(text));
    }), { numRuns: 300 });
  });

  it('never throws on binary junk', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void expectTotal('junk.md', bytes)), { numRuns: 200 });
  });

  it('reads a large inventory (1,000 hosts, 8,000 lines) in reasonable time', () => {
    const hosts = Array.from({ length: 1000 }, (_, index) => `## node${index} — Lenovo M720q (Proxmox node)\n- CPU: i5-8500T\n- RAM: 32GB\n- Disks: 512GB NVMe (boot), 2x 4TB WD Red Plus (ZFS mirror)\n- NIC: 1GbE\n- VMs: app${index} (VM, 2 vCPU, 4GB RAM)\n`);
    const text = `# Big lab\n\n${hosts.join('\n')}`;
    const started = performance.now();
    const result = parseSpec('big.md', text, readMarkdownInventory);
    const elapsed = performance.now() - started;
    expect(result.model?.hosts).toHaveLength(1000);
    expect(result.model?.workloads).toHaveLength(1000);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('refuses a file over the size limit with one located error', () => {
    const result = parseSpec('huge.md', new Uint8Array(17 * 1024 * 1024).fill(0x61), readMarkdownInventory);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['file-too-large']);
  });
});
