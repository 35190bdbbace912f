#!/bin/sh
# Dumps, with pvesh, everything "kestra import proxmox --from DIR" reads. Run it as root on any
# node of the cluster (pvesh reaches the other nodes itself), then copy DIR to the machine that
# runs Kestra. Nothing here needs network access from that machine, and no token is involved.
#
#   sh pve-dump.sh [DIR]        (DIR defaults to ./pve-dump)
#
# Each API path is saved as DIR/<path with "/" turned into "_">.json, e.g. /nodes/pve1/status
# becomes DIR/nodes_pve1_status.json. A path this cluster does not have (no Ceph, an older
# Proxmox VE without HA rules) is skipped with a note; Kestra knows which paths are optional.
set -eu
DIR=${1:-pve-dump}
# Where the cluster file system lists nodes and guests; overridable only for Kestra's own tests.
NODES=${PVE_NODES_DIR:-/etc/pve/nodes}
mkdir -p "$DIR"

get() {
  file="$DIR/$(printf '%s' "${1#/}" | tr / _).json"
  if pvesh get "$1" --output-format json > "$file.tmp" 2>/dev/null; then
    mv "$file.tmp" "$file"
  else
    rm -f "$file.tmp"
    echo "skipped $1 (not available on this cluster)" >&2
  fi
}

for path in /cluster/status /cluster/config/nodes /cluster/config/qdevice /nodes /storage \
  /cluster/resources /cluster/ha/resources /cluster/ha/rules /cluster/ha/groups \
  /cluster/replication /cluster/backup /cluster/ceph/status; do
  get "$path"
done

for node in $(ls "$NODES"); do
  for sub in status disks/list disks/zfs network ceph/pool; do
    get "/nodes/$node/$sub"
  done
  zfs="$DIR/nodes_${node}_disks_zfs.json"
  if [ -s "$zfs" ]; then
    for pool in $(tr '{' '\n' < "$zfs" | sed -n 's/.*"name": *"\([^"]*\)".*/\1/p'); do
      get "/nodes/$node/disks/zfs/$pool"
    done
  fi
  for conf in "$NODES/$node"/qemu-server/*.conf; do
    if [ -e "$conf" ]; then get "/nodes/$node/qemu/$(basename "$conf" .conf)/config"; fi
  done
  for conf in "$NODES/$node"/lxc/*.conf; do
    if [ -e "$conf" ]; then get "/nodes/$node/lxc/$(basename "$conf" .conf)/config"; fi
  done
done
echo "done: copy $DIR to the machine running Kestra, then: kestra import proxmox --from $DIR -o infra.yaml" >&2
