import { defineRule } from '../../rule.js';
import type { Model, NetworkDevice } from '../../../model/types.js';

/** A controller that holds the configuration of the devices it adopted (UniFi, Omada) and is backed up itself. */
function backedUpController(model: Model, device: NetworkDevice): NetworkDevice | undefined {
  return model.network.devices.find(
    (candidate) => candidate !== device && candidate.services.includes('controller') && candidate.configBackup === true && candidate.vendor !== undefined && candidate.vendor === device.vendor,
  );
}

const CORE_KINDS = new Set(['router', 'firewall', 'gateway']);

export const deviceConfigNotBackedUp = defineRule({
  meta: {
    id: 'network/device-config-not-backed-up',
    layer: 'network',
    title: 'Network device configuration not backed up',
    severity: 'medium',
    rationale:
      'Firewall rules, VLANs, DHCP reservations and VPN peers take hours to rebuild from memory. When a router or switch dies or an upgrade goes wrong, a configuration backup turns that into a restore of minutes.',
    remediation: 'Export the configuration off the device on a schedule: OPNsense "System > Configuration > Backups" (or its Git/Nextcloud backup plugin), UniFi/Omada controller auto-backup to off-device storage, RouterOS "/export" pulled by a script or Oxidized.',
    references: ['https://docs.opnsense.org/manual/backups.html', 'https://github.com/ytti/oxidized'],
    messages: {
      notBackedUp: '{kind} "{device}" has no configuration backup.',
      unknown: '{kind} "{device}" does not say whether its configuration is backed up.',
    },
    examples: {
      failing: `version: 1
site: { name: Example }
network:
  devices:
    - { id: fw, kind: firewall, configBackup: false }
`,
      passing: `version: 1
site: { name: Example }
network:
  devices:
    - { id: fw, kind: firewall, configBackup: true }
`,
    },
  },
  subjects: ({ model }) => model.network.devices.filter((device) => CORE_KINDS.has(device.kind) || device.kind === 'switch'),
  check(device, context) {
    if (device.configBackup === true || backedUpController(context.model, device)) return;
    const kind = device.kind.charAt(0).toUpperCase() + device.kind.slice(1);
    // An unmanaged or unstated switch is left alone; a router or firewall always has configuration worth keeping.
    if (device.configBackup === false) context.report({ messageId: 'notBackedUp', data: { kind, device: device.id } });
    else if (CORE_KINDS.has(device.kind)) context.report({ messageId: 'unknown', data: { kind, device: device.id } });
  },
});
