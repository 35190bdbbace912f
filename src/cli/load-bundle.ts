/**
 * Compiles and runs the bundled CLI (dist/cli/kestra.cjs) the way Node runs a CommonJS module, but
 * through a vm.Script so that V8 can take its compiled code from a cache. Shared by the launcher
 * (bin.ts), which reads the cache, and scripts/bundle.mjs, which writes it: the cache only fits the
 * exact source string it was made from, wrapper included.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { constants, Script } from 'node:vm';

/** What the bundle exports (see bundle-entry.ts). */
export interface BundleExports {
  main(argv: readonly string[]): Promise<void>;
  warmUp(example: string): Promise<void>;
}

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** Runs the bundle's `source` as the module `file`; `cachedData` is V8's code cache for it, if any. */
export function loadBundle(file: string, source: string, cachedData?: Buffer): { script: Script; exports: BundleExports } {
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    // A dynamic import left in the bundle (of a Node built-in) resolves as it would in any module.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  (script.runInThisContext() as ModuleFunction)(module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports as BundleExports };
}
