/** A valid spec whose free text is hostile: HTML, Markdown syntax, table pipes, newlines, a 500-character id. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hostileSiteName = 'Evil <script>alert(1)</script> | pipes | **bold** `tick` [x](http://x) line1\nline2';
export const hostileModel = '<img src=x onerror=alert(2)> | # not a heading';
export const hostileGoal = '- [ ] not a task\n# not a heading <b>nor bold</b>';
export const longId = `h${'x'.repeat(499)}`;

/** Writes the hostile spec to a fresh temporary directory and returns its path. */
export function writeHostileSpec(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kestra-hostile-'));
  const path = join(dir, 'hostile.yaml');
  writeFileSync(
    path,
    `version: 1
site:
  name: ${JSON.stringify(hostileSiteName)}
hosts:
  - id: ${longId}
    role: hypervisor
    model: ${JSON.stringify(hostileModel)}
    memory: 16GB
    nics: [{ id: eth0, speed: 1GbE, connectedTo: "sw:p1" }]
network:
  devices:
    - { id: sw, kind: switch, model: ${JSON.stringify('Switch | </td></tr></table><script>alert(3)</script>')}, ports: [{ id: p1 }] }
  vlans:
    - { id: lan, vid: 1, zone: trusted, subnet: 10.0.0.0/24 }
storage:
  zfs:
    - { id: tank, host: ${longId}, vdevs: [{ layout: stripe, disks: [d1] }], purpose: ${JSON.stringify('photos\n| a | b |\n|---|---|')} }
workloads:
  - { id: vm1, kind: vm, host: ${longId}, memory: 2GB, vcpu: 1 }
constraints:
  goals: [${JSON.stringify(hostileGoal)}]
`.replace('    nics:', '    disks: [{ id: d1, size: 1TB, kind: ssd }]\n    nics:'),
  );
  return path;
}
