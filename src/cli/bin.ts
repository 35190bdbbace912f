#!/usr/bin/env node
// The `kestra` executable: the only place that sets process.exitCode.
import { run } from './main.js';

// A reader that stops early (`kestra plan … | head`) closes the pipe; that is not an error of Kestra's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await run(process.argv.slice(2));
