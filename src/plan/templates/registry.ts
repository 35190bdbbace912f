/** Every change kind's step template: the family tables merged, the generic one for the rest. */
import type { ChangeKind } from '../change-kinds.js';
import { backupTemplates } from './backup-templates.js';
import { cephTemplates } from './ceph-templates.js';
import { clusterTemplates } from './cluster-templates.js';
import { computeTemplates } from './compute-templates.js';
import { genericTemplate } from './generic-template.js';
import { gatewayTemplates } from './gateway-templates.js';
import { networkTemplates } from './network-templates.js';
import { observabilityTemplates } from './observability-templates.js';
import { operationsTemplates } from './operations-templates.js';
import { powerTemplates } from './power-templates.js';
import { remoteAccessTemplates } from './remote-access-templates.js';
import { segmentationTemplates } from './segmentation-templates.js';
import type { StepTemplate, TemplateTable } from './step-draft.js';
import { storageTemplates } from './storage-templates.js';

export const stepTemplates: TemplateTable = { ...clusterTemplates, ...computeTemplates, ...storageTemplates, ...cephTemplates, ...backupTemplates, ...networkTemplates, ...gatewayTemplates, ...segmentationTemplates, ...remoteAccessTemplates, ...operationsTemplates, ...observabilityTemplates, ...powerTemplates };

/** The template for `kind`. */
export function templateFor(kind: ChangeKind): StepTemplate {
  return stepTemplates[kind] ?? genericTemplate;
}
