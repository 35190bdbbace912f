// Marks the built CLI entry point executable so `npx kestra` works straight after `npm install`.
import { chmodSync, existsSync } from 'node:fs';
const entry = new URL('../dist/cli/bin.js', import.meta.url);
if (existsSync(entry)) chmodSync(entry, 0o755);
