/**
 * Step templates for Proxmox VE clusters: nodes, QDevice, HA, corosync links, migration network and
 * cluster storage. Commands follow the PVE admin guide: https://pve.proxmox.com/pve-docs/chapter-pvecm.html
 * (pvecm add/delnode/qdevice, corosync.conf editing), https://pve.proxmox.com/pve-docs/chapter-ha-manager.html
 * (ha-manager) and https://pve.proxmox.com/pve-docs/chapter-pvesm.html (pvesm).
 */
import { clusterVotes } from '../../failure/index.js';
import type { ProxmoxCluster } from '../../model/types.js';
import { findEntity } from '../../model/collections.js';
import type { Change } from '../plan-types.js';
import { HOUR, MINUTE, config, draft, listText, shell, ui, type TemplateContext, type TemplateTable } from './step-draft.js';

const PVECM = 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html';

function cluster(change: Change, context: TemplateContext, side: 'before' | 'after' = 'after'): ProxmoxCluster | undefined {
  return findEntity(side === 'after' ? context.target : context.current, 'clusters.proxmox', change.subject) as ProxmoxCluster | undefined;
}

/** Votes and quorum as corosync votequorum counts them: floor(expected / 2) + 1. */
function votesText(entity: ProxmoxCluster | undefined): string {
  if (entity === undefined) return 'the expected votes';
  const votes = clusterVotes(entity);
  return `Expected votes ${votes.expected}, Quorum ${votes.quorum}${votes.qdevice > 0 ? ` (QDevice ${votes.qdevice} vote${votes.qdevice === 1 ? '' : 's'})` : ''}`;
}

function sharedStorageItem(change: Change, context: TemplateContext): ProxmoxCluster['sharedStorage'][number] | undefined {
  return (cluster(change, context, change.kind.endsWith('.remove') ? 'before' : 'after') ?? cluster(change, context, 'before'))?.sharedStorage.find((storage) => storage.id === change.item);
}

export const clusterTemplates: TemplateTable = {
  'cluster.add': (change, context) => {
    const entity = cluster(change, context);
    const [first, ...others] = entity?.nodes.map((node) => node.host) ?? [];
    return [
      draft(change, {
        title: `Create Proxmox cluster ${change.subject}`,
        preChecks: ['Every node runs the same Proxmox VE major version (pveversion) and resolves the others by name', 'No node holds guests whose VMIDs collide with another node'],
        action: { summary: `Create the cluster on ${first} and join ${listText(others)}.`, commands: [shell(`pvecm create ${change.subject} --link0 <corosync IP of ${first}>`, first), ...others.map((node) => shell(`pvecm add <IP of ${first}> --link0 <corosync IP of ${node}>`, node))] },
        validation: [`pvecm status on every node: Quorate: Yes, ${votesText(entity)}`],
        rollback: [`Separate the nodes again (${PVECM}#_remove_a_cluster_node); no guests depend on the cluster yet`],
        duration: HOUR,
      }),
    ];
  },
  'cluster-node.add': (change, context) => {
    const entity = cluster(change, context);
    const existing = entity?.nodes.find((node) => node.host !== change.item)?.host ?? '<existing node>';
    return [
      draft(change, {
        title: `Join ${change.item} to cluster ${change.subject}`,
        preChecks: [`pvecm status on ${existing}: Quorate: Yes`, `${change.item} runs the same Proxmox VE major version and holds no guests (VMIDs must not collide)`, 'No QDevice is configured (pvecm qdevice remove first; nodes cannot be added while one is)'],
        action: { summary: `Join ${change.item} from the node itself.`, commands: [shell(`pvecm add <IP of ${existing}> --link0 <corosync IP of ${change.item}>`, change.item)] },
        validation: [`pvecm status: ${votesText(entity)}, Quorate: Yes`, 'pvecm nodes lists every node'],
        rollback: [`Power ${change.item} off, then on ${existing}: pvecm delnode ${change.item}; clean /etc/pve/nodes/${change.item} (${PVECM}#_remove_a_cluster_node)`],
        blastRadius: [change.subject],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'cluster-node.remove': (change, context) => [
    draft(change, {
      title: `Remove ${change.item} from cluster ${change.subject}`,
      preChecks: [`No guest runs on ${change.item} (migrate them first)`, 'No QDevice is configured (pvecm qdevice remove first)', `The remaining nodes keep quorum without it: ${votesText(cluster(change, context))}`],
      action: { summary: `Power ${change.item} off for good, then delete it from a remaining node.`, commands: [shell('shutdown -h now', change.item), shell(`pvecm delnode ${change.item}`)] },
      validation: [`pvecm status: ${votesText(cluster(change, context))}, Quorate: Yes`],
      rollback: [`Reinstall ${change.item} and join it again (pvecm add); a deleted node must not come back with its old configuration`],
      disrupts: [`host:${change.item ?? ''}`],
      duration: 30 * MINUTE,
    }),
  ],
  'qdevice.add': (change, context) => {
    const entity = cluster(change, context);
    const host = entity?.qdevice?.host ?? '<QDevice host>';
    const nodes = entity?.nodes.map((node) => node.host) ?? [];
    const hostOs = context.target.hosts.find((candidate) => candidate.id === host)?.os ?? '';
    // Appliance systems (TrueNAS, DSM) have no apt: qnetd runs in a small Debian container there.
    const appliance = /truenas|dsm|synology|unraid/iu.test(hostOs);
    const install = appliance ? shell('docker run -d --name qnetd --restart unless-stopped -p 5403:5403 -v qnetd:/etc/corosync/qnetd <image with corosync-qnetd>   # or a small Debian VM/LXC; root SSH into it for the setup', host) : shell('apt install corosync-qnetd', host);
    return [
      draft(change, {
        title: `Add a QDevice on ${host} to cluster ${change.subject}`,
        preChecks: [`${host} is reachable from ${listText(nodes)} on TCP 5403`, `Root SSH from one node to ${host} works (pvecm qdevice setup uses it once)`, `pvecm status: Quorate: Yes`],
        action: {
          summary: `Install corosync-qnetd on ${host} and corosync-qdevice on every node, then register the QDevice (${PVECM}#_corosync_external_vote_support).`,
          commands: [install, ...nodes.map((node) => shell('apt install corosync-qdevice', node)), shell(`pvecm qdevice setup <IP of ${host}>`, nodes[0])],
        },
        validation: [`pvecm status: ${votesText(entity)}; the Qdevice line shows "A,V,NMW"`, `Stop one node: the other stays quorate and keeps running its guests`],
        rollback: ['pvecm qdevice remove (the cluster returns to its previous votes)'],
        blastRadius: [change.subject, host],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'qdevice.remove': (change, context) => [
    draft(change, {
      title: `Remove the QDevice from cluster ${change.subject}`,
      preChecks: ['pvecm status: Quorate: Yes with every node up (without the QDevice vote a node failure may cost quorum)'],
      action: { summary: 'Unregister the QDevice.', commands: [shell('pvecm qdevice remove')] },
      validation: [`pvecm status: ${votesText(cluster(change, context))}`],
      rollback: [`pvecm qdevice setup <IP of ${cluster(change, context, 'before')?.qdevice?.host ?? 'the QDevice host'}>`],
      duration: 15 * MINUTE,
    }),
  ],
  'qdevice.move': (change, context) => {
    const from = cluster(change, context, 'before')?.qdevice?.host ?? '<old host>';
    const to = cluster(change, context)?.qdevice?.host ?? '<new host>';
    return [
      draft(change, {
        title: `Move the QDevice of ${change.subject} from ${from} to ${to}`,
        preChecks: ['All nodes up and quorate: for the minutes between remove and setup the cluster runs without the extra vote', `${to} reachable on TCP 5403; corosync-qnetd installed on it`],
        action: { summary: 'Remove the QDevice, then set it up on the new host.', commands: [shell('pvecm qdevice remove'), shell(`pvecm qdevice setup <IP of ${to}>`)] },
        validation: [`pvecm status: ${votesText(cluster(change, context))}`],
        rollback: [`pvecm qdevice remove; pvecm qdevice setup <IP of ${from}>`],
        duration: 30 * MINUTE,
      }),
    ];
  },
  'ha.enable': (change, context) => {
    const nodes = cluster(change, context)?.nodes.map((node) => node.host) ?? [];
    return [
      draft(change, {
        title: `Prepare HA on cluster ${change.subject}`,
        preChecks: ['Quorum survives the loss of any one node (QDevice or third node in place)', ...nodes.map((node) => `${node}: a watchdog is active (hardware, else softdog): systemctl status watchdog-mux`)],
        action: {
          summary: 'Make HA migrate guests on shutdown and check the watchdog; HA resources are added per guest afterwards.',
          commands: [ui('Datacenter ▸ Options ▸ HA Settings: shutdown_policy = migrate'), shell('ha-manager status')],
        },
        validation: ['ha-manager status: quorum OK, one master, every node\'s LRM idle or active'],
        rollback: ['Remove the HA resources (ha-manager remove <sid>); HA goes idle and no node fences'],
        blastRadius: [change.subject, ...nodes],
        duration: 20 * MINUTE,
      }),
    ];
  },
  'ha.disable': (change) => [
    draft(change, {
      title: `Stop HA on cluster ${change.subject}`,
      action: { summary: 'Remove every HA resource; nodes stop fencing.', commands: [shell('ha-manager status'), shell('ha-manager remove <sid>   # for each resource')] },
      validation: ['ha-manager status lists no resources'],
      rollback: ['ha-manager add <sid> --state started for each guest again'],
      duration: 15 * MINUTE,
    }),
  ],
  'ha-group.add': (change, context) => {
    const group = cluster(change, context)?.ha?.groups?.find((candidate) => candidate.id === change.item);
    const nodes = group?.nodes ?? [];
    return [
      draft(change, {
        title: `Create HA group ${change.item}`,
        action: {
          summary: `Prefer ${nodes[0] ?? 'the first node'}, fall back to ${listText(nodes.slice(1))} (PVE 9: a node-affinity rule instead of a group).`,
          commands: [shell(`ha-manager groupadd ${change.item} --nodes "${nodes.map((node, index) => `${node}:${nodes.length - index}`).join(',')}"${group?.restricted ? ' --restricted 1' : ''}`), ui('PVE 9: Datacenter ▸ HA ▸ Affinity Rules ▸ Add node affinity')],
        },
        validation: ['ha-manager groupconfig shows the group with its priorities'],
        rollback: [`ha-manager groupremove ${change.item}`],
        duration: 10 * MINUTE,
      }),
    ];
  },
  'ha-group.remove': (change) => [
    draft(change, {
      title: `Remove HA group ${change.item}`,
      action: { summary: 'Remove the group once no resource uses it.', commands: [shell(`ha-manager groupremove ${change.item}`)] },
      validation: ['ha-manager groupconfig no longer lists it'],
      rollback: [`ha-manager groupadd ${change.item} --nodes <as before>`],
      duration: 5 * MINUTE,
    }),
  ],
  'ha-group.modify': (change) => [
    draft(change, {
      title: `Change HA group ${change.item}`,
      action: { summary: 'Set the new node priorities.', commands: [shell(`ha-manager groupset ${change.item} --nodes <node:priority,…>`)] },
      validation: ['ha-manager groupconfig shows the new priorities'],
      rollback: [`ha-manager groupset ${change.item} --nodes <as before>`],
      duration: 5 * MINUTE,
    }),
  ],
  'corosync-link.add': (change, context) => corosyncEdit(change, context, 'Add'),
  'corosync-link.modify': (change, context) => corosyncEdit(change, context, 'Change'),
  'corosync-link.remove': (change, context) => corosyncEdit(change, context, 'Remove'),
  'migration-network.set': (change, context) => {
    const vlan = cluster(change, context)?.migrationNetwork ?? '<VLAN>';
    return [
      draft(change, {
        title: `Send live migrations of ${change.subject} over ${vlan}`,
        action: { summary: 'Point migration traffic at its own network so it does not compete with corosync.', commands: [ui('Datacenter ▸ Options ▸ Migration Settings: network = <subnet of ' + vlan + '>, type = secure'), shell(`pvesh set /cluster/options --migration network=<subnet of ${vlan}>,type=secure`)] },
        validation: ['Migrate a test guest; watch the traffic on the migration NIC (iftop -i <nic>)'],
        rollback: ['pvesh set /cluster/options --delete migration'],
        duration: 10 * MINUTE,
      }),
    ];
  },
  'shared-storage.add': (change, context) => {
    const storage = sharedStorageItem(change, context);
    const id = change.item ?? '<storage>';
    const commands =
      storage?.kind === 'zfs-replication'
        ? [shell('pvesm status   # on every node: the zfspool storage exists with the same ID and pool'), shell(`pvesm add zfspool ${id} --pool <pool>/data --content images,rootdir --sparse 1   # only if missing`)]
        : storage?.kind === 'ceph'
          ? [shell(`pvesm add rbd ${id} --pool ${storage.source} --content images,rootdir`)]
          : storage?.kind === 'nfs'
            ? [shell(`pvesm add nfs ${id} --server <IP of the NAS> --export <export of ${storage.source}> --content images,rootdir`)]
            : [shell(`pvesm add ${storage?.kind ?? '<type>'} ${id} …   # see pvesm(1) for ${storage?.kind ?? 'the type'}`)];
    return [
      draft(change, {
        title: `Add cluster storage ${id} (${storage?.kind ?? 'storage'}) to ${change.subject}`,
        preChecks: [storage?.kind === 'zfs-replication' ? 'Every node has a ZFS pool with the same name and room for the replicas it will receive' : `The backing ${storage?.source ?? 'storage'} is healthy and reachable from every node`],
        action: { summary: storage?.kind === 'zfs-replication' ? `Make the same zfspool storage available on every node so guests can be replicated (interval ${storage.interval !== undefined ? `${storage.interval / MINUTE} min` : '15 min, the default'}).` : `Make ${storage?.source ?? 'the storage'} available to every node.`, commands },
        validation: ['pvesm status on every node lists the storage as active'],
        rollback: [`pvesm remove ${id} (only while no guest disk uses it)`],
        duration: 20 * MINUTE,
      }),
    ];
  },
  'shared-storage.remove': (change) => [
    draft(change, {
      title: `Remove cluster storage ${change.item}`,
      preChecks: ['No guest disk is on it any more (pvesm list ' + (change.item ?? '') + ' is empty)'],
      action: { summary: 'Remove the storage definition; the data stays on the backing storage.', commands: [shell(`pvesm remove ${change.item}`)] },
      validation: ['pvesm status no longer lists it'],
      rollback: ['pvesm add … with the same options'],
      duration: 10 * MINUTE,
    }),
  ],
};

function corosyncEdit(change: Change, context: TemplateContext, verb: 'Add' | 'Change' | 'Remove'): ReturnType<NonNullable<TemplateTable['corosync-link.add']>> {
  const nodes = cluster(change, context)?.nodes.map((node) => node.host) ?? [];
  return [
    draft(change, {
      title: `${verb} corosync link on ${change.item} for cluster ${change.subject}`,
      preChecks: ['pvecm status: Quorate: Yes', 'The new link\'s addresses answer from every node (ping), latency under 5 ms', 'Back up the config: cp /etc/pve/corosync.conf /root/corosync.conf.bak'],
      action: {
        summary: `${verb} the link in corosync.conf: one ringX_addr per node, a matching totem interface, config_version + 1 (${PVECM}#pvecm_edit_corosync_conf).`,
        commands: [
          shell('cp /etc/pve/corosync.conf /etc/pve/corosync.conf.new'),
          config(`corosync.conf.new: ${nodes.map((node) => `${node} ringN_addr: <${change.item} address of ${node}>`).join('; ')}; totem { interface { linknumber: N } }; config_version: +1`),
          shell('mv /etc/pve/corosync.conf.new /etc/pve/corosync.conf'),
        ],
      },
      validation: ['corosync-cfgtool -s on every node: every link "connected" to every other node', 'pvecm status: Quorate: Yes'],
      rollback: ['cp /root/corosync.conf.bak /etc/pve/corosync.conf (bump config_version above the current one first)'],
      blastRadius: [change.subject, ...nodes],
      duration: 30 * MINUTE,
    }),
  ];
}
