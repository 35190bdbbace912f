/**
 * Where alerts go and whether they outlive the infrastructure they watch. An alert route is external
 * when a service outside the site delivers it. Alerts survive the loss of the cluster when a dead
 * man's switch is declared (an outside service alerts when monitoring goes silent), or when an
 * external route is sent by a system that runs outside the hypervisors and cluster nodes (for
 * instance a Raspberry Pi or a VPS), so the loss it should report does not also silence it.
 */
import type { Model } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import type { Placement } from '../placement.js';
import { subjectFacts } from '../subject-facts.js';

/** external-alert-route and alerts-survive-cluster-loss facts of the site. */
export function alertingFacts(model: Model, placement: Placement): Fact[] {
  const facts = subjectFacts('observability', 'site', model.site.source);
  const routes = model.monitoring.alerts;
  const external = routes.filter((route) => route.external);
  const routeInputs = routes.map((route): FactInput => ({ name: route.id, value: `${route.channel} from ${route.from}${route.external ? ', external' : ''}`, unit: 'text', source: route.source }));
  const clusterHosts = new Set([
    ...model.clusters.proxmox.flatMap((cluster) => cluster.nodes.map((node) => node.host)),
    ...model.hosts.filter((host) => host.role === 'hypervisor').map((host) => host.id),
  ]);
  const senders = external.map((route) => ({ route, host: placement.hostOf(route.from) }));
  const outside = senders.filter((sender) => sender.host === undefined || !clusterHosts.has(sender.host));
  const deadMan = model.monitoring.checks.deadMansSwitch === true;
  const survive = deadMan || outside.length > 0;
  const why = deadMan
    ? "a dead man's switch is declared"
    : outside.length > 0
      ? `${outside.map((sender) => `${sender.route.id} is sent from ${sender.host ?? 'outside the inventory'}`).join(', ')}, outside the hypervisors and cluster nodes`
      : external.length === 0
        ? 'no alert route is delivered outside the site'
        : `every external route is sent from a hypervisor or cluster node (${[...new Set(senders.map((sender) => sender.host))].join(', ')}) and no dead man's switch is declared`;
  return [
    facts.known('external-alert-route', external.length > 0, {
      label: 'External alert route',
      unit: 'boolean',
      formula: external.length > 0 ? `delivered outside the site: ${external.map((route) => route.id).join(', ')}` : routes.length === 0 ? 'no alert routes' : 'every alert route is delivered on site',
      inputs: routeInputs,
    }),
    facts.known('alerts-survive-cluster-loss', survive, {
      label: 'Alerts survive cluster loss',
      unit: 'boolean',
      formula: why,
      inputs: [...routeInputs, { name: 'checks.deadMansSwitch', value: model.monitoring.checks.deadMansSwitch ?? false, unit: 'boolean', source: model.site.source }],
    }),
  ];
}
