/**
 * The network analyzer: TCP goodput of every link and WAN uplink, transfer time of each backup run,
 * offsite seed time, peak utilisation of the hops backup flows cross, and live-migration time of
 * cluster VMs. Fact ids follow FACTS.md (network/…).
 */
import { defineAnalyzer } from '../analyzer.js';
import { placementOf } from '../placement.js';
import { backupTransferFacts } from './backup-transfer-facts.js';
import { linkGoodputFacts, wanGoodputFacts } from './link-facts.js';
import { migrationFacts } from './migration-facts.js';
import { routerOf } from './routes.js';
import { topologyOf } from './topology.js';

export const networkAnalyzer = defineAnalyzer({
  id: 'network',
  layer: 'network',
  title: 'Network throughput, transfer and migration times',
  analyze({ model }) {
    const topology = topologyOf(model);
    const router = routerOf(model, topology);
    const migration = migrationFacts(model, topology);
    const facts = [...linkGoodputFacts(model, topology), ...wanGoodputFacts(model), ...backupTransferFacts(model, placementOf(model), router), ...migration.facts];
    const overlap = facts.some((fact) => fact.id.endsWith('/peak-utilisation'));
    return {
      facts,
      assumptions: facts.length === 0 ? [] : [
        {
          id: 'network/tcp-goodput',
          text: 'Link throughput is TCP goodput over IPv4 with TCP timestamps (Linux default): line rate × (MTU − 52) / (MTU + 38). Disks, CPU and protocols above TCP are not modelled, so transfer times are lower bounds.',
          sources: [],
        },
        ...(overlap
          ? [{
              id: 'network/backup-flows-overlap',
              text: 'Peak link utilisation assumes every backup flow crossing a link can run at the same time, each at its run\'s bytes divided by its duration, at full rate on every hop of its route.',
              sources: [],
            }]
          : []),
        ...migration.assumptions,
      ],
    };
  },
});
