import { parseArgs } from 'node:util';
import { parseResolveRules, type ResolveRule } from './resolve-rules.ts';

export const OBSERVE_USAGE = `Usage : npm run observe -- [--hosts FICHIER | --host HÔTE …] [--out DOSSIER] [--concurrency N]
                           [--resolve RÈGLES] [--insecure] [--timeout S] [--pause S]

Visite chaque portail dans Chromium avec l'extension construite (dist/chrome), trois fois dans un profil neuf :
sans choix, après « Tout refuser », après « Tout accepter » ; écrit dans DOSSIER/<hôte>/ les trois exports de
l'extension pour chaque phase, puis DOSSIER/summary.json, summary.csv et index.html. Relancée, la commande passe
les portails déjà faits. Visits each portal three times with the built extension and writes its exports and a
summary; started again, it skips the portals already done.

  --hosts FICHIER     un hôte par ligne (# commentaire ; première colonne d'un TSV) ; par défaut, la liste des
                      portails connus livrée avec l'extension / one host per line; default: the shipped list
  --host HÔTE         un portail (répétable) / one portal (repeatable)
  --out DOSSIER       par défaut observatoire/ / default observatoire/
  --concurrency N     portails visités en même temps (défaut 2) / portals at a time (default 2)
  --resolve RÈGLES    règles --host-resolver-rules de Chromium, ex. "MAP * 127.0.0.1:8443"
  --insecure          accepte les certificats autosignés (jamais un certificat établi pour un autre nom)
  --timeout S         durée maximale par portail, trois phases comprises (défaut 120)
  --pause S           pause entre deux pages d'un même portail (défaut 2)
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
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} attend un nombre positif : « ${text} »`);
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
    if (values.hosts !== undefined && values.host !== undefined) return { ok: false, message: '--hosts et --host ne vont pas ensemble.' };
    const hosts: string[] = [];
    for (const given of values.host ?? []) {
      const host = hostName(given);
      if (!host) return { ok: false, message: `Nom d'hôte invalide : « ${given} » (un nom comme data.exemple.fr, sans https://).` };
      hosts.push(host);
    }
    const concurrency = Math.floor(positiveNumber(values.concurrency, 2, 'concurrency'));
    if (concurrency < 1) return { ok: false, message: '--concurrency attend au moins 1.' };
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
