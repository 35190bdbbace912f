/**
 * What counts as a stated figure with a unit, per resource the persona asks to quantify (Rules &
 * Constraints: "Quantify resource requirements (CPU, RAM, network throughput, cost)").
 */

export interface QuantityKind {
  readonly id: 'cpu' | 'ram' | 'throughput' | 'cost';
  readonly label: string;
  /** A figure of this kind, with its unit. */
  readonly figure: RegExp;
  /** Words that show the plan lists it as an open question instead. */
  readonly topic: RegExp;
  readonly example: string;
}

const number = String.raw`\d+(?:[.,]\d+)?`;

export const quantityKinds: readonly QuantityKind[] = [
  {
    id: 'cpu',
    label: 'CPU',
    figure: new RegExp(String.raw`\b${number}\s*(?:v?cpus?|vcores?|cores?|threads?|ghz|sockets?)\b|\bcpu\b[^.\n|]{0,40}?\b${number}\s*%|\b${number}\s*%\s*cpu\b`, 'i'),
    topic: /\b(?:cpu|cores?|vcpus?|compute)\b/i,
    example: '"4 vCPU per VM, 6 cores / 6 threads on pve1"',
  },
  {
    id: 'ram',
    label: 'RAM',
    figure: new RegExp(
      String.raw`\b${number}\s*(?:gib|gb|mib|mb|tib|tb|g|m)\b[^.\n|]{0,30}?\b(?:ram|memory|mem|arc)\b|\b(?:ram|memory|mem|arc)\b[^.\n]{0,40}?\b${number}\s*(?:gib|gb|mib|mb|tib|tb|g|m)\b`,
      'i',
    ),
    topic: /\b(?:ram|memory)\b/i,
    example: '"32 GiB RAM, 12 GiB allocated to guests"',
  },
  {
    id: 'throughput',
    label: 'network throughput',
    figure: new RegExp(String.raw`\b${number}\s*(?:gbe|gbit\/s|gbps|gb\/s|mbit\/s|mbps|mb\/s|mib\/s|gib\/s|kbit\/s|kbps|iops)(?=\W|$)|\b${number}\s*(?:g|m)bit\b`, 'i'),
    topic: /\b(?:throughput|bandwidth|network speed|link speed|uplink)\b/i,
    example: '"2.5 GbE link, about 280 MB/s for the nightly backup"',
  },
  {
    id: 'cost',
    label: 'cost',
    figure: new RegExp(
      String.raw`[€$£]\s?${number}|\b${number}\s?(?:€|eur|euros?|usd|dollars?|gbp|chf)\b|\b${number}\s*kwh\b|\bcosts?\b[^.\n]{0,30}?\b${number}\b`,
      'i',
    ),
    topic: /\b(?:cost|budget|price|spend|€|\$|£)/i,
    example: '"€180 for a QDevice, about €35 a year in power"',
  },
];
