import { parseArgs } from 'node:util';
import { sayInBoth, sayInEnglish, sayInFrench } from '../cli/messages.ts';
import { parseResolveRules, type ResolveRule } from './resolve-rules.ts';

const argument = {
  file: sayInFrench('observatoryUsageFile'),
  host: sayInFrench('observatoryUsageHost'),
  folder: sayInFrench('observatoryUsageFolder'),
  rules: sayInFrench('observatoryUsageRules'),
};

/** Each option with what it does, by message key; `both` when the line says it in English too. */
const OPTIONS: [option: string, key: string, both: boolean][] = [
  [`--hosts ${argument.file}`, 'observatoryUsageHosts', true],
  [`--host ${argument.host}`, 'observatoryUsageOneHost', true],
  [`--out ${argument.folder}`, 'observatoryUsageOut', true],
  ['--concurrency N', 'observatoryUsageConcurrency', true],
  [`--resolve ${argument.rules}`, 'observatoryUsageResolve', false],
  ['--insecure', 'observatoryUsageInsecure', false],
  ['--timeout S', 'observatoryUsageTimeout', false],
  ['--pause S', 'observatoryUsagePause', false],
];

const OPTION_COLUMN = 22;
/** A description's later lines start under its first. */
const underOption = (text: string) => text.replaceAll('\n', `\n${' '.repeat(OPTION_COLUMN)}`);

export const OBSERVE_USAGE = `${sayInFrench('observatoryUsageSyntax', [argument.file, argument.host, argument.folder, argument.rules])}

${sayInFrench('observatoryUsageDoes')} ${sayInEnglish('observatoryUsageDoes')}

${OPTIONS.map(([option, key, both]) => `  ${option.padEnd(OPTION_COLUMN - 2)}${underOption(both ? sayInBoth(key) : sayInFrench(key))}`).join('\n')}
`;

export interface ObserveOptions {
  hostsFile: string | null;
  hosts: string[];
  outDir: string;
  concurrency: number;
  resolveRules: string;
  rules: ResolveRule[];
  insecure: boolean;
  timeoutMs: number;
  pauseMs: number;
}

export type Parsed = { ok: true; options: ObserveOptions } | { ok: false; message: string };

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** A host name as the list gives it, lower case; null for anything else (a URL, a path, a space). */
export function hostName(text: string): string | null {
  const host = text.trim().toLowerCase();
  return HOST.test(host) ? host : null;
}

/** The hosts of a list file's text: one per line, the first tab-separated column, comments and blanks skipped. */
export function hostsOfList(text: string): { hosts: string[]; rejected: string[] } {
  const hosts = new Set<string>();
  const rejected: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const first = line.split('\t')[0]!.trim();
    if (first === '' || first.startsWith('#')) continue;
    const host = hostName(first);
    if (host) hosts.add(host);
    else rejected.push(first);
  }
  return { hosts: [...hosts], rejected };
}

function positiveNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(sayInFrench('observatoryPositiveNumber', [name, text]));
  return value;
}

export function parseObserveOptions(args: readonly string[]): Parsed {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        hosts: { type: 'string' },
        host: { type: 'string', multiple: true },
        out: { type: 'string' },
        concurrency: { type: 'string' },
        resolve: { type: 'string' },
        insecure: { type: 'boolean' },
        timeout: { type: 'string' },
        pause: { type: 'string' },
      },
      allowPositionals: false,
    });
    if (values.hosts !== undefined && values.host !== undefined)
      return { ok: false, message: sayInFrench('observatoryHostsWithHost') };
    const hosts: string[] = [];
    for (const given of values.host ?? []) {
      const host = hostName(given);
      if (!host) return { ok: false, message: sayInFrench('observatoryInvalidHost', given) };
      hosts.push(host);
    }
    const concurrency = Math.floor(positiveNumber(values.concurrency, 2, 'concurrency'));
    if (concurrency < 1) return { ok: false, message: sayInFrench('observatoryConcurrencyAtLeastOne') };
    const resolveRules = values.resolve ?? '';
    return {
      ok: true,
      options: {
        hostsFile: values.hosts ?? null,
        hosts: [...new Set(hosts)],
        outDir: values.out ?? 'observatoire',
        concurrency,
        resolveRules,
        rules: parseResolveRules(resolveRules),
        insecure: values.insecure ?? false,
        timeoutMs: positiveNumber(values.timeout, 120, 'timeout') * 1000,
        pauseMs: positiveNumber(values.pause, 2, 'pause') * 1000,
      },
    };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
