/**
 * The power-protection transform: the chosen UPS (kept, or a new one that takes the old one's place
 * and loads), every load that belongs on battery plugged into it, NUT shutdown configured with the
 * staged order's primary and timings, and UPS events alerting.
 */
import { addEntity, removeEntity, updateEntity } from '../../../model/collections.js';
import { seconds, voltAmperes, wattHours, watts } from '../../../model/quantities.js';
import type { Host, Model, NetworkDevice, Pdu, Ups } from '../../../model/types.js';
import { upsesFeeding } from '../../../rules/queries/power-path.js';
import type { Purchase } from '../../blueprint.js';
import { blueprintSource } from '../../blueprint-source.js';
import { uniqueId } from '../../model-helpers.js';
import { purchase } from '../../purchase.js';
import { BLUEPRINT, type Load } from './protected-loads.js';
import type { TargetRuntime, UpsChoice } from './ups-options.js';

const source = blueprintSource(BLUEPRINT);

export interface PowerTransform {
  readonly model: Model;
  readonly upsId: string;
  /** Loads plugged into the UPS by the design. */
  readonly replugged: readonly string[];
  readonly purchases: readonly Purchase[];
}

type Draw = NonNullable<Host['power']>;

/** `draw` plugged into `upsId` instead of `replaced`, or onto it when it reaches no UPS. */
function replug(model: Model, draw: Draw, upsId: string, replaced: string | undefined): Draw {
  const swapped = draw.feeds.map((feed) => (feed === replaced ? upsId : feed));
  const reaches = swapped.includes(upsId) || model.power.pdus.some((pdu) => swapped.includes(pdu.id) && (pdu.feed === upsId || pdu.feed === replaced));
  if (reaches) return { ...draw, feeds: swapped };
  // A second power supply stays on its own feed: the UPS takes the first.
  return { ...draw, feeds: [upsId, ...swapped.slice(1)] };
}

/** The target for the chosen UPS, loads and shutdown plan. */
export function transformPower(current: Model, loads: readonly Load[], choice: UpsChoice, target: TargetRuntime, primary: string | undefined): PowerTransform {
  let model = current;
  const purchases: Purchase[] = [];
  let upsId: string;
  const replaced = choice.kind === 'new' ? choice.replaces?.id : undefined;
  if (choice.kind === 'keep') {
    upsId = choice.ups.id;
  } else {
    upsId = uniqueId(model, choice.upsClass.id);
    const ups = {
      id: upsId,
      model: choice.price.item,
      va: voltAmperes(choice.upsClass.va),
      watts: watts(choice.upsClass.watts),
      batteryWh: wattHours(choice.upsClass.batteryWh),
      chemistry: choice.upsClass.chemistry,
      ...(choice.replaces?.feed !== undefined ? { feed: choice.replaces.feed } : current.power.feeds[0] !== undefined ? { feed: current.power.feeds[0].id } : {}),
      source,
    } as unknown as Ups;
    model = addEntity(model, 'power.ups', ups);
    purchases.push(purchase(choice.price, 1, upsId));
    for (const pdu of model.power.pdus.filter((candidate) => candidate.feed === replaced)) model = updateEntity<Pdu>(model, 'power.pdus', pdu.id, (entity) => ({ ...entity, feed: upsId }));
  }
  const replugged: string[] = [];
  for (const load of loads) {
    if (upsesFeeding(model, load.id).includes(upsId)) continue;
    const host = model.hosts.find((candidate) => candidate.id === load.id);
    const device = model.network.devices.find((candidate) => candidate.id === load.id);
    const draw = host?.power ?? device?.power;
    if (draw === undefined || (draw.feeds.length === 0 && draw.poeFrom !== undefined)) continue;
    const next = replug(model, draw, upsId, replaced);
    if (next.feeds.join(',') === draw.feeds.join(',')) continue;
    replugged.push(load.id);
    model = host !== undefined ? updateEntity<Host>(model, 'hosts', load.id, (entity) => ({ ...entity, power: next })) : updateEntity<NetworkDevice>(model, 'network.devices', load.id, (entity) => ({ ...entity, power: next }));
  }
  if (replaced !== undefined) model = removeEntity(model, 'power.ups', replaced);
  model = updateEntity<Ups>(model, 'power.ups', upsId, (entity) => ({ ...entity, shutdown: { automated: true, tool: 'nut', ...(primary !== undefined ? { server: primary } : {}), after: seconds(target.after), needed: seconds(target.needed) } }));
  model = { ...model, monitoring: { ...model.monitoring, checks: { ...model.monitoring.checks, ups: true } } };
  return { model, upsId, replugged, purchases };
}
