/**
 * Words that name what something is: a host's role ("NAS", "Proxmox node", "pfSense box"), a
 * network device's kind, a VLAN's zone, a workload's kind, a backup tool, a monitoring system, an
 * alert channel. Each table is tried in order; the first pattern that matches wins.
 */
import type { hostRoles } from '../../model/schema/hosts.js';
import type { zones } from '../../model/schema/network.js';

type HostRole = (typeof hostRoles)[number];
type Zone = (typeof zones)[number];

/** A pattern and what it means; `os` is the software the words name, when they name one. */
export interface RoleWord<T> {
  readonly pattern: RegExp;
  readonly value: T;
  readonly os?: string;
}

/** Host roles and the software that implies them. */
export const hostRoleWords: readonly RoleWord<HostRole>[] = [
  { pattern: /\b(proxmox\s+backup\s+server|pbs)\b/i, value: 'backup-server', os: 'Proxmox Backup Server' },
  { pattern: /\b(proxmox(\s*ve)?|pve)\b/i, value: 'hypervisor', os: 'Proxmox VE' },
  { pattern: /\b(esxi|vmware|xcp-?ng|hyper-?v|hypervisor|virtuali[sz]ation\s+host)\b/i, value: 'hypervisor' },
  { pattern: /\btruenas(\s+(scale|core))?\b/i, value: 'nas', os: 'TrueNAS' },
  { pattern: /\bunraid\b/i, value: 'nas', os: 'Unraid' },
  { pattern: /\b(openmediavault|omv)\b/i, value: 'nas', os: 'OpenMediaVault' },
  { pattern: /\b(synology|dsm|qnap|nas)\b/i, value: 'nas' },
  { pattern: /\bopnsense\b/i, value: 'firewall', os: 'OPNsense' },
  { pattern: /\bpfsense\b/i, value: 'firewall', os: 'pfSense' },
  { pattern: /\b(firewall)\b/i, value: 'firewall' },
  { pattern: /\b(router|openwrt)\b/i, value: 'router' },
  { pattern: /\b(raspberry\s*pi|rpi\s*\d?|pi\s*[345]\b|sbc|odroid|rock\s*pi)\b/i, value: 'sbc' },
  { pattern: /\b(backup\s+server)\b/i, value: 'backup-server' },
  { pattern: /\b(workstation|desktop|gaming\s+pc)\b/i, value: 'workstation' },
  { pattern: /\b(server|docker\s+host|k8s|kubernetes|k3s)\b/i, value: 'server' },
];

/** Software named in free text, for `os` when no key says it. */
export const osWords: readonly RoleWord<string>[] = [
  { pattern: /\bproxmox\s*ve\s*(\d+(\.\d+)*)/i, value: 'Proxmox VE $1' },
  { pattern: /\btruenas\s+(scale|core)\s*(\d+(\.\d+)*)?/i, value: 'TrueNAS $1 $2' },
  { pattern: /\bopnsense\s*(\d+(\.\d+)*)?/i, value: 'OPNsense $1' },
  { pattern: /\bpfsense\s*(plus\s*)?(\d+(\.\d+)*)?/i, value: 'pfSense $1$2' },
  { pattern: /\b(debian|ubuntu)\s*(\d+(\.\d+)*)?/i, value: '$1 $2' },
];

export type DeviceKind = 'router' | 'firewall' | 'gateway' | 'switch' | 'access-point' | 'modem' | 'ont';

/** What a network device is. */
export const deviceKindWords: readonly RoleWord<DeviceKind>[] = [
  { pattern: /\b(opnsense|pfsense|firewall|fw)\b/i, value: 'firewall' },
  { pattern: /\b(udm|dream\s*machine|ucg|cloud\s+gateway|usg|gateway|fritz!?\s*box)\b/i, value: 'gateway' },
  { pattern: /\b(router|edgerouter|er-?[x\d]|mikrotik\s+hap|openwrt)\b/i, value: 'router' },
  { pattern: /\b(switch|usw|crs\d{3}|gs\d{3})/i, value: 'switch' },
  { pattern: /\b(access\s*point|ap|u6|u7|uap|wi-?fi|eap\d*|mesh)\b/i, value: 'access-point' },
  { pattern: /\b(ont)\b/i, value: 'ont' },
  { pattern: /\b(modem)\b/i, value: 'modem' },
];

/** Vendor and platform names of network gear. */
export const networkVendorWords: readonly RoleWord<string>[] = [
  { pattern: /\b(unifi|ubiquiti|udm|ucg|usw|u6)\b/i, value: 'Ubiquiti' },
  { pattern: /\bmikrotik\b/i, value: 'MikroTik' },
  { pattern: /\bnetgear\b/i, value: 'Netgear' },
  { pattern: /\btp-?link\b/i, value: 'TP-Link' },
  { pattern: /\bprotectli\b/i, value: 'Protectli' },
  { pattern: /\b(avm|fritz)\b/i, value: 'AVM' },
];

/** Software platforms of network devices, with their version when written. */
export const platformWords: readonly RoleWord<string>[] = [
  { pattern: /\bopnsense(\s*\d+(\.\d+)*)?/i, value: 'OPNsense$1' },
  { pattern: /\bpfsense(\s*(plus))?(\s*\d+(\.\d+)*)?/i, value: 'pfSense$1$3' },
  { pattern: /\bunifi\s*os(\s*\d+(\.\d+)*)?/i, value: 'UniFi OS$1' },
  { pattern: /\bopenwrt(\s*\d+(\.\d+)*)?/i, value: 'OpenWrt$1' },
  { pattern: /\brouter\s*os(\s*\d+(\.\d+)*)?/i, value: 'RouterOS$1' },
];

export type DeviceService = 'routing' | 'dhcp' | 'dns' | 'ntp' | 'controller' | 'vpn-server' | 'ids' | 'ddns' | 'poe' | 'wifi' | 'dns-filtering' | 'nat';

/** Services a network device provides. */
export const deviceServiceWords: readonly RoleWord<DeviceService>[] = [
  { pattern: /\bdhcp\b/i, value: 'dhcp' },
  { pattern: /\bdns\b/i, value: 'dns' },
  { pattern: /\bntp\b/i, value: 'ntp' },
  { pattern: /\b(controller|unifi\s+network\s+app)/i, value: 'controller' },
  { pattern: /\b(wireguard|openvpn|vpn\s*server|ipsec)\b/i, value: 'vpn-server' },
  { pattern: /\b(ids|ips|suricata|threat\s+management)\b/i, value: 'ids' },
  { pattern: /\bddns\b/i, value: 'ddns' },
  { pattern: /\b(ad\s*block|adguard|pi-?hole|dns\s*filter)/i, value: 'dns-filtering' },
  { pattern: /\bnat\b/i, value: 'nat' },
];

/** Trust zones by VLAN name. */
export const zoneWords: readonly RoleWord<Zone>[] = [
  { pattern: /\b(mgmt|management|admin|infra(structure)?|default|native|untagged)\b/i, value: 'management' },
  { pattern: /\b(iot|smart\s*home|home\s*automation|things)\b/i, value: 'iot' },
  { pattern: /\b(guests?|visitors?)\b/i, value: 'guest' },
  { pattern: /\b(cameras?|cctv|nvr|surveillance)\b/i, value: 'cameras' },
  { pattern: /\b(voip|voice|phones?)\b/i, value: 'voice' },
  { pattern: /\b(storage|san|nfs|iscsi|ceph)\b/i, value: 'storage' },
  { pattern: /\b(dmz|public|exposed)\b/i, value: 'dmz' },
  { pattern: /\b(servers?|lab|homelab|services|vms?|infra)\b/i, value: 'servers' },
  { pattern: /\b(trusted|family|home|lan|main|users?|clients|private|work|office)\b/i, value: 'trusted' },
];

export type WorkloadKind = 'vm' | 'ct' | 'container' | 'service';

/** Workload kinds. */
export const workloadKindWords: readonly RoleWord<WorkloadKind>[] = [
  { pattern: /\b(lxc|ct|lxcs|cts)\b/i, value: 'ct' },
  { pattern: /\b(docker|podman|compose|container|containers)\b/i, value: 'container' },
  { pattern: /\b(vm|vms|kvm|qemu|virtual\s+machines?)\b/i, value: 'vm' },
  { pattern: /\b(service|services|app|apps|daemon)\b/i, value: 'service' },
];

export type BackupTool = 'pbs' | 'vzdump' | 'restic' | 'borg' | 'zfs-send' | 'rsync' | 'rclone' | 'veeam' | 'other';

/** Backup tools. */
export const backupToolWords: readonly RoleWord<BackupTool>[] = [
  { pattern: /\b(pbs|proxmox\s+backup(\s+server)?)\b/i, value: 'pbs' },
  { pattern: /\bvzdump\b/i, value: 'vzdump' },
  { pattern: /\brestic\b/i, value: 'restic' },
  { pattern: /\bborg(backup|matic)?\b/i, value: 'borg' },
  { pattern: /\b(zfs\s+send|syncoid|sanoid|zfs\s+replication)\b/i, value: 'zfs-send' },
  { pattern: /\brsync\b/i, value: 'rsync' },
  { pattern: /\brclone\b/i, value: 'rclone' },
  { pattern: /\bveeam\b/i, value: 'veeam' },
  { pattern: /\b(hyper\s*backup|duplicati|kopia|urbackup|time\s*machine|active\s*backup)\b/i, value: 'other' },
];

export type MonitoringKind = 'prometheus' | 'alertmanager' | 'grafana' | 'loki' | 'zabbix' | 'uptime-kuma' | 'netdata' | 'checkmk' | 'librenms' | 'healthchecks';

/** Monitoring systems. */
export const monitoringWords: readonly RoleWord<MonitoringKind>[] = [
  { pattern: /\buptime[-\s]?kuma\b/i, value: 'uptime-kuma' },
  { pattern: /\bprometheus\b/i, value: 'prometheus' },
  { pattern: /\balertmanager\b/i, value: 'alertmanager' },
  { pattern: /\bgrafana\b/i, value: 'grafana' },
  { pattern: /\bloki\b/i, value: 'loki' },
  { pattern: /\bzabbix\b/i, value: 'zabbix' },
  { pattern: /\bnetdata\b/i, value: 'netdata' },
  { pattern: /\bcheck_?mk\b/i, value: 'checkmk' },
  { pattern: /\blibrenms\b/i, value: 'librenms' },
  { pattern: /\bhealthchecks(\.io)?\b/i, value: 'healthchecks' },
];

export type AlertChannel = 'email' | 'ntfy' | 'pushover' | 'telegram' | 'slack' | 'discord' | 'matrix' | 'pagerduty' | 'sms' | 'webhook';

/** Alert channels. */
export const alertChannelWords: readonly RoleWord<AlertChannel>[] = [
  { pattern: /\b(e-?mail|smtp|mail)\b/i, value: 'email' },
  { pattern: /\bntfy\b/i, value: 'ntfy' },
  { pattern: /\bpushover\b/i, value: 'pushover' },
  { pattern: /\btelegram\b/i, value: 'telegram' },
  { pattern: /\bslack\b/i, value: 'slack' },
  { pattern: /\bdiscord\b/i, value: 'discord' },
  { pattern: /\bmatrix\b/i, value: 'matrix' },
  { pattern: /\bpagerduty\b/i, value: 'pagerduty' },
  { pattern: /\b(sms|text\s+message)\b/i, value: 'sms' },
  { pattern: /\bwebhook\b/i, value: 'webhook' },
];

export type VpnKind = 'wireguard' | 'tailscale' | 'headscale' | 'netbird' | 'zerotier' | 'openvpn' | 'ipsec' | 'cloudflare-tunnel';

/** VPN kinds. */
export const vpnWords: readonly RoleWord<VpnKind>[] = [
  { pattern: /\bheadscale\b/i, value: 'headscale' },
  { pattern: /\btailscale\b/i, value: 'tailscale' },
  { pattern: /\bwire\s*guard\b|\bwg\b/i, value: 'wireguard' },
  { pattern: /\bnetbird\b/i, value: 'netbird' },
  { pattern: /\bzerotier\b/i, value: 'zerotier' },
  { pattern: /\bopenvpn\b/i, value: 'openvpn' },
  { pattern: /\bipsec\b/i, value: 'ipsec' },
  { pattern: /\bcloudflare\s*(tunnel|zero\s*trust)|cloudflared\b/i, value: 'cloudflare-tunnel' },
];

export type WanKind = 'fiber' | 'cable' | 'dsl' | 'lte' | '5g' | 'satellite';

/** Internet uplink kinds. */
export const wanKindWords: readonly RoleWord<WanKind>[] = [
  { pattern: /\b(fib(er|re)|ftth|fttp|gpon|xgs-?pon|glasvezel|glasfaser)\b/i, value: 'fiber' },
  { pattern: /\b(cable|docsis|coax)\b/i, value: 'cable' },
  { pattern: /\b(v?dsl2?|adsl2?\+?)\b/i, value: 'dsl' },
  { pattern: /\b5g\b/i, value: '5g' },
  { pattern: /\b(lte|4g)\b/i, value: 'lte' },
  { pattern: /\b(starlink|satellite)\b/i, value: 'satellite' },
];

/** The first matching word's value, or undefined. */
export function lookupWord<T>(table: readonly RoleWord<T>[], text: string): RoleWord<T> | undefined {
  return table.find((word) => word.pattern.test(text));
}

/** Every distinct value whose pattern matches, in table order. */
export function lookupAll<T>(table: readonly RoleWord<T>[], text: string): T[] {
  const found: T[] = [];
  for (const word of table) if (word.pattern.test(text) && !found.includes(word.value)) found.push(word.value);
  return found;
}

/** Fills "$1"-style groups of a word's value from its match, collapsing spaces. */
export function expandWord(word: RoleWord<string>, text: string): string {
  const match = word.pattern.exec(text);
  if (!match) return word.value;
  return word.value.replace(/\$(\d)/g, (_, group: string) => (match[Number(group)] ?? '').trim()).replace(/\s+/g, ' ').trim();
}
