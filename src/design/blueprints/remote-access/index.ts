/**
 * Blueprint remote-access: how people reach the site from outside. WireGuard, Tailscale, Headscale,
 * OpenVPN and a Cloudflare tunnel are compared on exposure (open inbound ports), whether they work
 * with this WAN (carrier-grade NAT admits no inbound VPN), MFA, ACLs, the control plane they need
 * outside the site (a single point of failure the site cannot fix) and throughput (bounded by the
 * WAN upload). The target replaces port forwards to admin interfaces with the chosen method.
 */
import { formatRate } from '../../../intake/units/index.js';
import { bitsPerSecond } from '../../../model/quantities.js';
import { defineBlueprint, type Design, type Mapping, type Risk } from '../../blueprint.js';
import { figureValue } from '../../figures.js';
import { matchKeywords } from '../../keyword-match.js';
import { purchaseAssumptions } from '../../purchase.js';
import { currencyOf } from '../proxmox-cluster/cluster-context.js';
import { BLUEPRINT } from './access-catalog.js';
import { accessContext, accessDecision } from './access-options.js';
import { ROUTER_MEMORY, transformAccess } from './transform.js';

export const remoteAccess = defineBlueprint({
  id: BLUEPRINT,
  title: 'Remote access',
  summary: 'WireGuard vs Tailscale/Headscale vs OpenVPN vs a tunnel: exposure, CGNAT, MFA, ACLs, outside dependencies, throughput',
  example: 'Set up secure remote access to the homelab with MFA instead of port forwards',
  keywords: [
    { term: 'remote access', synonyms: ['access from outside', 'from anywhere', 'from home', 'work from home', 'while travelling', 'remote users'], weight: 3 },
    { term: 'vpn', synonyms: ['wireguard', 'tailscale', 'headscale', 'openvpn', 'zerotier', 'netbird'], weight: 3 },
    { term: 'cloudflare tunnel', synonyms: ['cloudflared', 'zero trust', 'tunnel'], weight: 3 },
    { term: 'port forward', synonyms: ['port forwarding', 'exposed', 'expose'], weight: 1 },
    { term: 'cgnat', synonyms: ['carrier grade nat', 'no public ip'], weight: 2 },
    { term: 'mfa', synonyms: ['2fa', 'two factor', 'second factor'], weight: 1 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const currency = currencyOf(context.model);
    const access = accessContext(context, currency);
    const { decision, choice } = accessDecision(access);
    const built = transformAccess(access, choice);
    const method = choice.method;
    const chosen = decision.options.find((option) => option.id === decision.choice.optionId);
    const throughput = chosen === undefined ? null : figureValue(chosen, 'throughput');
    const kept = access.keptForwards;
    const vpn = built.model.network.vpns.find((entry) => entry.id === built.vpnId);
    const mappings: Mapping[] = [
      ...access.current.filter((entry) => built.removedVpns.includes(entry.id)).map((entry) => ({ item: `remote access ${entry.id} (${entry.kind})`, from: entry.endpoint, to: `${built.vpnId} (${method.title}) on ${vpn?.endpoint}` })),
      ...built.removedForwards.map((id) => ({ item: `port forward ${id}`, from: 'open to the internet', to: `removed: reached through ${built.vpnId}` })),
      ...(built.addedForward !== undefined ? [{ item: `port forward ${built.addedForward}`, from: 'none', to: `${method.listen?.protocol.toUpperCase()} ${method.listen?.port} to ${vpn?.endpoint}` }] : []),
    ];
    const users = vpn?.peers?.join(', ') ?? 'remote users';
    const risks: Risk[] = [
      ...(method.controlPlane !== undefined ? [{ id: 'remote-access/outside-control-plane', description: `${method.controlPlane} is a single point of failure outside the site: when it is down or the account is locked, ${users} cannot connect, and nobody at the site can fix it.`, blastRadius: [built.vpnId], mitigation: access.wan?.cgnat === true ? 'Keep a second way in that does not depend on it (a console at the site, or a friend with a key); watch the provider\'s status page.' : 'Keep a break-glass WireGuard peer on the gateway, disabled, for when the control plane is down.' }] : []),
      ...(vpn?.mfa !== true ? [{ id: 'remote-access/no-second-factor', description: `${built.vpnId} authenticates devices by key only: a stolen laptop or phone is a way in until its peer is revoked [security/remote-access-without-mfa].`, blastRadius: [built.vpnId], mitigation: 'One key per device, never shared; revoke a lost device at once; limit each peer\'s AllowedIPs to what its user needs.' }] : []),
      ...(built.removedVpns.length > 0 ? [{ id: 'remote-access/re-enrolment', description: `${users} must enrol in ${built.vpnId} before ${built.removedVpns.join(', ')} goes away.`, blastRadius: [built.vpnId, ...built.removedVpns], mitigation: 'Run both for a week; remove the old one when its handshake log shows no user.' }] : []),
      ...(kept.length > 0 ? [{ id: 'remote-access/kept-forwards', description: `${kept.map((forward) => `${forward.protocol} ${String(forward.port)} → ${forward.to}`).join(', ')} stay open to the internet.`, blastRadius: [...new Set(kept.map((forward) => forward.to))], mitigation: 'Publish them through the VPN or a reverse proxy with authentication, or keep them patched and monitored.' }] : []),
    ];
    const inbound = chosen === undefined ? 0 : Number(figureValue(chosen, 'inbound') ?? 0);
    const validation = [
      `From a phone on mobile data: connect to ${built.vpnId}${vpn?.mfa === true ? ', pass the second factor,' : ''} and reach a service and an admin UI the user may use`,
      `An external port scan of the WAN address shows ${inbound === 0 ? 'no open port' : `only ${inbound} open port${inbound === 1 ? '' : 's'}`}${method.id === 'wireguard' ? ` (UDP ${method.listen?.port} is open but silent: WireGuard does not answer unauthenticated packets)` : ''}`,
      'A user without admin rights cannot reach the management VLAN through the VPN (ACL test)',
      `iperf3 through the tunnel from outside: at most ${typeof throughput === 'number' ? formatRate(bitsPerSecond(throughput)) : 'the WAN upload'} (the upload goodput); note the measured figure`,
    ];
    return {
      blueprint: BLUEPRINT,
      title: 'Remote access',
      summary: `${choice.keep !== undefined ? `Keep ${choice.keep.id} (${method.title})` : `${method.title} as ${built.vpnId}`}${built.routerId !== undefined ? `, its connector in container ${built.routerId}` : ''}; ${built.removedVpns.length > 0 ? `replaces ${built.removedVpns.join(', ')}; ` : ''}${built.removedForwards.length > 0 ? `closes ${built.removedForwards.length} port forward(s); ` : ''}${inbound} inbound port${inbound === 1 ? '' : 's'} open${method.controlPlane !== undefined ? `; depends on ${method.controlPlane}` : '; no dependency outside the site'}.`,
      decisions: [decision],
      target: built.model,
      purchases: built.purchases,
      risks,
      validation,
      rollback: [
        ...(built.removedVpns.length > 0 ? [`Until ${built.removedVpns.join(', ')} is deleted: re-enable it; its peers still have their configs`] : []),
        ...(built.removedForwards.length > 0 ? ['Restore the removed port forwards from the gateway configuration backup'] : []),
        `Disable ${built.vpnId}${built.routerId !== undefined ? ` and stop ${built.routerId}` : ''}`,
      ],
      assumptions: [
        ...purchaseAssumptions(context.prices, built.purchases),
        ...(access.wan !== undefined && access.wan.cgnat === undefined ? [{ id: `design/${BLUEPRINT}/public-address`, text: `${access.wan.id} does not say whether it is behind carrier-grade NAT; it is taken to have a public IPv4 address (set wan.cgnat if not).`, sources: [access.wan.source] }] : []),
        ...(built.routerId !== undefined ? [{ id: `design/${BLUEPRINT}/router-memory`, text: `The ${built.routerId} container gets ${ROUTER_MEMORY / 2 ** 20} MiB of memory, a planning figure.`, sources: [] }] : []),
        { id: `design/${BLUEPRINT}/free-tiers`, text: 'Hosted control planes (Tailscale, Cloudflare Zero Trust) are taken at their free tiers; check the plan\'s user limits.', sources: [] },
      ],
      openQuestions: [{ id: `design/${BLUEPRINT}/tunnel-throughput`, subject: built.vpnId, text: `What throughput does ${built.vpnId} reach? No sourced figure gives it on this hardware; measure with iperf3 through the tunnel (the WAN upload bounds it).` }],
      mappings,
    };
  },
});
