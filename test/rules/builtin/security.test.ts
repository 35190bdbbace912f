import { adminExposedToWan } from '../../../src/rules/builtin/security/admin-exposed-to-wan.js';
import { managementOnUntrustedVlan } from '../../../src/rules/builtin/security/management-on-untrusted-vlan.js';
import { managementReachableFromUntrusted } from '../../../src/rules/builtin/security/management-reachable-from-untrusted.js';
import { remoteAccessByPortForward } from '../../../src/rules/builtin/security/remote-access-by-port-forward.js';
import { remoteAccessWithoutMfa } from '../../../src/rules/builtin/security/remote-access-without-mfa.js';
import { secretsInInventory } from '../../../src/rules/builtin/security/secrets-in-inventory.js';
import { zoneNotIsolated } from '../../../src/rules/builtin/security/zone-not-isolated.js';
import { HEADER, documentedExamples, ruleTester } from '../../helpers/rule-tester.js';

const zones = (firewall: string) => `${HEADER}network:
  vlans:
    - { id: mgmt, vid: 10, zone: management }
    - { id: home, vid: 20, zone: trusted }
    - { id: iot, vid: 30, zone: iot }
    - { id: guest, vid: 40, zone: guest }
${firewall}`;

ruleTester.run(managementReachableFromUntrusted, {
  valid: [
    ...documentedExamples(managementReachableFromUntrusted, []).valid,
    { name: 'deny rules above a default allow', spec: zones('  firewall:\n    defaultPolicy: allow\n    rules:\n      - { from: iot, to: management, action: deny }\n      - { from: guest, to: any, action: deny }\n') },
  ],
  invalid: [
    ...documentedExamples(managementReachableFromUntrusted, [{ messageId: 'reachable', subject: 'iot', line: 6, column: 7 }]).invalid,
    {
      name: 'first match wins: an allow above the deny',
      spec: zones('  firewall:\n    defaultPolicy: deny\n    rules:\n      - { from: guest, to: mgmt, action: allow, ports: [443] }\n      - { from: guest, to: any, action: deny }\n'),
      errors: [{ messageId: 'reachable', subject: 'guest', line: 8, column: 7 }],
    },
    {
      name: 'a port-limited deny leaves the other ports open',
      spec: zones('  firewall:\n    defaultPolicy: allow\n    rules:\n      - { from: iot, to: management, action: deny, ports: [22] }\n      - { from: guest, to: any, action: deny }\n'),
      errors: [{ messageId: 'reachable', subject: 'iot', line: 7, column: 7 }],
    },
    { name: 'no firewall at all', spec: zones(''), errors: [{ messageId: 'reachable', subject: 'iot', line: 7, column: 7 }, { messageId: 'reachable', subject: 'guest', line: 8, column: 7 }] },
  ],
  notApplicable: [{ name: 'no management VLAN', spec: `${HEADER}network:\n  vlans:\n    - { id: iot, vid: 30, zone: iot }\n` }],
});

ruleTester.run(zoneNotIsolated, {
  valid: [
    ...documentedExamples(zoneNotIsolated, []).valid,
    { name: 'default deny', spec: zones('  firewall:\n    defaultPolicy: deny\n') },
  ],
  invalid: [
    ...documentedExamples(zoneNotIsolated, [{ messageId: 'reachable', subject: 'iot', line: 6, column: 7 }]).invalid,
    {
      name: 'guest denied, IoT allowed to a trusted port',
      spec: zones('  firewall:\n    defaultPolicy: deny\n    rules:\n      - { from: iot, to: home, action: allow, ports: [8123] }\n'),
      errors: [{ messageId: 'reachable', subject: 'iot', line: 7, column: 7 }],
    },
  ],
  notApplicable: [{ name: 'no firewall declared (the flat-network rule reports it)', spec: zones('') }],
});

ruleTester.run(managementOnUntrustedVlan, {
  ...documentedExamples(managementOnUntrustedVlan, [{ messageId: 'exposed', subject: 'pve1', line: 4, column: 5 }]),
  notApplicable: [{ name: 'no management VLANs named', spec: `${HEADER}hosts:\n  - { id: pve1, role: hypervisor }\n` }],
});

const forward = (line: string) => `${HEADER}hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: web, kind: ct, host: pve1 }
network:
  devices:
    - { id: fw, kind: firewall }
  vpns:
    - { id: wg, kind: wireguard, purpose: remote-access, endpoint: fw, mfa: true }
  portForwards:
${line}`;

ruleTester.run(adminExposedToWan, {
  valid: [
    ...documentedExamples(adminExposedToWan, []).valid,
    { name: 'a web server forward is not an admin interface', spec: forward('    - { id: https, port: 443, to: web }\n') },
  ],
  invalid: [
    ...documentedExamples(adminExposedToWan, [{ messageId: 'forward', subject: 'pve-ui', line: 7, column: 7 }]).invalid,
    { name: 'NAS UI', spec: forward('    - { id: dsm, port: 5001, to: nas }\n'), errors: [{ messageId: 'forward', subject: 'dsm', line: 14, column: 7 }] },
    { name: 'SSH to a guest', spec: forward('    - { port: 22, to: web }\n'), errors: [{ messageId: 'forward', subject: 'web:22', line: 14, column: 7 }] },
    {
      name: 'WAN-side admin on a device',
      spec: `${HEADER}network:\n  devices:\n    - { id: gw, kind: gateway, adminExposedToWan: true }\n`,
      errors: [{ messageId: 'device', subject: 'gw', line: 5, column: 7 }],
    },
  ],
});

ruleTester.run(remoteAccessByPortForward, {
  valid: [
    ...documentedExamples(remoteAccessByPortForward, []).valid,
    { name: 'admin forwards are the other rule\'s', spec: forward('    - { id: pve, port: 8006, to: pve1 }\n') },
  ],
  invalid: [
    ...documentedExamples(remoteAccessByPortForward, [{ messageId: 'forward', subject: 'media', line: 9, column: 7 }]).invalid,
    { name: 'a VPN port on a host that is not its endpoint is not a VPN forward', spec: forward('    - { id: odd, port: 51820, protocol: udp, to: web }\n'), errors: [{ messageId: 'forward', subject: 'odd', line: 14, column: 7 }] },
  ],
  notApplicable: [{ name: 'no port forwards', spec: `${HEADER}hosts:\n  - { id: pve1, role: hypervisor }\n` }],
});

ruleTester.run(remoteAccessWithoutMfa, {
  valid: documentedExamples(remoteAccessWithoutMfa, []).valid,
  invalid: [
    ...documentedExamples(remoteAccessWithoutMfa, [{ messageId: 'noMfa', subject: 'wg-home', line: 7, column: 7 }]).invalid,
    { name: 'MFA not stated', spec: remoteAccessWithoutMfa.meta.examples.failing.replace(', mfa: false', ''), errors: [{ messageId: 'noMfa', subject: 'wg-home', line: 7, column: 7 }] },
  ],
  notApplicable: [{ name: 'site-to-site only', spec: remoteAccessWithoutMfa.meta.examples.failing.replace('remote-access', 'site-to-site') }],
});

ruleTester.run(secretsInInventory, {
  valid: documentedExamples(secretsInInventory, []).valid,
  invalid: [
    ...documentedExamples(secretsInInventory, [{ messageId: 'secret', subject: 'site', line: 4, column: 67 }]).invalid,
    {
      name: 'a token-shaped value',
      spec: `${HEADER}hosts:\n  - id: pve1\n    role: hypervisor\n    notes: "api PVEAPIToken=root@pam!ci=abcdef"\n`,
      errors: [{ messageId: 'secret', subject: 'site', line: 6, column: 12 }],
    },
  ],
});
