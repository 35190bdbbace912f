/** Inventory of power: feeds, UPSes (rating, battery, automated shutdown) and PDUs. */
import { formatApparentPower, formatDuration, formatEnergy } from '../../intake/units/index.js';
import type { Seconds, VoltAmperes, WattHours } from '../../model/quantities.js';
import type { Model } from '../../model/types.js';
import { NOT_GIVEN, cell, idCell, watts, yesNo } from '../describe.js';
import type { Block } from '../report-model.js';

/** Power feeds, UPSes and PDUs as declared. */
export function powerBlocks(model: Model): Block[] {
  const { feeds, ups, pdus } = model.power;
  if (feeds.length + ups.length + pdus.length === 0) return [{ kind: 'heading', text: 'Power' }, { kind: 'paragraph', text: ['The spec declares no power feeds or UPS.'] }];
  const blocks: Block[] = [{ kind: 'heading', text: 'Power' }];
  if (ups.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [{ title: 'UPS' }, { title: 'Model' }, { title: 'Rating' }, { title: 'Battery', align: 'right' }, { title: 'Fed from' }, { title: 'Automated shutdown' }],
      rows: ups.map((unit) => [
        idCell(unit.id),
        cell(unit.model),
        cell([unit.va !== undefined ? formatApparentPower(unit.va as VoltAmperes) : undefined, unit.watts !== undefined ? watts(unit.watts) : undefined].filter(Boolean).join(' / ')),
        cell(unit.batteryWh === undefined ? undefined : `${formatEnergy(unit.batteryWh as WattHours)} ${unit.chemistry}`),
        idCell(unit.feed),
        cell(
          unit.shutdown === undefined
            ? NOT_GIVEN
            : `${yesNo(unit.shutdown.automated)}${unit.shutdown.tool ? ` (${unit.shutdown.tool}${unit.shutdown.server ? ` on ${unit.shutdown.server}` : ''})` : ''}${unit.shutdown.after !== undefined ? `, after ${formatDuration(unit.shutdown.after as Seconds)} on battery` : ''}`,
        ),
      ]),
    });
  }
  const lines = [
    ...feeds.map((feed) => [idCell(feed.id)[0] ?? feed.id, `: ${feed.kind} feed${feed.circuit ? `, ${feed.circuit}` : ''}${feed.maxPower !== undefined ? `, at most ${watts(feed.maxPower)}` : ''}`]),
    ...pdus.map((pdu) => [idCell(pdu.id)[0] ?? pdu.id, `: PDU${pdu.model ? ` (${pdu.model})` : ''} fed from `, idCell(pdu.feed)[0] ?? pdu.feed]),
  ];
  if (lines.length > 0) blocks.push({ kind: 'bullets', items: lines });
  return blocks;
}
