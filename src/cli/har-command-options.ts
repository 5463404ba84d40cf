import { resolve } from 'node:path';
import { sayInBoth, sayInBothAbout } from './messages.ts';

/** The options of a command that reads a charter and a HAR file and writes some files: `audit`, `draft`. */
export interface HarCommandOptions<Output extends string> {
  charter: string;
  har: string;
  /** Each file the command can write, with the path asked for, or null. */
  outputs: Record<Output, string | null>;
}

export type ParsedOptions<Output extends string> =
  { ok: true; options: HarCommandOptions<Output> } | { ok: false; message: string };

/**
 * `--name value` or `--name=value`, each once, among --charter, --har and the command's outputs; --charter and --har
 * are required, and no output may overwrite an input or another output. A French / English message otherwise.
 */
export function parseHarCommandOptions<Output extends string>(
  args: readonly string[],
  outputNames: readonly Output[],
): ParsedOptions<Output> {
  const names: readonly string[] = ['charter', 'har', ...outputNames];
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const name = flag.slice(2);
    if (!flag.startsWith('--') || !names.includes(name))
      return { ok: false, message: sayInBothAbout('cliUnknownArgument', arg) };
    const value = inline ?? args[++index];
    if (!value) return { ok: false, message: sayInBothAbout('cliMissingValue', `--${name}`) };
    if (values.has(name)) return { ok: false, message: sayInBothAbout('cliRepeatedOption', `--${name}`) };
    values.set(name, value);
  }
  const charter = values.get('charter');
  const har = values.get('har');
  if (!charter || !har) return { ok: false, message: sayInBoth('cliRequiredOptions') };
  const clash = overwrittenPath(names, values);
  if (clash) return { ok: false, message: sayInBothAbout('cliOverwrite', clash) };
  const outputs = Object.fromEntries(outputNames.map((name) => [name, values.get(name) ?? null])) as Record<
    Output,
    string | null
  >;
  return { ok: true, options: { charter, har, outputs } };
}

/** An output path that names an input file (the charter, the HAR) or another output, resolved from the working directory. */
function overwrittenPath(names: readonly string[], values: ReadonlyMap<string, string>): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    const path = values.get(name);
    // A charter given as a URL is no file.
    if (path === undefined || (name === 'charter' && /^https?:\/\//i.test(path))) continue;
    const resolved = resolve(path);
    if (seen.has(resolved)) return path;
    seen.add(resolved);
  }
  return null;
}
