/**
 * The `kestra calc` calculators, one line each, sorted by name. Each is a commander subcommand
 * factory in its own file: it parses its flags, runs one pure calculator and prints the result,
 * the formula and the inputs (`--json` for scripts).
 */
import type { Command } from 'commander';
import type { Io } from '../../io.js';
import { availabilityCalcCommand } from './availability.js';
import { cephCalcCommand } from './ceph.js';
import { linkCalcCommand } from './link.js';
import { memoryCalcCommand } from './memory.js';
import { migrationCalcCommand } from './migration.js';
import { powerCalcCommand } from './power.js';
import { rpoCalcCommand } from './rpo.js';
import { rtoCalcCommand } from './rto.js';
import { transferCalcCommand } from './transfer.js';
import { upsCalcCommand } from './ups.js';
import { zfsCalcCommand } from './zfs.js';

export type CalcCommandFactory = (io: Io, setExitCode: (code: number) => void) => Command;

export const calcCommands: readonly CalcCommandFactory[] = [
  availabilityCalcCommand,
  cephCalcCommand,
  linkCalcCommand,
  memoryCalcCommand,
  migrationCalcCommand,
  powerCalcCommand,
  rpoCalcCommand,
  rtoCalcCommand,
  transferCalcCommand,
  upsCalcCommand,
  zfsCalcCommand,
];
