import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../src/intake/load-spec.js';
import { mergeImport, keepFormatting } from '../../../src/intake/importers/merge-spec.js';
import { mapPve } from '../../../src/intake/importers/proxmox/map-pve.js';
import type { PveSnapshot } from '../../../src/intake/importers/proxmox/pve-snapshot.js';
import { unifiedDiff } from '../../../src/intake/importers/unified-diff.js';
import { renderYaml } from '../../../src/intake/spec-writer/render-yaml.js';
import { pveSnapshot } from '../../helpers/import-fixtures.js';

/** The fixture cluster after some months: nextcloud got more memory, jellyfin is gone, a new VM came. */
function laterSnapshot(snapshot: PveSnapshot): PveSnapshot {
  const guests = snapshot.guests
    .filter((guest) => guest.resource.vmid !== 103)
    .map((guest) => (guest.resource.vmid === 102 ? { ...guest, config: { ...guest.config, memory: '16384' } } : guest));
  const added = { resource: { type: 'qemu', vmid: 104, name: 'paperless', node: 'pve2', maxcpu: 2, maxmem: 4294967296 }, config: { name: 'paperless', cores: 2, memory: '4096', scsi0: 'local-zfs:vm-104-disk-0,size=20G' } };
  return { ...snapshot, guests: [...guests, added] };
}

/** What a person adds to an imported spec: power, cabling, a switch, criticality, corrections. */
function handEdit(text: string): string {
  return text
    .replace('version: 1\n', 'version: 1\npower:\n  ups:\n    - { id: ups1, va: 1500VA, watts: 900W, batteryWh: 216Wh }   # APC, in the hall cupboard\n')
    .replace('network:\n', 'network:\n  devices:\n    - { id: sw1, kind: switch, ports: [{ id: port1, speed: 2.5GbE }] }\n')
    .replace(/(  - id: pve1\n    role: hypervisor\n)/, '$1    power: { idle: 9W, load: 35W, feeds: [ups1] }\n')
    .replace(/(      - id: enp1s0\n        speed: )1GbE( # assumed[^\n]*)\n/, '$12.5GbE$2\n        connectedTo: "sw1:port1"\n')
    .replace(/(  - id: homeassistant\n)/, '$1    criticality: critical\n    rpo: 1h\n')
    .replace(/(    - id: vlan30\n      vid: 30\n      zone: )servers/, '$1iot');
}

describe('mergeImport', () => {
  it('refreshes imported facts, keeps hand-written ones and corrected assumptions, and says what is gone', async () => {
    const snapshot = await pveSnapshot('two-node-qdevice');
    const first = mapPve(snapshot);
    const edited = handEdit(renderYaml(first.spec, first.annotations, ['header']));
    expect(parseSpec('edited.yaml', edited).model).toBeDefined();
    expect(edited).toContain('connectedTo: "sw1:port1"');

    const outcome = mergeImport(edited, mapPve(laterSnapshot(snapshot)));
    const loaded = parseSpec('merged.yaml', outcome.text);
    expect(loaded.diagnostics).toEqual([]);
    const model = loaded.model!;

    const homeassistant = model.workloads.find((workload) => workload.id === 'homeassistant')!;
    expect(homeassistant).toMatchObject({ criticality: 'critical', rpo: 3600 });
    expect(model.hosts.find((host) => host.id === 'pve1')!.power).toMatchObject({ feeds: ['ups1'] });
    expect(model.power.ups.map((ups) => ups.id)).toEqual(['ups1']);
    const nic = model.hosts.find((host) => host.id === 'pve1')!.nics.find((item) => item.id === 'enp1s0')!;
    expect(nic).toMatchObject({ speed: 2.5e9, connectedTo: 'sw1:port1' });
    expect(model.network.vlans.find((vlan) => vlan.id === 'vlan30')!.zone).toBe('iot');
    expect(model.workloads.find((workload) => workload.id === 'nextcloud')!.memory).toBe(16 * 2 ** 30);
    expect(model.workloads.map((workload) => workload.id)).toEqual(['homeassistant', 'adguard', 'nextcloud', 'jellyfin', 'paperless']);

    expect(outcome.updated).toEqual(['workloads[nextcloud].memory', 'backups.jobs[backup-1c2d3e4f-aa02].sources']);
    expect(outcome.added).toEqual(['workloads[paperless]']);
    expect(outcome.gone).toEqual(['workloads[jellyfin]']);
    expect(outcome.text).toContain('  # imported: proxmox qemu/104 on pve2\n  - id: paperless\n');
    // The hand-aligned comment is untouched: lines the merge does not change keep their text.
    expect(outcome.text).toContain('batteryWh: 216Wh }   # APC, in the hall cupboard\n');
  });

  it('changes nothing when merging the same import again', async () => {
    const result = mapPve(await pveSnapshot('three-node-ceph-ha'));
    const text = renderYaml(result.spec, result.annotations, ['header']);
    const outcome = mergeImport(text, result);
    expect(outcome.text).toBe(text);
    expect([outcome.added, outcome.updated, outcome.gone]).toEqual([[], [], []]);
  });

  it('shows only the merge in the diff', async () => {
    const snapshot = await pveSnapshot('two-node-qdevice');
    const first = mapPve(snapshot);
    const edited = handEdit(renderYaml(first.spec, first.annotations, ['header']));
    const outcome = mergeImport(edited, mapPve(laterSnapshot(snapshot)));
    const changed = unifiedDiff(edited, outcome.text, { before: 'a', after: 'b' })
      .split('\n')
      .filter((line) => /^[+-][^+-]/.test(line));
    expect(changed).toEqual([
      '-    memory: 8 GiB',
      '+    memory: 16 GiB',
      '+  # imported: proxmox qemu/104 on pve2',
      '+  - id: paperless',
      '+    kind: vm',
      '+    host: pve2',
      '+    cluster: homelab',
      '+    vcpu: 2',
      '+    memory: 4 GiB',
      '+    disk: 20 GiB',
      '+    storage: pve2-rpool',
      '+    ha: false',
      '-      sources: [ homeassistant, adguard, nextcloud, jellyfin ]',
      '+      sources: [ homeassistant, adguard, nextcloud, paperless ]',
    ]);
  });

  it('fills an empty file with the whole import', async () => {
    const result = mapPve(await pveSnapshot('single-node'));
    const outcome = mergeImport('', result);
    expect(parseSpec('x.yaml', outcome.text).model).toBeDefined();
    expect(outcome.added).toEqual(['(whole spec)']);
  });
});

describe('mergeImport across sources', () => {
  it('adopts the spec\'s VLAN ids for the same tags, references included, and drops stale "assumed" marks', async () => {
    const existing = [
      'version: 1',
      'site: { name: lab }',
      'hosts:',
      '  - id: pve1',
      '    role: hypervisor',
      '    nics:',
      '      - id: eno1',
      '        speed: 1GbE # assumed: Proxmox does not report link speed',
      '        vlans: [vlan20]',
      '      - id: eno2',
      '        speed: 1GbE # the cheap switch',
      'network:',
      '  vlans:',
      '    - { id: vlan20, vid: 20, zone: servers }',
      '',
    ].join('\n');
    const { createAnnotations } = await import('../../../src/intake/spec-writer/annotations.js');
    const notes = createAnnotations();
    const servers = { id: 'servers', name: 'Servers', vid: 20, zone: 'trusted' as const };
    notes.field(servers, 'zone', 'assumed', 'from the name');
    const result = {
      tool: 'netbox' as const,
      summary: '',
      questions: [],
      skipped: [],
      annotations: notes,
      spec: {
        version: 1 as const,
        site: { name: 'Home' },
        hosts: [{ id: 'pve1', role: 'hypervisor' as const, nics: [{ id: 'eno1', speed: '2.5 Gbit/s', vlans: ['servers'] }, { id: 'eno2', speed: '2.5 Gbit/s' }] }],
        network: { vlans: [servers] },
      },
    };
    notes.field(result.spec.site, 'name', 'assumed', 'site');
    const outcome = mergeImport(existing, result);
    expect(outcome.text).toContain('        speed: 2.5 Gbit/s\n        vlans: [vlan20]\n');
    expect(outcome.text).toContain('        speed: 2.5 Gbit/s # the cheap switch\n');
    expect(outcome.text).toContain('    - { id: vlan20, vid: 20, zone: servers, name: Servers }\n');
    expect(parseSpec('x.yaml', outcome.text).diagnostics).toEqual([]);
  });
});

describe('keepFormatting', () => {
  it('re-applies the merge to the original lines', () => {
    expect(keepFormatting('a:  1   # note\nb: 2\n', 'a: 1 # note\nb: 2\n', 'a: 1 # note\nb: 3\n')).toBe('a:  1   # note\nb: 3\n');
  });

  it('uses the merged text when the serializer changed the line structure', () => {
    expect(keepFormatting('a: [1,\n  2]\n', 'a: [ 1, 2 ]\n', 'a: [ 1, 2, 3 ]\n')).toBe('a: [ 1, 2, 3 ]\n');
  });
});
