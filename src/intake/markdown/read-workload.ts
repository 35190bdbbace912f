/**
 * Reads VMs, containers and services as people list them: "Home Assistant OS (VM, 2 vCPU, 4GB RAM,
 * 32GB disk)", "CT 101: AdGuard Home — 1 core, 512MB", "Docker VM: Vaultwarden, Uptime Kuma", with
 * nested items for what runs inside.
 */
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import type { OutlineItem } from './outline.js';
import { lookupWord, workloadKindWords, type WorkloadKind } from './role-words.js';
import { countBefore, findSize, findSizes, splitList, splitParenthesis } from './text-values.js';

export interface WorkloadContext {
  readonly kind?: WorkloadKind;
  readonly host?: string;
  readonly runsOn?: string;
}

const detailsPattern = /\b(\d+\s*(v?cpus?|vcores?|cores?|c)\b|\d+(\.\d+)?\s?(gb|gib|mb|mib|tb)\b|vm|lxc|ct|docker|container|ha\b)/i;

/** Splits "VM 100: Name (details) — more details: a, b" into its parts. */
function splitWorkloadText(text: string): { name: string; details: string; inside: string[] } {
  let rest = text.replace(/^\s*(vm|ct|lxc|kvm)\s*#?\d{2,6}\s*[:\-–—]?\s*/i, '').replace(/^\s*\d{3,6}\s*[:\-–—]\s*/, '');
  let inside: string[] = [];
  const colon = /^([^:(]+(?:\([^)]*\))?)\s*:\s*(.+)$/.exec(rest);
  if (colon && !detailsPattern.test(colon[2] ?? '') ) {
    rest = colon[1] ?? rest;
    inside = splitList(colon[2] ?? '');
  } else if (colon) {
    rest = `${colon[1] ?? ''} (${colon[2] ?? ''})`;
  }
  const dash = /^(.+?)\s+[—–-]\s+(.+)$/.exec(rest);
  let { head, inner } = splitParenthesis(rest);
  if (dash && !/\(/.test(dash[1] ?? '') && detailsPattern.test(dash[2] ?? '')) {
    head = (dash[1] ?? '').trim();
    inner = `${dash[2] ?? ''} ${inner}`.trim();
  }
  return { name: head.replace(/\s+/g, ' ').trim(), details: inner, inside };
}

/** Adds one workload from `text`; nested items become what runs inside it. Returns it, or undefined. */
export function readWorkload(draft: InventoryDraft, text: string, loc: Loc, context: WorkloadContext, children: readonly OutlineItem[] = []): Draft | undefined {
  const { name, details, inside } = splitWorkloadText(text);
  if (!name || name.length > 120) return undefined;
  const all = `${name} ${details}`;
  const workload: Draft = {};
  draft.set(workload, 'id', draft.ids.allocate(name, 'workload'), loc);
  if (name !== workload['id']) draft.set(workload, 'name', name, loc);
  const word = lookupWord(workloadKindWords, details) ?? (context.kind ? undefined : lookupWord(workloadKindWords, name));
  const kind = word?.value ?? context.kind;
  draft.set(workload, 'kind', kind ?? 'service', loc);
  if (!kind) draft.assume('inventory/workload-kind', 'A workload whose kind (VM, LXC, container) was not written was read as a service.', workload, 'kind', loc);
  if (context.host && !context.runsOn) draft.set(workload, 'host', context.host, loc);
  if (context.runsOn) draft.set(workload, 'runsOn', context.runsOn, loc);
  const vcpu = countBefore(details, 'v?cpus?|vcores?|cores?|c');
  if (vcpu) draft.set(workload, 'vcpu', vcpu, loc);
  readSizes(draft, workload, details, loc);
  if (/\bHA\b/.test(details)) draft.set(workload, 'ha', true, loc);
  const criticality = /\bcritical\b/i.exec(all) ? 'critical' : /\b(important|high)\b/i.exec(details) ? 'high' : /\blow\b/i.exec(details) ? 'low' : undefined;
  if (criticality) draft.set(workload, 'criticality', criticality, loc);
  if (/\b(exposed|public|internet[-\s]facing|reverse\s+proxied|port[-\s]forward)/i.test(details)) draft.set(workload, 'servesInternet', true, loc);
  draft.list('workloads').push(workload);
  draft.place(workload, loc);
  const id = String(workload['id']);
  const innerKind: WorkloadKind = /docker|compose|podman/i.test(all) || kind === 'vm' || kind === 'ct' ? 'container' : 'service';
  for (const service of inside) readWorkload(draft, service, loc, { kind: innerKind, runsOn: id });
  for (const child of children) readWorkload(draft, child.text, child, { kind: innerKind, runsOn: id }, child.children);
  return workload;
}

/** The first size with "RAM"/"mem" near it is memory, one with "disk" is disk; otherwise first memory, second disk. */
function readSizes(draft: InventoryDraft, workload: Draft, details: string, loc: Loc): void {
  const sizes = findSizes(details, 'memory');
  let memory: string | undefined;
  let disk: string | undefined;
  for (const size of sizes) {
    const after = details.slice(size.index + size.token.length, size.index + size.token.length + 12);
    const before = details.slice(Math.max(0, size.index - 10), size.index);
    if (/^\s*(ram|mem|memory)/i.test(after) || /(ram|mem|memory)\s*:?\s*$/i.test(before)) memory ??= size.value.text;
    else if (/^\s*(disk|storage|rootfs|hdd|ssd|volume)/i.test(after) || /(disk|storage|rootfs)\s*:?\s*$/i.test(before)) disk ??= findSize(size.token, 'disk')?.value.text;
  }
  const unlabelled = sizes.filter((size) => size.value.text !== memory && size.value.text !== disk);
  if (memory === undefined && unlabelled[0]) memory = unlabelled.shift()?.value.text;
  if (disk === undefined && unlabelled[0]) disk = unlabelled[0].value.text;
  if (memory) draft.set(workload, 'memory', memory, loc);
  if (disk) draft.set(workload, 'disk', disk, loc);
}
