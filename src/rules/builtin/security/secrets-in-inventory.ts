import { defineRule, type Subject } from '../../rule.js';

export const secretsInInventory = defineRule({
  meta: {
    id: 'security/secrets-in-inventory',
    layer: 'security',
    title: 'Secrets written in the inventory',
    severity: 'high',
    rationale:
      'Inventories get committed, shared and pasted into tickets. A password, API token or private key in one is a leaked credential. Kestra drops or redacts it and never prints it, but the file still holds it.',
    remediation: 'Remove the secret from the file (and from version-control history), rotate it, and keep it in a password manager or a secrets store referenced by name.',
    references: ['https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', 'https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning'],
    messages: { secret: 'The inventory holds a secret at {pointer}; it was redacted, but the file still contains it.' },
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, notes: "root password hunter2", password: hunter2 }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor, notes: "root password is in the password manager" }
`,
    },
  },
  // Every inventory is checked, so a clean one passes rather than being "not applicable".
  subjects: ({ model }): Subject[] => [{ id: 'site', source: model.site.source }],
  check(_site, context) {
    for (const diagnostic of context.diagnostics.filter((candidate) => candidate.code === 'secret-in-input')) {
      const pointer = diagnostic.pointer ?? `${diagnostic.line}:${diagnostic.column}`;
      context.report({
        messageId: 'secret',
        data: { pointer },
        at: { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, pointer },
        subjects: [pointer],
      });
    }
  },
});

