/**
 * The tools the Kestra MCP server offers, one line each, in the order clients list them. Adding a
 * tool is one file plus one line here (and its end-to-end test).
 */
import type { KestraTool } from '../tool.js';
import { analyzeTool } from './analyze/analyze-tool.js';
import { calcAvailabilityTool } from './calc/availability.js';
import { calcCephTool } from './calc/ceph.js';
import { calcLinkTool } from './calc/link.js';
import { calcMemoryTool } from './calc/memory.js';
import { calcMigrationTool } from './calc/migration.js';
import { calcPowerTool } from './calc/power.js';
import { calcRpoTool } from './calc/rpo.js';
import { calcRtoTool } from './calc/rto.js';
import { calcTransferTool } from './calc/transfer.js';
import { calcUpsTool } from './calc/ups.js';
import { calcZfsTool } from './calc/zfs.js';
import { explainRuleTool } from './explain-rule.js';
import { lintPlanTool } from './lint-plan.js';
import { listRulesTool } from './list-rules.js';
import { planTool } from './plan.js';
import { validateInventoryTool } from './validate-inventory.js';
import { whatIfTool } from './what-if.js';

export const builtInTools: readonly KestraTool[] = [
  validateInventoryTool,
  analyzeTool,
  planTool,
  whatIfTool,
  lintPlanTool,
  listRulesTool,
  explainRuleTool,
  calcAvailabilityTool,
  calcCephTool,
  calcLinkTool,
  calcMemoryTool,
  calcMigrationTool,
  calcPowerTool,
  calcRpoTool,
  calcRtoTool,
  calcTransferTool,
  calcUpsTool,
  calcZfsTool,
];
