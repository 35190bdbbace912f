import { describe, expect, it } from 'vitest';
import { readTaskIntent } from '../../src/design/task-intent.js';
import { exampleModel } from '../helpers/example-model.js';

const { model } = exampleModel('two-node-homelab.yaml');

describe('readTaskIntent', () => {
  it('reads the persona\'s gateway task: platforms and the protected IoT VLAN', () => {
    const intent = readTaskIntent('Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN', model);
    expect(intent.fromPlatform).toBe('unifi');
    expect(intent.toPlatform).toBe('opnsense');
    expect(intent.protect).toEqual([{ id: 'iot', kind: 'vlan', said: 'iot vlan' }]);
    expect(intent.unresolved).toEqual([]);
  });
  it('reads the node count of the persona\'s cluster task', () => {
    const intent = readTaskIntent('Design a two-node Proxmox cluster with shared storage and backup strategy', model);
    expect(intent.nodes).toBe(2);
    expect(intent.protect).toEqual([]);
    expect(readTaskIntent('a 3-node cluster', model).nodes).toBe(3);
  });
  it('resolves workloads by name, several scopes at once, and keeps what names nothing', () => {
    const intent = readTaskIntent('Move to OPNsense without downtime for Home Assistant, the guest network and the printers', model);
    expect(intent.protect.map((scope) => scope.id)).toEqual(['homeassistant', 'guest']);
    expect(intent.unresolved).toEqual(['the printers']);
  });
  it('reads backup wishes', () => {
    expect(readTaskIntent('backup strategy following 3-2-1-1-0', model)).toMatchObject({ immutable: true, offsite: true });
    expect(readTaskIntent('nightly backups', model)).toMatchObject({ immutable: false, offsite: false });
  });
});
