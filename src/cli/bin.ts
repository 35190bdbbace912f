#!/usr/bin/env node
// The `kestra` executable: the only place that sets process.exitCode.
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2));
