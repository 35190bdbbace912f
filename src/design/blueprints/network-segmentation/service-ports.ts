/**
 * Default ports of common self-hosted services, so firewall allows name ports instead of "any". A
 * workload matches by its id or display name. Each port is the project's documented default; a
 * service behind a reverse proxy is reached on 443 instead, which the policy always allows.
 */
import type { Workload } from '../../../model/types.js';

export interface ServicePorts {
  readonly pattern: RegExp;
  readonly ports: readonly number[];
  /** Where the default port is documented. */
  readonly source: string;
}

export const SERVICE_PORTS: readonly ServicePorts[] = [
  { pattern: /home ?assistant/iu, ports: [8123], source: 'https://www.home-assistant.io/integrations/http/' },
  { pattern: /jellyfin/iu, ports: [8096], source: 'https://jellyfin.org/docs/general/networking/' },
  { pattern: /plex/iu, ports: [32400], source: 'https://support.plex.tv/articles/201543147-what-network-ports-do-i-need-to-allow-through-my-firewall/' },
  { pattern: /adguard|pi-?hole|unbound|\bdns\b/iu, ports: [53], source: 'https://www.rfc-editor.org/rfc/rfc1035#section-4.2' },
  { pattern: /uptime[ -]?kuma/iu, ports: [3001], source: 'https://github.com/louislam/uptime-kuma/wiki/%F0%9F%94%A7-How-to-Install' },
  { pattern: /grafana/iu, ports: [3000], source: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#http_port' },
  { pattern: /paperless/iu, ports: [8000], source: 'https://docs.paperless-ngx.com/configuration/#PAPERLESS_PORT' },
  { pattern: /remote desktop|\brds\b/iu, ports: [3389], source: 'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/change-listening-port' },
  { pattern: /domain controller|samba ad|active directory/iu, ports: [53, 88, 389, 445], source: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements' },
  { pattern: /\bsmb\b|file shares?/iu, ports: [445], source: 'https://learn.microsoft.com/en-us/windows-server/storage/file-server/file-server-smb-overview' },
];

/** Web ports every server zone answers clients on (HTTPS, and HTTP for the redirect). */
export const WEB_PORTS: readonly number[] = [80, 443];
/** Admin ports on the management network: SSH, HTTPS, Proxmox VE 8006 and Proxmox Backup Server 8007. */
export const ADMIN_PORTS: readonly number[] = [22, 443, 8006, 8007];
/** NFS and SMB, what hosts and guests use on the storage network. */
export const STORAGE_PORTS: readonly number[] = [445, 2049];
export const DNS_PORT = 53;

/** Known default ports of `workload` (and of the services that run inside it). */
export function portsOf(workload: Pick<Workload, 'id' | 'name'>): number[] {
  const text = `${workload.id} ${workload.name ?? ''}`;
  return SERVICE_PORTS.filter((entry) => entry.pattern.test(text)).flatMap((entry) => entry.ports);
}
