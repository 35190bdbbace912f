// redactText is the last guard on every output (the MCP server runs it over each answer): it must
// replace what looks like a secret and leave Kestra's own ids, URLs and file paths alone.
import { describe, expect, it } from 'vitest';
import { REDACTED, redactText, secretShapeOf } from '../../src/intake/secrets.js';

describe('redactText', () => {
  it.each([
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'an AWS secret access key (base64 with slashes)'],
    ['3f9a8c7d6e5b4a3f9a8c7d6e5b4a3f9a', 'a hex token'],
    ['dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IGVuY29kaW5nIQ==', 'base64'],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'a payment API key'],
    ['123e4567-e89b-12d3-a456-426614174000', 'a UUID (a Proxmox token secret)'],
    ['ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'a GitHub token'],
    ['PVEAPIToken=root@pam!kestra=8f4b1c2e-1d2a-4b3c-9e8f-0a1b2c3d4e5f', 'a Proxmox API token'],
  ])('replaces %s (%s)', (secret) => {
    const redacted = redactText(`before ${secret} after`);
    expect(redacted).toContain(REDACTED);
    expect(redacted).not.toContain(secret);
  });

  it.each([
    'compute/pve1/guest-memory-capacity',
    'backup/k3s-1/three-two-one-one-zero',
    '/storage/ceph/0/pools/0/growthPerMonth',
    'https://docslib.org/doc/1223610/data-backup-options-paul-ruggiero-and-matthew-a',
    'https://web.archive.org/web/20161028084224/http://www.solarisinternals.com/wiki/index.php/ZFS_Best_Practices_Guide',
    'https://github.com/truenas/documentation/blob/master/static/includes/TNHardwareGuide.md',
    'https://github.com/proxmox/qemu-server/blob/master/PVE/QemuMigrate.pm',
    '/tmp/kestra-mcp-GeI4ec/outside/secret.yaml',
    'https://www.intel.com/content/www/us/en/products/sku/205594/intel-nuc-11-pro-kit-nuc11tnhi5/specifications.html',
  ])('keeps %s', (text) => {
    expect(redactText(text)).toBe(text);
  });

  it('inputs stay strict: a long name with digits is still not read from an inventory', () => {
    expect(secretShapeOf('k8s-worker-node-01-production-eu')).toBe('a long random token');
    expect(redactText('k8s-worker-node-01-production-eu')).toBe('k8s-worker-node-01-production-eu');
  });
});
