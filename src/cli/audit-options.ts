import { resolve } from 'node:path';

export interface AuditOptions {
  charter: string;
  har: string;
  csv: string | null;
  json: string | null;
  html: string | null;
}

const OPTIONS = ['charter', 'har', 'csv', 'json', 'html'] as const;
type OptionName = (typeof OPTIONS)[number];
const isOption = (name: string): name is OptionName => (OPTIONS as readonly string[]).includes(name);

/** `--name value` or `--name=value`, each once; --charter and --har are required. A French / English message otherwise. */
export function parseAuditOptions(args: readonly string[]): { ok: true; options: AuditOptions } | { ok: false; message: string } {
  const values = new Map<OptionName, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag.slice(2);
    if (!flag.startsWith('--') || !isOption(name)) return { ok: false, message: `Argument inconnu / Unknown argument : ${arg}` };
    const value = inline ?? args[++index];
    if (!value) return { ok: false, message: `Valeur manquante / Missing value : --${name}` };
    if (values.has(name)) return { ok: false, message: `Option répétée / Repeated option : --${name}` };
    values.set(name, value);
  }
  const charter = values.get('charter');
  const har = values.get('har');
  if (!charter || !har) return { ok: false, message: '--charter et --har sont requis / --charter and --har are required' };
  const clash = overwrittenPath(values);
  if (clash) return { ok: false, message: `Un export écraserait un fichier lu ou un autre export / An export would overwrite an input or another export : ${clash}` };
  return { ok: true, options: { charter, har, csv: values.get('csv') ?? null, json: values.get('json') ?? null, html: values.get('html') ?? null } };
}

/** An output path that names an input file (the charter, the HAR) or another output, resolved from the working directory. */
function overwrittenPath(values: ReadonlyMap<OptionName, string>): string | null {
  const seen = new Set<string>();
  for (const name of OPTIONS) {
    const path = values.get(name);
    // A charter given as a URL is no file.
    if (path === undefined || (name === 'charter' && /^https?:\/\//i.test(path))) continue;
    const resolved = resolve(path);
    if (seen.has(resolved)) return path;
    seen.add(resolved);
  }
  return null;
}
