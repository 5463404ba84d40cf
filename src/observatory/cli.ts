import { fileURLToPath } from 'node:url';
import { observe } from './observe.ts';

/** The observatory's command (dist/cli/observe.js): Ctrl+C stops it cleanly, and the next run resumes. */
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
const root = fileURLToPath(new URL('../../', import.meta.url));
process.exitCode = await observe(process.argv.slice(2), {
  extensionDir: process.env.CHARTE_OBSERVE_EXTENSION_DIR ?? `${root}dist/chrome`,
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  signal: controller.signal,
});
