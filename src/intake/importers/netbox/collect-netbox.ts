/** Reads every list Kestra maps from NetBox, optionally limited to one site. */
import type { NetboxSnapshot } from './netbox-snapshot.js';
import type { NetboxSource } from './netbox-source.js';

/** Reads the snapshot; `site` is a site slug. Throws a SourceError when NetBox refuses. */
export async function collectNetbox(source: NetboxSource, site?: string): Promise<NetboxSnapshot> {
  const query: Record<string, string> = site === undefined ? {} : { site };
  const version = await source.version();
  const list = (endpoint: string) => source.list(endpoint, query);
  return {
    ...(version !== undefined ? { version } : {}),
    ...(site !== undefined ? { site } : {}),
    devices: await list('dcim/devices'),
    interfaces: await list('dcim/interfaces'),
    cables: await list('dcim/cables'),
    vlans: await list('ipam/vlans'),
    prefixes: await list('ipam/prefixes'),
    virtualMachines: await list('virtualization/virtual-machines'),
    clusters: await list('virtualization/clusters'),
    powerPorts: await list('dcim/power-ports'),
    powerFeeds: await list('dcim/power-feeds'),
    powerPanels: await list('dcim/power-panels'),
  };
}
