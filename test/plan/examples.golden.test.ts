/** Golden plans: a realistic task per example, designed and planned with the failure model. */
import { describe, expect, it } from 'vitest';
import { designTask } from '../../src/design/design-task.js';
import { failureImpact } from '../../src/plan/failure-impact.js';
import { planMigration } from '../../src/plan/plan-migration.js';
import { exampleModel } from '../helpers/example-model.js';
import { expectGolden } from '../helpers/golden.js';
import { planGolden } from '../helpers/plan-golden.js';

const cases = [
  { example: 'two-node-homelab.yaml', name: 'two-node-homelab.cluster', task: 'Design a two-node Proxmox cluster with shared storage and backup strategy', blueprints: ['proxmox-cluster', 'backup-strategy'] },
  { example: 'two-node-homelab.yaml', name: 'two-node-homelab.gateway', task: 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN', blueprints: ['gateway-migration'] },
  { example: 'three-node-ceph.yaml', name: 'three-node-ceph.cluster', task: 'Review the Proxmox cluster: quorum, Ceph and HA', blueprints: ['proxmox-cluster'] },
  { example: 'two-node-homelab.yaml', name: 'two-node-homelab.observability', task: 'Set up monitoring and alerting with Prometheus and Grafana for the homelab', blueprints: ['observability-stack'] },
  { example: 'two-node-homelab.yaml', name: 'two-node-homelab.power', task: 'Size a UPS for the homelab and configure NUT so everything shuts down in order on a power cut', blueprints: ['power-protection'] },
  { example: 'two-node-homelab.yaml', name: 'two-node-homelab.segmentation', task: 'Segment the home network into VLANs for management, servers, IoT and guests with a firewall policy between them', blueprints: ['network-segmentation'] },
  { example: 'small-office.yaml', name: 'small-office.capacity', task: 'Plan the capacity expansion of the data pool', blueprints: ['capacity-expansion'] },
  { example: 'small-office.yaml', name: 'small-office.remote-access', task: 'Set up secure remote access with MFA instead of port forwards', blueprints: ['remote-access'] },
  { example: 'small-office.yaml', name: 'small-office.gateway', task: 'Replace the OPNsense firewall with new hardware, no downtime for the printers VLAN', blueprints: ['gateway-migration'] },
] as const;

describe('golden plans of the examples', () => {
  for (const entry of cases) {
    it(entry.name, () => {
      const { model, analysis } = exampleModel(entry.example);
      const result = designTask(model, analysis, entry.task);
      expect(result.designs.map((design) => design.blueprint)).toEqual(entry.blueprints);
      const plan = planMigration(model, result.target, result.constraints, failureImpact, { purchases: result.purchases, validation: result.validation, analysis });
      expect(plan.violations).toEqual([]);
      expectGolden(`plan/${entry.name}.json`, planGolden(result, plan));
    });
  }
});
