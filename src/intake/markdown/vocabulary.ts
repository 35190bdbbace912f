/**
 * The words people use in inventories, as data: key and column synonyms, section headings, and the
 * words that name a role. The reader looks words up here; it has no word lists of its own.
 */

/** Fields a key or table column can name. */
export type FieldKey =
  | 'name'
  | 'role'
  | 'model'
  | 'cpu'
  | 'cores'
  | 'threads'
  | 'memory'
  | 'maxMemory'
  | 'ecc'
  | 'disks'
  | 'nics'
  | 'os'
  | 'power'
  | 'workloads'
  | 'vlan'
  | 'subnet'
  | 'zone'
  | 'vid'
  | 'host'
  | 'kind'
  | 'vcpu'
  | 'disk'
  | 'notes'
  | 'cost'
  | 'cluster'
  | 'location'
  | 'electricityPrice'
  | 'currency'
  | 'budget'
  | 'goals'
  | 'maintenanceWindow'
  | 'zeroDowntime'
  | 'router'
  | 'switch'
  | 'accessPoint'
  | 'modem'
  | 'wan'
  | 'vpn'
  | 'ups'
  | 'va'
  | 'watts'
  | 'battery'
  | 'backup'
  | 'monitoring'
  | 'alerts'
  | 'ip'
  | 'clients'
  | 'used'
  | 'gateway'
  | 'dhcp';

/** Key and column spellings, lower-case, punctuation removed. The first field whose list holds the key wins. */
const fieldWords: readonly (readonly [FieldKey, readonly string[]])[] = [
  ['name', ['name', 'host', 'hostname', 'host name', 'node', 'machine', 'server', 'device', 'system']],
  ['role', ['role', 'purpose', 'function', 'used for', 'use']],
  ['model', ['model', 'hardware', 'hw', 'chassis', 'make', 'box', 'platform hardware', 'make model', 'make and model']],
  ['cpu', ['cpu', 'cpus', 'processor', 'proc', 'soc']],
  ['cores', ['cores', 'core count', 'physical cores']],
  ['threads', ['threads', 'thread count']],
  ['memory', ['ram', 'memory', 'mem', 'ram installed', 'installed ram', 'installed memory']],
  ['maxMemory', ['max ram', 'max memory', 'maximum ram', 'maximum memory', 'ram max', 'memory max', 'ram limit']],
  ['ecc', ['ecc', 'ecc memory', 'ecc ram']],
  ['disks', ['disks', 'disk', 'drives', 'drive', 'storage', 'hdd', 'hdds', 'ssd', 'ssds', 'nvme', 'boot', 'boot disk', 'boot drive', 'data disks', 'data', 'storage devices']],
  ['nics', ['nic', 'nics', 'network', 'networking', 'net', 'lan', 'ethernet', 'eth', 'interfaces', 'interface', 'network card', 'ports', 'uplink', 'links', 'connectivity']],
  ['os', ['os', 'operating system', 'software', 'hypervisor', 'runs', 'distro', 'firmware', 'platform']],
  ['power', ['power', 'power draw', 'draw', 'watts', 'consumption', 'power usage', 'idle', 'psu', 'wattage']],
  ['workloads', ['vms', 'vm', 'guests', 'services', 'containers', 'lxc', 'lxcs', 'cts', 'workloads', 'apps', 'applications', 'docker', 'runs services', 'virtual machines']],
  ['vlan', ['vlan', 'vlans', 'management vlan', 'mgmt vlan', 'networks']],
  ['subnet', ['subnet', 'cidr', 'prefix', 'range', 'network range', 'ip range', 'subnets']],
  ['zone', ['zone', 'trust', 'trust zone', 'security zone']],
  ['vid', ['id', 'vid', 'vlan id', 'tag', 'vlan tag', '802.1q']],
  ['host', ['on', 'on host', 'runs on', 'placement', 'location host', 'where', 'node host']],
  ['kind', ['type', 'kind', 'category']],
  ['vcpu', ['vcpu', 'vcpus', 'cores assigned', 'cpu cores', 'vcores']],
  ['disk', ['disk size', 'virtual disk', 'vdisk', 'rootfs', 'disk assigned']],
  ['notes', ['notes', 'note', 'comment', 'comments', 'remarks', 'description']],
  ['cost', ['cost', 'price', 'paid', 'purchase price']],
  ['cluster', ['cluster', 'proxmox cluster', 'pve cluster']],
  ['location', ['location', 'site location', 'where', 'city', 'address']],
  ['electricityPrice', ['electricity', 'electricity price', 'power price', 'energy price', 'kwh price', 'price per kwh', 'tariff', 'electricity cost']],
  ['currency', ['currency']],
  ['budget', ['budget', 'max budget', 'spend']],
  ['goals', ['goal', 'goals', 'wish', 'wishes', 'want', 'requirement', 'requirements', 'objective', 'objectives']],
  ['maintenanceWindow', ['maintenance window', 'maintenance windows', 'maintenance']],
  ['zeroDowntime', ['zero downtime', 'no downtime', 'must stay up', 'always on']],
  ['router', ['router', 'gateway', 'firewall', 'edge', 'edge router', 'fw']],
  ['switch', ['switch', 'switches', 'core switch']],
  ['accessPoint', ['ap', 'aps', 'access point', 'access points', 'wifi', 'wi-fi', 'wlan', 'wireless']],
  ['modem', ['modem', 'ont', 'cable modem', 'dsl modem']],
  ['wan', ['isp', 'internet', 'wan', 'uplink speed', 'internet connection', 'broadband', 'fiber', 'fibre', 'provider']],
  ['vpn', ['vpn', 'remote access', 'vpns', 'overlay']],
  ['ups', ['ups', 'upses', 'battery backup', 'ups model']],
  ['va', ['va', 'va rating', 'rating va', 'capacity va']],
  ['watts', ['w', 'watt rating', 'rating', 'rating w', 'output', 'real power']],
  ['battery', ['battery', 'battery wh', 'batteries', 'battery capacity']],
  ['backup', ['backup', 'backups', 'backup job', 'backup jobs']],
  ['monitoring', ['monitoring', 'monitored by', 'observability']],
  ['alerts', ['alerts', 'alerting', 'notifications', 'alert']],
  ['ip', ['ip', 'ip address', 'ips', 'address ip', 'ipv4', 'mac', 'mgmt ip', 'management ip']],
  ['clients', ['clients', 'devices', 'client count']],
  ['used', ['used', 'usage', 'used space', 'fill']],
  ['gateway', ['gw', 'default gateway', 'routed by']],
  ['dhcp', ['dhcp', 'dhcp server']],
];

const fieldIndex: ReadonlyMap<string, FieldKey> = new Map(
  fieldWords.flatMap(([field, words]) => words.map((word): [string, FieldKey] => [word, field])).reverse(),
);

/** Normalises a key for lookup: lower-case, markup and punctuation removed, spaces collapsed. */
export function normaliseKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[*_`#]/g, '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9.+\- ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The field a key or column header names, or undefined. */
export function fieldOfKey(key: string): FieldKey | undefined {
  const normal = normaliseKey(key);
  return fieldIndex.get(normal) ?? fieldIndex.get(normal.replace(/s$/, ''));
}

/** What a section heading is about. "auto" sections are decided by their content. */
export type SectionKind =
  | 'site'
  | 'hosts'
  | 'network'
  | 'vlans'
  | 'devices'
  | 'wan'
  | 'power'
  | 'backups'
  | 'monitoring'
  | 'workloads'
  | 'storage'
  | 'cluster'
  | 'goals'
  | 'notes'
  | 'auto';

/** Heading words per section kind; a heading is of a kind when one of these words or phrases is all or part of it. */
export const sectionWords: readonly (readonly [SectionKind, readonly string[]])[] = [
  ['notes', ['notes', 'todo', 'to do', 'misc', 'miscellaneous', 'history', 'changelog', 'known issues', 'ideas', 'links', 'references']],
  ['goals', ['goals', 'goal', 'constraints', 'requirements', 'wishlist', 'wish list', 'plans', 'future', 'budget', 'objectives']],
  ['backups', ['backup', 'backups', 'backup strategy', 'disaster recovery', 'dr']],
  ['monitoring', ['monitoring', 'alerting', 'observability', 'alerts']],
  ['power', ['power', 'ups', 'upses', 'electricity', 'power and ups']],
  ['vlans', ['vlans', 'vlan', 'subnets', 'networks and vlans', 'vlans and subnets', 'segments']],
  ['wan', ['isp', 'internet', 'wan', 'uplink', 'internet connection']],
  ['devices', ['switches', 'switch', 'router', 'routers', 'firewall', 'gateway', 'access points', 'wifi', 'wi-fi', 'network devices', 'network gear', 'networking gear', 'network hardware']],
  ['network', ['network', 'networking', 'lan', 'home network', 'network layout', 'topology']],
  ['cluster', ['cluster', 'proxmox cluster', 'clustering', 'ha']],
  ['workloads', ['services', 'vms', 'virtual machines', 'containers', 'workloads', 'apps', 'applications', 'guests', 'lxc', 'docker', 'self-hosted services', 'software']],
  ['storage', ['storage', 'pools', 'zfs', 'zfs pools', 'shares', 'nas shares', 'datasets', 'storage pools']],
  ['hosts', ['hosts', 'servers', 'hardware', 'compute', 'nodes', 'machines', 'physical hosts', 'proxmox nodes', 'hypervisors', 'hardware inventory', 'inventory', 'physical machines', 'server hardware']],
  ['site', ['site', 'overview', 'about', 'general', 'summary', 'location', 'info', 'details']],
];

/** Classifies a heading. Exact phrases win over words found inside a longer heading. */
export function sectionKindOf(title: string): SectionKind {
  const normal = normaliseKey(title).replace(/[.+-]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [kind, words] of sectionWords) if (words.includes(normal)) return kind;
  const tokens = ` ${normal} `;
  for (const [kind, words] of sectionWords) {
    if (kind === 'site' || kind === 'cluster') continue;
    if (words.some((word) => word.length > 2 && tokens.includes(` ${word} `))) return kind;
  }
  return 'auto';
}
