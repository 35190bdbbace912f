/**
 * Blueprint power-protection: which loads belong on battery (critical workloads' hosts, their
 * storage, the network path to them), the UPS that carries them for a target runtime by the realistic
 * battery model (vendor chart, Peukert for lead-acid) and not only the linear bound, the staged
 * shutdown (guests, storage clients, hosts, storage last; `ceph osd set noout` first with Ceph) with
 * NUT primary/secondary roles, and the site's yearly energy cost before and after.
 */
import { builtInAnalyzers } from '../../../analyze/registry.js';
import { runAnalysis, type Analysis } from '../../../analyze/run-analysis.js';
import { formatDuration, formatMoney, formatPower } from '../../../intake/units/index.js';
import { seconds, watts } from '../../../model/quantities.js';
import { nutPrimary, shutdownStages } from '../../../model/shutdown-stages.js';
import type { Ups } from '../../../model/types.js';
import { defineBlueprint, type Design, type Mapping, type Risk } from '../../blueprint.js';
import { matchKeywords } from '../../keyword-match.js';
import { purchaseAssumptions } from '../../purchase.js';
import { currencyOf } from '../proxmox-cluster/cluster-context.js';
import { BLUEPRINT, batteryLoads } from './protected-loads.js';
import { DEFAULT_RIDE_THROUGH, STAGE_SECONDS, targetRuntime, upsDecision } from './ups-options.js';
import { transformPower } from './transform.js';

const NUT_UPSMON = 'https://networkupstools.org/docs/man/upsmon.conf.html';

export const powerProtection = defineBlueprint({
  id: BLUEPRINT,
  title: 'Power protection',
  summary: 'loads on battery, UPS sized in VA and W for a target runtime (Peukert), staged NUT shutdown, energy cost before and after',
  example: 'Size a UPS for the homelab and configure NUT so everything shuts down in order on a power cut',
  keywords: [
    { term: 'ups', synonyms: ['uninterruptible power supply', 'battery backup'], weight: 3 },
    { term: 'nut', synonyms: ['network ups tools', 'upsmon', 'apcupsd'], weight: 3 },
    { term: 'power outage', synonyms: ['power cut', 'power failure', 'blackout', 'brownout'], weight: 3 },
    { term: 'power protection', synonyms: ['power', 'runtime'], weight: 1 },
    { term: 'shutdown', synonyms: ['graceful shutdown', 'shut down'], weight: 1 },
    { term: 'energy cost', synonyms: ['electricity', 'power draw', 'energy'], weight: 1 },
  ],
  match(task: string) {
    return matchKeywords(this.keywords, task);
  },
  design(context): Design {
    const { model, analysis } = context;
    const currency = currencyOf(model);
    const loads = batteryLoads(model, analysis);
    const current = mainUps(model.power.ups, loads.onBattery.flatMap((load) => load.onUps));
    const hosts = loads.onBattery.filter((load) => load.kind === 'host').map((load) => load.id);
    const stages = shutdownStages(model, hosts);
    const target = targetRuntime(current, stages);
    const ups = upsDecision(context, loads.onBattery, target, current, currency);
    const primary = nutPrimary(stages) ?? current?.shutdown?.server;
    const built = transformPower(model, loads.onBattery, ups.choice, target, primary);
    const after = runAnalysis(built.model, builtInAnalyzers);
    const secondaries = hosts.filter((id) => id !== primary);
    const ceph = model.storage.ceph.length > 0;
    const upsId = built.upsId;
    const energy = (analysisOf: Analysis) => analysisOf.byId.get('power/site/yearly-cost');
    const [costBefore, costAfter] = [energy(analysis), energy(after)];
    const money = (fact: typeof costBefore) => (fact?.status === 'known' ? formatMoney({ amount: fact.value as number, currency: fact.currency ?? currency }) : 'unknown');
    const runtimeAfter = after.byId.get(`power/${upsId}/runtime`);
    const mappings: Mapping[] = [
      ...loads.onBattery.map((load) => ({ item: `${load.id}${load.draw !== null ? ` (${formatPower(watts(load.draw))})` : ''}${load.reasons.length > 0 ? `: ${load.reasons.join('; ')}` : ': on a UPS today'}`, from: load.onUps.length > 0 ? load.onUps.join(', ') : 'the wall', to: upsId })),
      ...stages.map((stage, index) => ({ item: `shutdown stage ${index + 1}: ${stage.stage}`, from: current?.shutdown?.automated === true ? 'automated, unordered' : 'none (hosts crash when the battery runs out)', to: stage.members.join(', ') })),
      { item: 'yearly energy cost of the site (power/site/yearly-cost)', from: money(costBefore), to: money(costAfter) },
    ];
    const risks: Risk[] = [
      { id: 'power/battery-age', description: 'Lead-acid capacity fades with age and heat; the computed runtime is for a healthy battery.', blastRadius: hosts, mitigation: `Run a battery test twice a year (upscmd ${upsId} test.battery.start.quick) and compare battery.runtime with the plan; replace the pack every 3–5 years.` },
      { id: 'power/shutdown-order', description: `If ${primary ?? 'the storage host'} went down before its clients, guests with disks or backups on it would hang mid-write.`, blastRadius: [...hosts], mitigation: `NUT primary on ${primary ?? 'the storage host'}; HOSTSYNC ≥ the time the secondaries need (${NUT_UPSMON}).` },
      { id: 'power/power-return', description: 'When power returns, hosts that stay off need a person; storage must be up before its clients start guests.', blastRadius: hosts, mitigation: 'BIOS "restore on AC power loss: power on" on every host; delay guest autostart on the hypervisors (startup delay) so storage is up first.' },
      ...(ceph ? [{ id: 'power/ceph-noout', description: 'Without noout, Ceph marks the OSDs of each stopping node out and starts rebalancing onto the survivors as they shut down.', blastRadius: model.storage.ceph.map((entry) => entry.id), mitigation: 'ceph osd set noout before the first node stops; ceph osd unset noout once all nodes are back.' }] : []),
      ...(!ups.decision.options.some((option) => option.viable) ? [{ id: 'power/runtime-gap', description: 'No UPS option reaches the target runtime at this load.', blastRadius: hosts, mitigation: 'Shed loads from battery (non-critical hosts to the wall), start the shutdown earlier, or add an extended battery pack.' }] : []),
      ...(built.replugged.length > 0 ? [{ id: 'power/replug', description: `Re-plugging ${built.replugged.join(', ')} reboots single-PSU devices.`, blastRadius: built.replugged, mitigation: 'Re-plug in the maintenance window; migrate HA guests off a host before moving it.' }] : []),
    ];
    const validation = [
      `upsc ${upsId}@${primary ?? '<NUT server>'}: ups.status OL, battery.charge 100, ups.load ≈ ${ups.load !== null ? formatPower(watts(ups.load)) : 'the computed load'}`,
      `From every secondary (${secondaries.join(', ') || 'none'}): upsc ${upsId}@${primary ?? '<NUT server>'} answers`,
      `Runtime after the change (power/${upsId}/runtime): ${runtimeAfter?.status === 'known' ? formatDuration(seconds(runtimeAfter.value as number)) : 'unknown'} ≥ target ${formatDuration(seconds(target.total))}`,
      `Shutdown drill in a maintenance window: upsmon -c fsd on ${primary ?? 'the primary'}: ${stages.map((stage) => stage.stage).join(' → ')}, ${primary ?? 'the primary'} last; everything powers back on when power returns`,
      'kestra analyze on the target shows no power/no-automated-shutdown, power/ups-runtime-too-short or power/critical-device-not-on-ups finding',
    ];
    return {
      blueprint: BLUEPRINT,
      title: 'Power protection',
      summary: `${ups.choice.kind === 'keep' ? `Keep ${upsId}` : `${ups.choice.price.item} as ${upsId}${ups.choice.replaces !== undefined ? `, replacing ${ups.choice.replaces.id}` : ''}`} for ${loads.onBattery.length} loads (${ups.load !== null ? formatPower(watts(ups.load)) : 'draw unknown'}) with a ${formatDuration(seconds(target.total))} target runtime; NUT primary ${primary ?? 'unknown'}${secondaries.length > 0 ? `, secondaries ${secondaries.join(', ')}` : ''}; shutdown ${stages.map((stage) => stage.stage).join(' → ')}${ceph ? ' (ceph osd set noout first)' : ''}. Yearly energy cost ${money(costBefore)} before, ${money(costAfter)} after.`,
      decisions: [ups.decision],
      target: built.model,
      purchases: built.purchases,
      risks,
      validation,
      rollback: [`systemctl disable --now nut-monitor on every host (back to no automated shutdown)`, ...(ups.choice.kind === 'new' ? [`Plug the loads back into ${ups.choice.replaces?.id ?? 'the wall'}`] : [])],
      assumptions: [
        ...purchaseAssumptions(context.prices, built.purchases),
        ...(target.assumedAfter ? [{ id: `design/${BLUEPRINT}/ride-through`, text: `Shutdown starts after ${formatDuration(seconds(DEFAULT_RIDE_THROUGH))} on battery, so short outages pass without one.`, sources: [] }] : []),
        ...(target.assumedNeeded ? [{ id: `design/${BLUEPRINT}/stage-times`, text: `The staged shutdown takes ${stages.map((stage) => `${stage.stage} ${STAGE_SECONDS[stage.stage]} s`).join(', ')} (guests: Proxmox VE's 180 s shutdown timeout); measure yours in the drill and set ups.shutdown.needed.`, sources: [] }] : []),
      ],
      openQuestions: loads.onBattery.filter((load) => load.draw === null).map((load) => ({ id: `design/${BLUEPRINT}/draw-${load.id}`, subject: load.id, text: `How much power does ${load.id} draw (power.idle / power.load)? The UPS cannot be sized without it.` })),
      mappings,
    };
  },
});

/** The UPS that carries most of the loads on battery, else the first UPS of the site. */
function mainUps(all: readonly Ups[], feeding: readonly string[]): Ups | undefined {
  const count = (id: string) => feeding.filter((entry) => entry === id).length;
  return [...all].sort((a, b) => count(b.id) - count(a.id))[0];
}
