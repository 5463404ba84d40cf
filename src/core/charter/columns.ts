import { foldForMatching } from './normalize.ts';
import { rememberedUpTo } from './remembered.ts';

/** The charter columns the reader maps; each becomes the `DeclaredCookie` field of the same name. */
export type CharterColumn = 'name' | 'provider' | 'service' | 'purpose' | 'duration';

/** Where each column sits in the rows below a header row. */
export type ColumnIndexes = Partial<Record<CharterColumn, number>> & { name: number };

/** What a column title means: a charter column, or a column the reader knows but does not keep (type, category). */
type TitleMeaning = CharterColumn | 'ignored';

/**
 * Words that tell what a column holds, folded (lower case, no accents, singular), in the languages Opendatasoft
 * serves portals in: French, English, German, Spanish, Italian, Dutch. Titles are read by meaning, not matched
 * whole: "Nom du prestataire", "Service provider's name", "Prestataire", "Name des Anbieters" are all the provider.
 * Checked in this order, so that "Function and location" (the older English template's service column) is a
 * service before "function" makes it a purpose, and "Nom du prestataire" a provider before "nom" makes it a name.
 */
const MEANING_WORDS: ReadonlyArray<readonly [TitleMeaning, readonly string[]]> = [
  [
    'duration',
    [
      'duree',
      'duration',
      'expiration',
      'expiry',
      'retention',
      'conservation',
      'lifetime',
      'dauer',
      'speicherdauer',
      'laufzeit',
      'duracion',
      'caducidad',
      'durata',
      'scadenza',
      'duur',
      'bewaartermijn',
      'looptijd',
    ],
  ],
  [
    'ignored',
    [
      'type',
      'categorie',
      'category',
      'kategorie',
      'tipo',
      'categoria',
      'soort',
      'domaine',
      'domain',
      'dominio',
      'partie',
      'party',
    ],
  ],
  [
    'provider',
    [
      'prestataire',
      'fournisseur',
      'provider',
      'supplier',
      'editeur',
      'emetteur',
      'vendor',
      'anbieter',
      'proveedor',
      'fornitore',
      'aanbieder',
      'leverancier',
    ],
  ],
  ['service', ['emplacement', 'location', 'service', 'dienst', 'servicio', 'servizio']],
  [
    'purpose',
    [
      'finalite',
      'purpose',
      'fonction',
      'function',
      'objet',
      'objectif',
      'objective',
      'utilite',
      'usage',
      'description',
      'zweck',
      'funktion',
      'finalidad',
      'funcion',
      'proposito',
      'finalita',
      'funzione',
      'scopo',
      'doel',
      'functie',
    ],
  ],
  ['name', ['cookie', 'traceur', 'tracker', 'nom', 'name', 'nombre', 'nome', 'naam']],
];
const MEANING_BY_WORD = new Map<string, TitleMeaning>();
for (const [meaning, words] of MEANING_WORDS)
  for (const word of words) if (!MEANING_BY_WORD.has(word)) MEANING_BY_WORD.set(word, meaning);
const MEANING_ORDER = MEANING_WORDS.map(([meaning]) => meaning);

/** No column title is longer ("Nom du cookie / Cookie name" is 27): a longer cell is data, not read as a title. */
const MAX_TITLE_LENGTH = 60;
/** Column titles are words: a cell with a digit, an underscore or a wildcard ("_ga", "13 mois", "_pk_*") is data. */
const DATA_CHARACTER = /[\d_*]/;
/** A title is a few words; more is a sentence of data ("Choix concernant vos préférences sur les cookies"). */
const MAX_TITLE_WORDS = 5;

/**
 * Maps a header row by the meaning of its titles, or returns null when the row is not a header: a header names
 * the cookie column and at least one other, and every title in it is understood but at most one (an unknown extra
 * column). Tables of 2 to 5 columns, in any order, with `<th>` or `<td>`.
 */
export function readHeaderRow(cells: readonly string[]): ColumnIndexes | null {
  const found: Partial<Record<CharterColumn, number>> = {};
  let understood = 0;
  let unknown = 0;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]!;
    if (cell === '') continue;
    const meaning = meaningOfTitle(cell);
    if (meaning === null) {
      if (++unknown > 1) return null;
      continue;
    }
    understood++;
    if (meaning !== 'ignored' && found[meaning] === undefined) found[meaning] = index;
  }
  const { name } = found;
  if (name === undefined || understood < 2 || (unknown > 0 && understood < 3)) return null;
  return { ...found, name };
}

/** What one title cell means; a bilingual title ("Finalités / Purposes") through either half. */
export function meaningOfTitle(cell: string): TitleMeaning | null {
  if (cell.length > MAX_TITLE_LENGTH || DATA_CHARACTER.test(cell)) return null;
  return rememberedMeaningOfShortTitle(cell);
}

function meaningOfShortTitle(cell: string): TitleMeaning | null {
  let meaning: TitleMeaning | null = null;
  for (const half of cell.split('/')) meaning ??= meaningOfWords(titleWords(half));
  return meaning;
}

/** Every row is read as a possible header, and rows repeat the same texts ("Opendatasoft", "13 mois"): each cell is understood once. */
const rememberedMeaningOfShortTitle = rememberedUpTo(1000, meaningOfShortTitle);

function meaningOfWords(words: readonly string[]): TitleMeaning | null {
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return null;
  let best: TitleMeaning | null = null;
  for (const word of words) {
    // Compound words ("Cookienaam", "Cookiename") say "cookie" inside.
    const meaning = MEANING_BY_WORD.get(word) ?? (word.includes('cookie') ? 'name' : undefined);
    if (meaning && (best === null || MEANING_ORDER.indexOf(meaning) < MEANING_ORDER.indexOf(best))) best = meaning;
  }
  return best;
}

/** Words that only bind a title's meaningful words ("Nom du cookie", "Name of the provider", "Cookie name(s)"). */
const FILLER_WORDS = new Set([
  'du',
  'de',
  'des',
  'la',
  'le',
  'les',
  'd',
  'l',
  'of',
  'the',
  'and',
  'et',
  'y',
  'e',
  'en',
  'und',
  'van',
  'het',
  'del',
  'dei',
  'der',
  'die',
  's',
  'or',
  'ou',
]);

/** "Nom du cookies", "Service provider’s name", "Finalité(s) :" → ["nom", "cookie"], ["service", "provider", "name"], ["finalite"]. */
function titleWords(title: string): string[] {
  return foldForMatching(title.replace(/\(s\)/gi, 's'))
    .replace(/'s\b/g, '')
    .split(/[^a-z]+/)
    .filter((word) => word !== '' && !FILLER_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

/** Whether a row may be a header: some cell is a short title saying what a cookie-name column says. Cheap: most rows are data. */
export function mayBeHeader(cells: readonly string[]): boolean {
  return cells.some(
    (cell) =>
      cell.length <= MAX_TITLE_LENGTH && cell !== '' && !DATA_CHARACTER.test(cell) && meaningOfTitle(cell) === 'name',
  );
}
