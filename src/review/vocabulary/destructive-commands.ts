/**
 * Commands and phrases that destroy data or cluster membership, and the words that show a backup or
 * snapshot was taken first. A destructive step must come after one (persona: "Failure Modes to Avoid").
 */

export interface DestructivePattern {
  /** What it destroys, for the message. */
  readonly label: string;
  readonly pattern: RegExp;
  /** Where it is looked for: commands (code and inline code) or prose as well. */
  readonly in: 'command' | 'any';
}

export const destructivePatterns: readonly DestructivePattern[] = [
  { label: 'zpool destroy (destroys the pool and its data)', pattern: /\bzpool\s+destroy\b/g, in: 'command' },
  { label: 'zpool labelclear (erases ZFS labels)', pattern: /\bzpool\s+labelclear\b/g, in: 'command' },
  { label: 'zpool create -f (overwrites existing data)', pattern: /\bzpool\s+create\s+(?:-\w+\s+)*-f\b/g, in: 'command' },
  { label: 'zfs destroy (destroys datasets or snapshots)', pattern: /\bzfs\s+destroy\b/g, in: 'command' },
  { label: 'wipefs (erases filesystem signatures)', pattern: /\bwipefs\b/g, in: 'command' },
  { label: 'sgdisk --zap-all (erases partition tables)', pattern: /\bsgdisk\s+(?:--zap-all|-Z)\b/g, in: 'command' },
  { label: 'dd onto a device (overwrites it)', pattern: /\bdd\s+[^\n|;]*\bof=\/dev\//g, in: 'command' },
  { label: 'mkfs (formats a device)', pattern: /\bmkfs(?:\.\w+)?\b/g, in: 'command' },
  { label: 'blkdiscard (discards every block)', pattern: /\bblkdiscard\b/g, in: 'command' },
  { label: 'shred (overwrites data)', pattern: /\bshred\b/g, in: 'command' },
  { label: 'pvecm delnode (removes a node from the cluster)', pattern: /\bpvecm\s+delnode\b/g, in: 'command' },
  { label: 'rm -rf (deletes files recursively)', pattern: /\brm\s+-(?:rf|fr|r\s+-f|f\s+-r)\b/g, in: 'command' },
  { label: 'ceph osd purge/destroy (removes an OSD and its data)', pattern: /\bceph\s+osd\s+(?:purge|destroy)\b/g, in: 'command' },
  { label: 'pveceph osd/pool destroy', pattern: /\bpveceph\s+(?:osd|pool)\s+destroy\b/g, in: 'command' },
  { label: 'ceph-volume lvm zap (erases an OSD disk)', pattern: /\bceph-volume\s+lvm\s+zap\b/g, in: 'command' },
  { label: 'lvremove/vgremove/pvremove (removes LVM volumes)', pattern: /\b(?:lvremove|vgremove|pvremove)\b/g, in: 'command' },
  { label: 'qm/pct destroy (deletes a guest and its disks)', pattern: /\b(?:qm|pct)\s+destroy\b/g, in: 'command' },
  { label: 'parted mklabel (writes a new partition table)', pattern: /\bparted\b[^\n]*\bmklabel\b/g, in: 'command' },
  { label: 'a reformat', pattern: /\bre-?format(?:ting|ted)?\b|\bformat (?:the|all|both) (?:disks?|drives?|ssds?|hdds?)\b/gi, in: 'any' },
  { label: 'a factory reset', pattern: /\bfactory[- ]reset\b|\breset (?:it |the \w+ )?to factory (?:defaults|settings)\b/gi, in: 'any' },
  { label: 'a disk wipe', pattern: /\bwipe (?:the |all |both )?(?:disks?|drives?|ssds?|hdds?|partitions?)\b/gi, in: 'any' },
  { label: 'a reinstall', pattern: /\bre-?install (?:proxmox|pve|truenas|the os|the node|the host|opnsense|pfsense)\b/gi, in: 'any' },
];

/** A backup, snapshot, export or copy taken before the destructive step. */
export const backupPattern =
  /\b(?:back(?:ed)?[- ]?ups?|backing up|snapshots?|vzdump|zfs send|proxmox-backup-client|pbs|restic|borg|rsync|export (?:the |its )?config\w*|config(?:uration)? (?:backup|export)|copy (?:of|the data|all data)|replicat\w*|clone|image of)\b/i;
