/**
 * The remote-access decision. Figures: open inbound ports after the change (the port forwards that
 * stay, plus the method's own listener), whether it works with this WAN (carrier-grade NAT admits no
 * inbound connection), MFA, per-user ACLs, the control plane outside the site, throughput and cost.
 * Throughput: no sourced figure gives WireGuard or OpenVPN rates on a given gateway CPU, so the bound
 * is the WAN upload goodput (network analyzer fact) and the tunnel's own rate is measured.
 */
import type { Fact } from '../../../analyze/fact.js';
import type { Model, NetworkDevice, PortForward, Vpn, Wan } from '../../../model/types.js';
import { adminTarget, isVpnForward } from '../../../rules/queries/port-forwards.js';
import type { Column, Decision, DesignContext, Option } from '../../blueprint.js';
import { checkColumns, factRef, optionFigures } from '../../figures.js';
import type { PriceEntry } from '../../price-book.js';
import { platformOf } from '../../../model/device-platform.js';
import { ACCESS_METHODS, BLUEPRINT, offersMfa, type AccessMethod } from './access-catalog.js';

const columns: readonly Column[] = [
  { key: 'inbound', label: 'Open inbound ports', unit: 'count', better: 'lower' },
  { key: 'works', label: 'Works with this WAN', unit: 'boolean', better: 'higher' },
  { key: 'network', label: 'Reaches any host and port (SSH, SMB, RDP)', unit: 'boolean', better: 'higher' },
  { key: 'outside', label: 'Control plane outside the site', unit: 'text', better: 'none' },
  { key: 'mfa', label: 'Second factor at login', unit: 'boolean', better: 'higher' },
  { key: 'acls', label: 'Access limited per user', unit: 'text', better: 'none' },
  { key: 'throughput', label: 'Remote throughput bound', unit: 'bits-per-second', better: 'higher' },
  { key: 'cost', label: 'Running cost per year', unit: 'money', better: 'lower' },
];

export interface AccessContext {
  readonly context: DesignContext;
  /** The device that terminates the WAN. */
  readonly gateway?: NetworkDevice;
  readonly wan?: Wan;
  /** Remote-access VPNs today. */
  readonly current: readonly Vpn[];
  /** Port forwards that stay: neither to an admin interface nor for a remote-access VPN. */
  readonly keptForwards: readonly PortForward[];
  readonly currency: string;
}

/** Reads what the decision rests on from the model. */
export function accessContext(context: DesignContext, currency: string): AccessContext {
  const { model } = context;
  const wan = model.network.wan[0];
  const gateway = model.network.devices.find((device) => device.id === wan?.device);
  const current = model.network.vpns.filter((vpn) => vpn.purpose === 'remote-access');
  return { context, ...(gateway !== undefined ? { gateway } : {}), ...(wan !== undefined ? { wan } : {}), current, keptForwards: keptForwards(model), currency };
}

/** Forwards the design keeps: the rest reach admin interfaces or carry a remote-access VPN the design replaces. */
export function keptForwards(model: Model): PortForward[] {
  return model.network.portForwards.filter((forward) => adminTarget(model, forward) === undefined && !isVpnForward(model, forward));
}

export interface AccessChoice {
  readonly method: AccessMethod;
  /** The current VPN kept as it is. */
  readonly keep?: Vpn;
  readonly yearly?: PriceEntry;
}

/** The remote-access decision. */
export function accessDecision(access: AccessContext): { readonly decision: Decision; readonly choice: AccessChoice } {
  const { context, gateway, wan, currency } = access;
  const platform = platformOf(gateway);
  const cgnat = wan?.cgnat === true;
  const upload: Fact | undefined = wan === undefined ? undefined : context.analysis.byId.get(`network/${wan.id}/up-goodput`);
  const options: Option[] = ACCESS_METHODS.map((method) => {
    const make = optionFigures(BLUEPRINT, 'method', method.id, 'security');
    const mfa = offersMfa(method, platform);
    const works = method.listen === undefined || !cgnat;
    const yearly = method.yearlyPrice !== undefined ? context.prices.price(method.yearlyPrice) : undefined;
    const inbound = access.keptForwards.length + (method.listen !== undefined ? 1 : 0);
    const whyNot = [
      ...(works ? [] : [`it needs inbound ${method.listen?.protocol.toUpperCase()} ${method.listen?.port}, and ${wan?.id} is behind carrier-grade NAT (wan.cgnat): no connection from the internet reaches the site`]),
      ...(method.onGateway && gateway === undefined ? ['no gateway in the spec terminates the WAN'] : []),
      ...(method.onGateway && platform === 'other' && gateway !== undefined ? [`${gateway.id}'s platform is not known to run it`] : []),
    ];
    return {
      id: method.id,
      title: method.title,
      summary: `MFA: ${method.mfaHow}; ACLs: ${method.aclHow}.`,
      figures: [
        make('inbound', { label: 'Open inbound ports', unit: 'count', value: inbound, formula: `${access.keptForwards.length} port forward(s) that stay${method.listen !== undefined ? ` + ${method.listen.protocol.toUpperCase()} ${method.listen.port} for the VPN` : '; the connection is outbound from the site'}`, inputs: access.keptForwards.map((forward) => ({ name: forward.id ?? `${forward.to}:${String(forward.port)}`, value: String(forward.port), unit: 'text' as const, source: forward.source })), reference: method.reference }),
        make('works', { label: 'Works with this WAN', unit: 'boolean', value: works, formula: method.listen === undefined ? 'outbound connections only: works behind carrier-grade NAT' : 'needs a public address: not behind carrier-grade NAT', inputs: [{ name: 'wan.cgnat', value: cgnat, unit: 'boolean', ...(wan?.source !== undefined ? { source: wan.source } : {}), ...(wan?.cgnat === undefined ? { assumed: true } : {}) }] }),
        make('network', { label: 'Reaches any host and port (SSH, SMB, RDP)', unit: 'boolean', value: method.networkAccess, formula: method.networkAccess ? 'routes to the LAN subnets' : 'publishes web applications; private networks need the WARP client on every device', reference: method.reference }),
        make('outside', { label: 'Control plane outside the site', unit: 'text', value: method.controlPlane ?? 'none', formula: method.controlPlane === undefined ? 'clients connect straight to the site' : 'must be up for a client to log in or reach the site', reference: method.reference }),
        make('mfa', { label: 'Second factor at login', unit: 'boolean', value: mfa, formula: `${method.mfaHow}${typeof method.mfa !== 'boolean' ? ` (on ${platform})` : ''}`, reference: method.reference }),
        make('acls', { label: 'Access limited per user', unit: 'text', value: method.aclHow, formula: 'documented mechanism' }),
        make('throughput', { label: 'Remote throughput bound', unit: 'bits-per-second', value: upload?.status === 'known' ? (upload.value as number) : null, formula: 'WAN upload goodput: remote users download through the site\'s upload; the tunnel\'s own rate on this hardware is not sourced, measure it with iperf3 through the tunnel', inputs: wan === undefined ? [] : [factRef('WAN upload goodput', upload, `network/${wan.id}/up-goodput`, 'bits-per-second')], question: 'No WAN uplink in the spec, so the remote throughput bound is unknown.' }),
        make('cost', { label: 'Running cost per year', unit: 'money', value: yearly?.price.amount ?? 0, currency: yearly?.price.currency ?? currency, formula: yearly !== undefined ? `${yearly.item} (${yearly.note})` : method.controlPlane !== undefined ? 'free tier (assumed; check the user limit of the plan)' : 'runs on the gateway' }),
      ],
      pros: [
        ...(method.controlPlane === undefined ? ['Nothing outside the site has to be up'] : []),
        ...(method.listen === undefined ? ['No open port: nothing to scan, works behind CGNAT'] : []),
        ...(mfa ? [`MFA: ${method.mfaHow}`] : []),
      ],
      cons: [
        ...(method.controlPlane !== undefined ? [`${method.controlPlane} is a single point of failure outside the site: when it is down, nobody can log in`] : []),
        ...(!mfa ? ['No second factor: a stolen device key is a way in until the peer is revoked'] : []),
        ...(method.id === 'tailscale' || method.id === 'headscale' ? ['Relayed (DERP) connections when both ends are behind NAT are slower than direct ones'] : []),
        ...(!method.networkAccess ? ['Web apps only without the WARP client'] : []),
      ],
      viable: whyNot.length === 0,
      whyNot,
    };
  });
  checkColumns(columns, options);
  const byId = new Map(ACCESS_METHODS.map((method) => [method.id, method] as const));
  const figure = (option: Option, column: string) => option.figures.find((entry) => entry.column === column)?.fact.value;
  const currentKinds = new Set(access.current.map((vpn) => vpn.kind));
  // Keep a VPN that already satisfies every remote-access rule: replacing it trades one dependency for another.
  const satisfied = access.current.find((vpn) => vpn.mfa === true && vpn.acls === true && options.some((option) => byId.get(option.id as never)?.vpnKind === vpn.kind && option.viable));
  const rank = (option: Option) => [
    option.viable ? 0 : 1,
    satisfied !== undefined && byId.get(option.id as never)?.vpnKind === satisfied.kind ? 0 : 1,
    figure(option, 'network') === true ? 0 : 1,
    figure(option, 'outside') === 'none' ? 0 : 1,
    figure(option, 'mfa') === true ? 0 : 1,
    Number(figure(option, 'inbound') ?? 0),
    Number(figure(option, 'cost') ?? 0),
    currentKinds.has(byId.get(option.id as never)?.vpnKind ?? 'other') ? 0 : 1,
  ];
  const chosen = [...options].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let index = 0; index < x.length; index++) if ((x[index] as number) !== (y[index] as number)) return (x[index] as number) - (y[index] as number);
    return 0;
  })[0] as Option;
  const method = byId.get(chosen.id as never) as AccessMethod;
  const keep = access.current.find((vpn) => vpn.kind === method.vpnKind);
  const rejected = options.filter((option) => !option.viable).map((option) => `${option.title}: ${option.whyNot.join('; ')}`);
  const rationale = [
    satisfied !== undefined && satisfied.kind === method.vpnKind
      ? `${satisfied.id} (${satisfied.kind}) already has MFA and per-user ACLs, so it stays [security/remote-access-without-mfa]; ${method.controlPlane !== undefined ? `its control plane (${method.controlPlane}) is the one dependency outside the site, named as a risk` : 'nothing outside the site is involved'}.`
      : `Ranked by: works with this WAN${cgnat ? ' (carrier-grade NAT: no inbound connections)' : ''}, reaches the whole network, no control plane outside the site, MFA [security/remote-access-without-mfa], fewest open ports [security/remote-access-by-port-forward], cost. ${chosen.title} comes first${figure(chosen, 'mfa') === true ? ' with MFA' : ', but without MFA: no method without an outside control plane offers it on this gateway'}.`,
    ...(rejected.length > 0 ? [`Ruled out: ${rejected.join('; ')}.`] : []),
    `Remote throughput is bounded by the WAN upload goodput${typeof figure(chosen, 'throughput') === 'number' ? '' : ' (unknown)'}.`,
  ].join(' ');
  return {
    decision: {
      id: 'method',
      question: 'How do people reach the site from outside?',
      columns,
      options,
      choice: { optionId: chosen.id, rationale, cites: { rules: ['security/remote-access-without-mfa', 'security/remote-access-by-port-forward', 'security/admin-exposed-to-wan'], facts: [...chosen.figures.map((entry) => entry.fact.id), ...(upload !== undefined ? [upload.id] : [])] } },
    },
    choice: { method, ...(keep !== undefined ? { keep } : {}), ...(method.yearlyPrice !== undefined ? { yearly: context.prices.price(method.yearlyPrice) } : {}) },
  };
}
