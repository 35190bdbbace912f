/**
 * The remote-access transform: the chosen method becomes (or stays) the site's remote-access VPN,
 * with its subnet router as a small container where the gateway cannot run it; the VPNs it replaces,
 * port forwards to admin interfaces and the replaced VPNs' forwards are removed, and no admin
 * interface answers on the WAN any more. Site-to-site links are left alone.
 */
import { isNumericFact } from '../../../analyze/fact.js';
import type { Analysis } from '../../../analyze/run-analysis.js';
import { compareText } from '../../../intake/diagnostic.js';
import { addEntity, entityKey, removeEntity, updateEntity } from '../../../model/collections.js';
import { platformOf } from '../../../model/device-platform.js';
import { MiB, bytes, GB } from '../../../model/quantities.js';
import type { Model, NetworkDevice, PortForward, Vpn } from '../../../model/types.js';
import { adminTarget, isVpnForward } from '../../../rules/queries/port-forwards.js';
import type { Purchase } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { helperContainer } from '../../helper-container.js';
import { uniqueId } from '../../model-helpers.js';
import { purchase } from '../../purchase.js';
import { BLUEPRINT, offersMfa } from './access-catalog.js';
import type { AccessChoice, AccessContext } from './access-options.js';

const source = blueprintSource(BLUEPRINT);
/** Memory given to a subnet router or tunnel container: a planning figure, stated as an assumption. */
export const ROUTER_MEMORY = bytes(512 * MiB);
const VPN_IDS: Readonly<Record<string, string>> = { wireguard: 'wg-remote', tailscale: 'tailnet', headscale: 'headscale', openvpn: 'openvpn-remote', 'cloudflare-tunnel': 'cf-tunnel' };

export interface AccessTransform {
  readonly model: Model;
  readonly vpnId: string;
  readonly routerId?: string;
  readonly removedVpns: readonly string[];
  readonly removedForwards: readonly string[];
  readonly addedForward?: string;
  readonly purchases: readonly Purchase[];
}

/** The hypervisor with the most free guest memory (compute facts), ties by id. */
export function roomiestHypervisor(model: Model, analysis: Analysis): string | undefined {
  const free = (id: string) => {
    const fact = analysis.byId.get(`compute/${id}/memory-headroom`);
    return isNumericFact(fact) ? fact.value : Number.NEGATIVE_INFINITY;
  };
  return model.hosts
    .filter((host) => host.role === 'hypervisor')
    .map((host) => host.id)
    .sort((a, b) => free(b) - free(a) || compareText(a, b))[0];
}

/** The target for `choice`. */
export function transformAccess(access: AccessContext, choice: AccessChoice): AccessTransform {
  const { context, gateway } = access;
  const { model } = context;
  const method = choice.method;
  const platform = platformOf(gateway);
  let next = model;
  let routerId: string | undefined;
  let vpnId: string;
  const purchases: Purchase[] = [];
  if (choice.keep !== undefined) {
    vpnId = choice.keep.id;
    next = updateEntity<Vpn>(next, 'network.vpns', vpnId, (entity) => ({ ...entity, acls: true, ...(offersMfa(method, platform) ? { mfa: true } : {}) }));
  } else {
    vpnId = uniqueId(next, VPN_IDS[method.id] ?? method.id);
    // OPNsense and pfSense run Tailscale as a plugin; elsewhere a small container is the subnet router.
    const onGateway = method.onGateway || (method.id === 'tailscale' && (platform === 'opnsense' || platform === 'pfsense'));
    let endpoint = gateway?.id ?? '';
    if (!onGateway) {
      const host = roomiestHypervisor(next, context.analysis);
      routerId = uniqueId(next, method.id === 'cloudflare-tunnel' ? 'cloudflared' : `${method.id}-router`, new Set([vpnId]));
      const router = helperContainer(next, { id: routerId, name: method.id === 'cloudflare-tunnel' ? 'cloudflared (Cloudflare Tunnel connector)' : `${method.title.split(' ')[0]} subnet router`, kind: 'ct', host, vcpu: 1, memory: ROUTER_MEMORY, disk: bytes(4 * GB), criticality: 'medium', source });
      next = addEntity(next, 'workloads', router);
      endpoint = routerId;
    }
    const replaced = access.current.filter((vpn) => vpn.kind !== method.vpnKind);
    const vpn = {
      id: vpnId,
      kind: method.vpnKind,
      purpose: 'remote-access',
      endpoint,
      ...(replaced.some((entry) => entry.peers !== undefined) ? { peers: [...new Set(replaced.flatMap((entry) => entry.peers ?? []))] } : {}),
      mfa: offersMfa(method, platform),
      acls: true,
      ...(method.controlPlane !== undefined ? { notes: `Control plane: ${method.controlPlane}` } : {}),
      source,
    } as unknown as Vpn;
    next = addEntity(next, 'network.vpns', vpn);
    if (choice.yearly !== undefined) purchases.push(purchase(choice.yearly, 1, vpnId));
  }
  const removedVpns = access.current.filter((vpn) => vpn.id !== vpnId).map((vpn) => vpn.id);
  const keptEndpoint = choice.keep?.endpoint;
  const dropped = model.network.portForwards.filter((forward) => adminTarget(model, forward) !== undefined || (isVpnForward(model, forward) && forward.to !== keptEndpoint));
  for (const forward of dropped) next = removeEntity(next, 'network.portForwards', entityKey('network.portForwards', forward as never));
  for (const id of removedVpns) next = removeEntity(next, 'network.vpns', id);
  let addedForward: string | undefined;
  const vpn = next.network.vpns.find((entry) => entry.id === vpnId) as Vpn;
  if (method.listen !== undefined && choice.keep === undefined && vpn.endpoint !== access.wan?.device) {
    addedForward = uniqueId(next, method.id);
    next = addEntity(next, 'network.portForwards', { id: addedForward, port: method.listen.port, protocol: method.listen.protocol, to: vpn.endpoint, service: method.title, source } as unknown as PortForward);
  }
  for (const device of next.network.devices.filter((candidate) => candidate.adminExposedToWan === true)) {
    next = updateEntity<NetworkDevice>(next, 'network.devices', device.id, (entity) => ({ ...entity, adminExposedToWan: false }));
  }
  return { model: next, vpnId, ...(routerId !== undefined ? { routerId } : {}), removedVpns, removedForwards: dropped.map((forward) => forward.id ?? `${forward.to}:${String(forward.port)}`), ...(addedForward !== undefined ? { addedForward } : {}), purchases };
}
