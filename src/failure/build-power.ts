/**
 * Power in the failure graph.
 *
 * - A power feed (a utility circuit, a generator) fails on its own.
 * - A UPS needs the feed it is plugged into. It only bridges an outage for its runtime; this model is
 *   about sustained failures, so "the wall fails" takes everything on the UPS down once the battery
 *   is empty (PVE: "use an uninterruptible power supply … especially if you want HA",
 *   https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_quorum).
 * - A PDU needs the feed or UPS it is plugged into.
 * - A host or network device is powered while ANY of its inputs is (dual PSUs on two feeds); a PoE
 *   device needs the switch port that powers it, so it needs that switch.
 * - Equipment without declared power gets no power dependency, listed as an assumption.
 */
import type { Source } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { componentOptions } from './build-context.js';

/** Adds feeds, UPSes and PDUs. */
export function addPowerSources(context: BuildContext): void {
  const { model, builder } = context;
  for (const feed of model.power.feeds) builder.add('feed', feed.id, componentOptions(context, feed, ['feed'], feed.availability, { detail: feed.kind }));
  for (const ups of model.power.ups) {
    const id = builder.add('ups', ups.id, componentOptions(context, ups, ['ups'], ups.availability));
    builder.needs(id, ups.feed === undefined ? undefined : context.entityNode.get(ups.feed));
  }
  for (const pdu of model.power.pdus) {
    const id = builder.add('pdu', pdu.id, componentOptions(context, pdu, ['pdu']));
    builder.needs(id, context.entityNode.get(pdu.feed));
  }
}

interface Powered {
  readonly id: string;
  readonly source: Source;
  readonly power?: { readonly feeds: readonly string[]; readonly poeFrom?: string | undefined } | undefined;
}

/** The node that says `owner` has power: one input, an `any` of several, or undefined when none is declared. */
export function powerInput(context: BuildContext, owner: Powered): string | undefined {
  const inputs: string[] = [];
  for (const feed of owner.power?.feeds ?? []) {
    const node = context.entityNode.get(feed);
    if (node !== undefined) inputs.push(node);
  }
  const poe = owner.power?.poeFrom?.split(':')[0];
  const poeNode = poe === undefined ? undefined : context.entityNode.get(poe);
  if (poeNode !== undefined) inputs.push(poeNode);
  if (inputs.length === 0) {
    context.builder.assume({
      id: 'failure/power-not-declared',
      text: 'Equipment without declared power feeds is treated as always powered; declare `power.feeds` (or `poeFrom`) to see power single points of failure.',
      sources: [owner.source],
    });
  }
  return context.builder.anyOf('power', owner.id, inputs, { entity: owner.id, source: owner.source });
}
