/**
 * Turns changes into steps: each change's template drafts are chained (a preparation step before
 * its cut-over), the draft that applies the change carries its patches, and dependencies between
 * changes become requirements between steps (the prerequisite's last step before the dependent's
 * applying step). A baseline step opens the plan and a verification step closes it; purchases ride
 * on the step that installs what they buy.
 */
import type { Purchase } from '../design/blueprint.js';
import type { Change, Command, Patch, Phase, StepBody } from './plan-types.js';
import { defaultPhase } from './change-kinds.js';
import type { BridgeDraft, StepDraft, TemplateContext } from './templates/step-draft.js';
import { templateFor } from './templates/registry.js';
import { HOUR, MINUTE, shell } from './templates/step-draft.js';

/** A step while the plan is being built; numbered and frozen into a Step at the end. */
export interface PlannedStep extends StepBody {
  readonly id: string;
  phase: Phase;
  readonly changes: readonly string[];
  readonly subjects: readonly string[];
  readonly requires: Set<string>;
  purchases: Purchase[];
  readonly patches: readonly Patch[];
  readonly bridges?: readonly BridgeDraft[];
  /** The change whose template drafted the step. */
  readonly changeId?: string;
  readonly bridge?: { readonly for: string; readonly reason: string };
  /** A change the planner made up for a bridge (a guest's evacuation), listed with the diff's changes. */
  readonly synthetic?: Change;
}

export const BASELINE_STEP = 'prepare/baseline';
export const ORDER_STEP = 'prepare/order-hardware';
export const VERIFY_STEP = 'verify/end-to-end';

/** A planned step from a template draft. */
export function stepFromDraft(draft: StepDraft, id: string, change: Change | undefined, applies: boolean, extra: Partial<Pick<PlannedStep, 'bridge' | 'synthetic'>> = {}): PlannedStep {
  const { key: _key, phase, applies: _applies, bridges, ...body } = draft;
  return {
    ...body,
    id,
    phase: phase ?? (change !== undefined ? defaultPhase(change.kind) : 'build'),
    changes: applies && change !== undefined ? [change.id] : [],
    subjects: change !== undefined ? [change.subject] : [],
    requires: new Set(),
    purchases: [],
    patches: applies && change !== undefined ? change.patches : [],
    ...(bridges !== undefined && bridges.length > 0 ? { bridges } : {}),
    ...(change !== undefined ? { changeId: change.id } : {}),
    ...extra,
  };
}

/** Which draft of a chain applies the change: the one marked, else the one with key '', else the last. */
export function applyingIndex(drafts: readonly StepDraft[]): number {
  const marked = drafts.findIndex((draft) => draft.applies === true);
  if (marked >= 0) return marked;
  const main = drafts.findIndex((draft) => draft.key === '' && draft.applies !== false);
  return main >= 0 ? main : drafts.length - 1;
}

export interface BuiltSteps {
  readonly steps: PlannedStep[];
  /** Per change: its first, applying and last step ids. */
  readonly chains: ReadonlyMap<string, { readonly first: string; readonly applying: string; readonly last: string }>;
}

/** Drafts the steps of `changes` and links them by `dependencies`. */
export function buildSteps(
  changes: readonly Change[],
  dependencies: readonly { readonly first: string; readonly then: string }[],
  context: TemplateContext,
  purchases: readonly Purchase[],
  validation: readonly string[],
): BuiltSteps {
  const baseline: PlannedStep = stepFromDraft(
    {
      key: '',
      title: 'Record the baseline',
      phase: 'prepare',
      preChecks: [],
      action: { summary: 'Save what runs today so every later step can be compared and rolled back: the spec, configuration backups of every device that changes, fresh backups of the guests involved, and the status commands below.', commands: baselineCommands(changes) },
      validation: ['The backups and exports are stored off the machines they describe', 'kestra analyze on the current spec is saved with the plan'],
      rollback: ['Nothing changed'],
      downtime: 0,
      downtimeBasis: 'read-only',
      duration: HOUR,
      blastRadius: [],
      disrupts: [],
    },
    BASELINE_STEP,
    undefined,
    false,
  );
  const steps: PlannedStep[] = [baseline];
  const chains = new Map<string, { first: string; applying: string; last: string }>();
  for (const change of changes) {
    const drafts = templateFor(change.kind)(change, context);
    if (drafts.length === 0) throw new Error(`step template for ${change.kind} returned no step for ${change.id}`);
    const applying = applyingIndex(drafts);
    const ids = drafts.map((draft) => (draft.key === '' ? change.id : `${change.id}/${draft.key}`));
    drafts.forEach((draft, index) => {
      const step = stepFromDraft(draft, ids[index] as string, change, index === applying);
      step.requires.add(index === 0 ? BASELINE_STEP : (ids[index - 1] as string));
      steps.push(step);
    });
    chains.set(change.id, { first: ids[0] as string, applying: ids[applying] as string, last: ids[ids.length - 1] as string });
  }
  const byId = new Map(steps.map((step) => [step.id, step]));
  for (const dependency of dependencies) {
    const first = chains.get(dependency.first);
    const then = chains.get(dependency.then);
    if (first && then) byId.get(then.applying)?.requires.add(first.last);
  }
  const unattached: Purchase[] = [];
  for (const purchase of purchases) {
    const owner = changes.find((change) => change.kind.endsWith('.add') && purchase.forEntity !== undefined && (change.subject === purchase.forEntity || `${change.subject}/${change.item ?? ''}` === purchase.forEntity));
    const step = owner === undefined ? undefined : byId.get(chains.get(owner.id)?.applying ?? '');
    if (step) step.purchases.push(purchase);
    else unattached.push(purchase);
  }
  if (unattached.length > 0) {
    const order = stepFromDraft(
      {
        key: '',
        title: `Order ${unattached.map((purchase) => `${purchase.quantity} × ${purchase.item}`).join('; ')}`,
        phase: 'prepare',
        preChecks: ['Confirm the prices with a quote; the plan uses the figures listed with each purchase'],
        action: { summary: 'Order the parts the design needs so they are on hand before the build starts.', commands: [] },
        validation: ['Everything arrived and works on the bench'],
        rollback: ['Return unopened parts within the return period'],
        downtime: 0,
        downtimeBasis: 'no change to the running site',
        duration: 30 * MINUTE,
        blastRadius: [],
        disrupts: [],
      },
      ORDER_STEP,
      undefined,
      false,
    );
    order.requires.add(BASELINE_STEP);
    order.purchases = unattached;
    steps.push(order);
  }
  const verify = stepFromDraft(
    {
      key: '',
      title: 'Verify the target end to end',
      phase: 'verify',
      preChecks: ['Every earlier step is done and validated'],
      action: { summary: 'Update the spec to the target, re-run the analysis and the failure drills the design promises.', commands: [shell('kestra validate target.yaml && kestra analyze target.yaml')] },
      validation: validation.length > 0 ? validation : ['kestra analyze on the target spec shows no new finding'],
      rollback: ['Each step lists its own rollback; undo them in reverse order'],
      downtime: 0,
      downtimeBasis: 'checks only; failure drills run in the maintenance window',
      duration: 2 * HOUR,
      blastRadius: [],
      disrupts: [],
    },
    VERIFY_STEP,
    undefined,
    false,
  );
  for (const step of steps) verify.requires.add(step.id);
  steps.push(verify);
  return { steps, chains };
}

/** Status commands worth saving before the kinds of change in the plan. */
function baselineCommands(changes: readonly Change[]): Command[] {
  const kinds = new Set(changes.map((change) => change.kind.split('.')[0] ?? ''));
  const commands: Command[] = [];
  if (['cluster', 'cluster-node', 'qdevice', 'ha', 'ha-group', 'ha-resource', 'corosync-link', 'replication-job', 'shared-storage', 'workload'].some((kind) => kinds.has(kind))) {
    commands.push(shell('pvecm status; ha-manager status; pvesr status; pvesm status'), shell('cp /etc/pve/corosync.conf /root/corosync.conf.baseline'));
  }
  if (['zfs-pool', 'zfs-vdev', 'zfs-disk', 'zfs-support-vdev', 'host-disk'].some((kind) => kinds.has(kind))) commands.push(shell('zpool status -v; zpool list; zfs list -o space'));
  if (['ceph', 'ceph-osd', 'ceph-pool', 'ceph-monitor'].some((kind) => kinds.has(kind))) commands.push(shell('ceph -s; ceph osd tree; ceph df'));
  if (['gateway', 'vlan', 'vlan-gateway', 'dhcp-scope', 'firewall-rule', 'firewall-policy', 'wan', 'vpn', 'port-forward', 'network-device', 'link'].some((kind) => kinds.has(kind))) {
    commands.push(shell('ip route; ip -br addr   # from one client per VLAN'), shell('Export the gateway and switch configurations (their UI backup pages)'));
  }
  if (['backup-target', 'backup-job'].some((kind) => kinds.has(kind))) commands.push(shell('Run every backup job once and note its duration and size'));
  if (['ups', 'nut-config'].some((kind) => kinds.has(kind))) commands.push(shell('upsc <ups>   # load and runtime'));
  commands.push(shell('vzdump <vmids of the guests the plan touches> --storage <backup storage> --mode snapshot'));
  return commands;
}
