import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface BundledCli {
  run: (...args: string[]) => SpawnSyncReturns<string>;
  /** A fresh folder beside the bundle, for the files a test asks the command to write. */
  dir: string;
  remove: () => void;
}

/** Bundles the command line the way the build does, so that tests run it as a user would. */
export async function bundleCli(): Promise<BundledCli> {
  const dir = mkdtempSync(join(tmpdir(), 'charter-cli-'));
  const cli = join(dir, 'charter.js');
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/cli/charter.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: cli,
    logLevel: 'silent',
  });
  return {
    run: (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' }),
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
