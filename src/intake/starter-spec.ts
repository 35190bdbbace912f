/** The commented starter spec `kestra init` writes when it has no inventory to start from. */

/** A small valid spec that shows each section, with comments saying what to fill in. */
export const STARTER_SPEC = `# yaml-language-server: $schema=https://raw.githubusercontent.com/kestra-architect/kestra/main/schema/kestra.schema.json
#
# A starter Kestra spec. Replace the examples with what you have, delete what you do not have,
# then run:  kestra validate infra.yaml
# Units are written as people write them: 32GB (memory GB = GiB), 4TB (disk TB = 10^12 bytes),
# 2.5GbE, 65W, 1500VA, 216Wh, daily 02:00. Ids (pve1, tank, iot) are yours to choose, unique.
# Never put passwords or API tokens in this file.
version: 1

site:
  name: My homelab
  # electricityPrice: 0.30 EUR/kWh   # enables yearly energy cost

power:
  ups:
    # model, VA and W are on the UPS label; battery Wh = volts x amp-hours of its battery.
    - { id: ups1, model: APC Back-UPS Pro BR1500GI, va: 1500VA, watts: 865W, batteryWh: 216Wh }

hosts:
  - id: pve1
    role: hypervisor          # hypervisor, nas, backup-server, server, router, firewall, sbc…
    model: Lenovo ThinkCentre M720q Tiny
    cpu: { model: Intel Core i5-8500T, cores: 6, threads: 6 }
    memory: 32GB
    disks:
      - { id: nvme0, size: 512GB, kind: nvme, boot: true }
    nics:
      - { id: eno1, speed: 1GbE }
    power: { idle: 9W, load: 35W, feeds: [ups1] }   # measured at the wall

network:
  vlans:
    - { id: lan, vid: 1, zone: management, subnet: 192.168.1.0/24 }

workloads:
  - { id: homeassistant, kind: vm, host: pve1, vcpu: 2, memory: 4GB, disk: 32GB, criticality: critical }

# backups:
#   targets: [{ id: usb1, kind: usb, host: pve1, offsite: false }]
#   jobs: [{ id: nightly, tool: vzdump, sources: [homeassistant], target: usb1, schedule: daily 02:00 }]
`;
