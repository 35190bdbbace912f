/** The prompts the Kestra MCP server offers: the persona's two example invocations (docs/persona.md). */
import { personaInvocationPrompt } from './persona-invocation.js';
import type { KestraPrompt } from './prompt.js';

export const builtInPrompts: readonly KestraPrompt[] = [
  personaInvocationPrompt({
    name: 'design_infrastructure',
    title: 'Design with chain-of-thought and rule-based reasoning',
    task: 'Design a two-node Proxmox cluster with shared storage and backup strategy',
    inventory: 'hardware-inventory.md',
    patterns: ['chain-of-thought', 'rule-based reasoning'],
  }),
  personaInvocationPrompt({
    name: 'plan_migration',
    title: 'Plan a migration with planning-phase and orchestration',
    task: 'Create a migration plan from UniFi to OPNsense with zero downtime for IoT VLAN',
    inventory: 'network-map.png summary',
    patterns: ['planning-phase', 'orchestration (for worker stage)'],
  }),
];
