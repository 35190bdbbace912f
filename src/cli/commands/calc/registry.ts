/**
 * The `kestra calc` calculators, one line each, sorted by name. Each is a commander subcommand
 * factory in its own file: it parses its flags, runs one pure calculator and prints the result,
 * the formula and the inputs (`--json` for scripts).
 */
import type { Command } from 'commander';
import type { Io } from '../../io.js';
import { cephCalcCommand } from './ceph.js';
import { memoryCalcCommand } from './memory.js';
import { zfsCalcCommand } from './zfs.js';

export type CalcCommandFactory = (io: Io, setExitCode: (code: number) => void) => Command;

export const calcCommands: readonly CalcCommandFactory[] = [
  (io) => cephCalcCommand(io),
  (io) => memoryCalcCommand(io),
  (io) => zfsCalcCommand(io),
];
