import { describe, expect, it } from 'vitest';
import { safeName, safeText, scrubSecrets } from '../../../src/intake/importers/safe-text.js';

describe('safeName and safeText', () => {
  it('keep long DNS-style names, drop secret-shaped text', () => {
    expect(safeName('k8s-worker-node-01-production-eu')).toBe('k8s-worker-node-01-production-eu');
    expect(safeText('k8s-worker-node-01-production-eu')).toBeUndefined();
    expect(safeName('PVEAPIToken=root@pam!x=0d4b1f7e-8a2c-4e5f-9b6d-1c3e5a7f9b2d')).toBeUndefined();
    expect(safeName('Zq8Ww3Lr5Ny7Hv1Bs6Tk0Jc2Fg4Md9XpQ7')).toBeUndefined();
    expect(safeText('Home Assistant\nOS')).toBe('Home Assistant OS');
  });
});

describe('scrubSecrets', () => {
  it('replaces every occurrence of each secret, and leaves short strings alone', () => {
    expect(scrubSecrets('a s3cr3t b s3cr3t', ['s3cr3t', 'ab'])).toBe('a [redacted] b [redacted]');
  });
});
