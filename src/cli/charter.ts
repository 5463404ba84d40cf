import { readFile } from 'node:fs/promises';
import { fetchPage } from '../adapters/fetch-page.ts';
import { parseCharter } from '../core/charter/parse.ts';
import { readPortalCharter } from '../core/charter/read.ts';
import type { DeclaredCookie } from '../core/charter/types.ts';
import { describeFallbackReason } from './describe-reason.ts';

const USAGE = `Usage : charter <fichier ou URL>   /   Usage: charter <file or URL>

Affiche en JSON les cookies qu'une charte cookies déclare.
Prints, as JSON, the cookies a cookie charter declares.

  charter charte.html                      fichier enregistré (HTML ou texte) / saved page (HTML or text)
  charter https://portail.example/page/    page de charte / charter page
  charter https://data.montreuil.fr        origine d'un portail : trouve sa charte / portal origin: finds its charter
`;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

async function main(args: readonly string[]): Promise<number> {
  const [target] = args;
  if (args.length === 1 && (target === '-h' || target === '--help')) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (args.length !== 1 || !target) return usageError('un seul argument attendu / exactly one argument expected');
  if (!/^https?:\/\//i.test(target)) return printFileCharter(target);
  const url = URL.canParse(target) ? new URL(target) : null;
  if (!url) return usageError(`URL invalide / invalid URL : ${target}`);
  const isPortalOrigin = url.pathname === '/' && url.search === '' && url.hash === '';
  return isPortalOrigin ? printPortalCharter(url.origin) : printPageCharter(url.href);
}

async function printFileCharter(path: string): Promise<number> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return fail(notFound ? `Fichier introuvable / File not found : ${path}` : `Lecture impossible / Cannot read : ${path} (${String(error)})`);
  }
  return printDeclared(parseCharter(content), path);
}

async function printPageCharter(url: string): Promise<number> {
  const page = await fetchPage(url);
  if (!page.ok) return fail(`Page illisible / Cannot read page : ${describeFallbackReason(page.reason)}`);
  return printDeclared(parseCharter(page.text), page.url);
}

async function printPortalCharter(origin: string): Promise<number> {
  const { declared, source } = await readPortalCharter(origin, fetchPage, Date.now);
  process.stderr.write(
    source.kind === 'portal'
      ? `Charte lue sur / Charter read from : ${source.url}\n`
      : `Charte standard Opendatasoft utilisée, celle du portail est illisible / Standard Opendatasoft charter used, the portal's own is unreadable : ${describeFallbackReason(source.reason)}\n`,
  );
  return printDeclared(declared, origin);
}

function printDeclared(declared: readonly DeclaredCookie[], from: string): number {
  if (declared.length === 0) return fail(`Aucun tableau de cookies trouvé / No cookie table found : ${from}`);
  process.stdout.write(`${JSON.stringify(declared, null, 2)}\n`);
  return EXIT_OK;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT_FAILED;
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

process.exitCode = await main(process.argv.slice(2));
