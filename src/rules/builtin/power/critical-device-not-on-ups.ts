import { compareText } from '../../../intake/diagnostic.js';
import type { Model } from '../../../model/types.js';
import { atLeast, hostOf } from '../../queries/backup-graph.js';
import { powerKnown, upsesFeeding } from '../../queries/power-path.js';
import { defineRule, type Subject } from '../../rule.js';

interface Device extends Subject {
  readonly why: string;
  readonly affected: readonly string[];
}

/** Hosts that run critical or high workloads, and the routers, firewalls and switches everything passes through. */
function criticalDevices(model: Model): Device[] {
  const devices: Device[] = [];
  for (const host of model.hosts) {
    const affected = model.workloads.filter((workload) => atLeast(workload, 'high') && hostOf(model, workload) === host.id).map((workload) => workload.id).sort(compareText);
    if (affected.length > 0) devices.push({ id: host.id, source: host.source, why: `runs ${affected.join(', ')}`, affected });
  }
  for (const device of model.network.devices) {
    if (['router', 'firewall', 'gateway', 'switch', 'modem', 'ont'].includes(device.kind)) devices.push({ id: device.id, source: device.source, why: `is the site's ${device.kind}`, affected: [] });
  }
  return devices;
}

export const criticalDeviceNotOnUps = defineRule({
  meta: {
    id: 'power/critical-device-not-on-ups',
    layer: 'power',
    title: 'Critical device not on a UPS',
    severity: 'high',
    rationale:
      'A power blip reboots whatever is not on the UPS. When that is a host running critical services, or the router or switch they are reached through, the UPS protecting the rest buys nothing: services drop anyway and hosts may crash mid-write.',
    remediation: 'Plug the device into the UPS (or a PDU fed by it), and add it to the UPS\'s shutdown plan; check the UPS load stays below 80 % afterwards.',
    references: ['https://networkupstools.org/docs/user-manual.chunked/index.html', 'https://pve.proxmox.com/pve-docs/chapter-ha-manager.html'],
    messages: { unprotected: '"{device}" {why} but is not powered through a UPS.' },
    examples: {
      failing: `version: 1
site: { name: Example }
power:
  feeds: [{ id: wall }]
  ups: [{ id: ups1, va: 1500VA }]
hosts:
  - { id: pve1, role: hypervisor, power: { feeds: [wall] } }
workloads:
  - { id: dns, kind: ct, host: pve1, criticality: critical }
`,
      passing: `version: 1
site: { name: Example }
power:
  feeds: [{ id: wall }]
  ups: [{ id: ups1, va: 1500VA, feed: wall }]
hosts:
  - { id: pve1, role: hypervisor, power: { feeds: [ups1] } }
workloads:
  - { id: dns, kind: ct, host: pve1, criticality: critical }
`,
    },
  },
  // Without a UPS on site the finding is the failure model's; without power data there is nothing to judge.
  subjects: ({ model }) => (model.power.ups.length === 0 ? [] : criticalDevices(model).filter((device) => powerKnown(model, device.id))),
  check(device: Device, context) {
    if (upsesFeeding(context.model, device.id).length > 0) return;
    context.report({ messageId: 'unprotected', data: { device: device.id, why: device.why }, blastRadius: device.affected });
  },
});
