import { readFileSync } from 'node:fs';
import { repoRoot } from './environment.ts';

/**
 * What the end-to-end scenarios expect, taken from the portal's own fixtures where it can be:
 * the declared lines come from the charter text files the local portal serves.
 */

export interface CharterRow {
  name: string;
  purpose: string;
  /** The "Durée" column (newer template only). */
  duration: string | null;
}

/** The rows of a charter text file (charters/README.md), read plainly: tab-separated, header rows skipped. */
export function charterRows(file: string): CharterRow[] {
  const text = readFileSync(`${repoRoot}test/portal/charters/${file}`, 'utf8');
  const rows: CharterRow[] = [];
  let header: string[] | null = null;
  for (const line of text.split('\n')) {
    if (!line.includes('\t')) {
      if (line.trim() !== '') header = null;
      continue;
    }
    const cells = line.split('\t').map((cell) => cell.trim());
    if (cells.every((cell) => /^-*$/.test(cell))) continue;
    if (!header) {
      header = cells;
      continue;
    }
    const column = (...names: string[]) => cells[header!.findIndex((title) => names.includes(title))] ?? null;
    rows.push({
      name: column('Nom du cookies', 'Nom du cookie')!,
      purpose: column('Finalités', 'Fonction')!,
      duration: column('Durée'),
    });
  }
  return rows;
}

export interface ExpectedCookie {
  name: string;
  domain: string;
  party: 'first' | 'third';
}

export const montreuil = {
  host: 'data.montreuil.fr',
  declared: charterRows('data.montreuil.fr.txt'),
  /** Set on the home page and by the banner's "Tout accepter". */
  undeclared: [
    { name: '_pk_id.1.ab12', domain: 'data.montreuil.fr', party: 'first' },
    { name: 'atuserid', domain: 'data.montreuil.fr', party: 'first' },
    { name: 'carto_uid', domain: 'tuiles.carto-tiers.fr', party: 'third' },
  ] satisfies ExpectedCookie[],
  /** Set before the visitor answers the banner (Django's cookies, atuserid, the map tiles' cookie). */
  beforeConsent: ['sessionid', 'csrftoken', 'django_language', 'atuserid', 'carto_uid'],
  /** Set by the banner once the visitor accepts. */
  afterConsent: ['cookies_preferences', '_pk_id.1.ab12'],
} as const;

export const valenciennes = {
  host: 'valenciennesmetro.opendatasoft.com',
  declared: charterRows('valenciennesmetro.opendatasoft.com.txt'),
  /** Matomo's cookies, covered by the charter's `_pk_id.*` / `_pk_ses.*` lines. */
  matomo: ['_pk_id.3.5e1f', '_pk_ses.3.5e1f'],
  undeclared: [
    { name: 'lecteur_visiteur', domain: 'video.lecteur-tiers.com', party: 'third' },
  ] satisfies ExpectedCookie[],
} as const;

export const orleans = {
  host: 'data.orleans-metropole.fr',
  declared: charterRows('data.orleans-metropole.fr.txt'),
  charterUrl: 'https://data.orleans-metropole.fr/pages/charte-cookies/',
} as const;

export const dreux = {
  host: 'dreux-agglomeration-centrevaldeloire.opendatasoft.com',
  standardNotice: "charte standard d'Opendatasoft",
} as const;

/** Django's cookies, set on every portal page. */
export const djangoCookies = ['sessionid', 'csrftoken', 'django_language'] as const;
