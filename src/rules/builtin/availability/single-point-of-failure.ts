import { compareText } from '../../../intake/diagnostic.js';
import type { Spof } from '../../../failure/spof.js';
import { defineRule, type Subject } from '../../rule.js';

/**
 * Component kinds judged here. A lone disk is storage/critical-data-without-redundancy's finding; the
 * utility feed is left out because a site almost always has one, and the UPS it feeds is judged instead.
 */
const JUDGED = new Set(['device', 'link', 'nic', 'ups', 'pdu', 'wan', 'host']);
const KIND_WORDS: Readonly<Record<string, string>> = { device: 'network device', link: 'cable', nic: 'NIC', ups: 'UPS', pdu: 'PDU', feed: 'power feed', wan: 'WAN uplink', host: 'host' };

interface SpofSubject extends Subject {
  readonly spof: Spof;
  readonly critical: readonly string[];
  readonly high: readonly string[];
}

export const singlePointOfFailure = defineRule({
  meta: {
    id: 'availability/single-point-of-failure',
    layer: 'availability',
    title: 'Single point of failure for critical services',
    severity: 'high',
    rationale:
      'A component whose failure alone takes down critical or high services (one switch, router, uplink, UPS or host in their path) turns any ordinary hardware fault into an outage of what matters most. The failure model removes each component in turn and follows the dependencies to find them.',
    remediation: 'Add redundancy where the path is single (a second switch with uplinks from each host, a second PSU on another feed or UPS, HA on a second node, a backup WAN), or accept the risk explicitly with a waiver and a reason.',
    references: ['https://pve.proxmox.com/pve-docs/chapter-ha-manager.html', 'https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_network_bond', 'https://sre.google/sre-book/embracing-risk/'],
    messages: { spof: '{what} "{name}" is a single point of failure: losing it takes down {services}.' },
    needs: ['failure'],
    examples: {
      failing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: dns, kind: ct, host: pve1, criticality: critical }
`,
      passing: `version: 1
site: { name: Example }
hosts:
  - { id: pve1, role: hypervisor }
workloads:
  - { id: media, kind: ct, host: pve1, criticality: low }
`,
    },
  },
  subjects: ({ model, failure }) => {
    if (!failure) return [];
    const criticality = new Map(model.workloads.map((workload) => [workload.id, workload.criticality]));
    // Every judged component is a subject, so a site without SPOFs passes rather than being "not applicable".
    const spofs = new Map(failure.spofs.map((spof) => [spof.component, spof]));
    return failure.graph.nodes
      .filter((node) => JUDGED.has(node.kind) && node.failable)
      .flatMap((node): SpofSubject[] => {
        const spof = spofs.get(node.id);
        const down = (spof?.takesDown.workload ?? []).map((id) => id.slice(id.indexOf(':') + 1)).sort(compareText);
        const source = node.source ?? model.site.source;
        return [
          {
            id: node.name,
            source,
            spof: spof ?? ({ component: node.id, kind: node.kind, name: node.name, takesDown: {}, size: 0, rank: 0, workloads: { critical: 0, high: 0, medium: 0, low: 0 }, mitigation: '' } as Spof),
            critical: down.filter((id) => criticality.get(id) === 'critical'),
            high: down.filter((id) => criticality.get(id) === 'high'),
          },
        ];
      });
  },
  check(subject: SpofSubject, context) {
    if (subject.critical.length === 0 && subject.high.length === 0) return;
    const services = [...(subject.critical.length > 0 ? [`critical ${subject.critical.join(', ')}`] : []), ...(subject.high.length > 0 ? [`high ${subject.high.join(', ')}`] : [])].join('; ');
    const what = KIND_WORDS[subject.spof.kind] ?? subject.spof.kind;
    context.report({
      messageId: 'spof',
      data: { what: what.charAt(0).toUpperCase() + what.slice(1), name: subject.spof.name, services },
      blastRadius: [...subject.critical, ...subject.high],
      ...(subject.spof.mitigation ? { mitigation: subject.spof.mitigation } : {}),
    });
  },
});
