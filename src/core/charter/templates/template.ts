import { foldForMatching } from '../normalize.ts';

/** The charter columns a template can map; each becomes the `DeclaredCookie` field of the same name. */
export type CharterColumn = 'name' | 'provider' | 'service' | 'purpose' | 'duration';

/** Where each column sits in the rows below a recognised header row. */
export type ColumnIndexes = Partial<Record<CharterColumn, number>> & { name: number };

/** One published layout of the Opendatasoft cookie charter table. A new layout is a new module of this shape. */
export interface CharterTemplate {
  id: string;
  /** Maps the columns of a header row by their titles, or returns null when the row is not this template's header. */
  readHeader(cells: readonly string[]): ColumnIndexes | null;
}

/** The column titles of a template, in every language it is published in. */
export type ColumnTitles = Partial<Record<CharterColumn, readonly string[]>> & { name: readonly string[] };

/** Every template's titles for the cookie-name column, folded: a row with none of them is no template's header. */
const cookieNameTitles = new Set<string>();

/** Every title of the cookie-name column, in every language, says "cookie" (headerReader checks it). */
const COOKIE_WORD = /cookie/i;

/**
 * Whether some cell of a row is titled like a column of cookie names: false for almost every row, and cheap,
 * since only a cell saying "cookie" is folded.
 */
export function mayBeHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => COOKIE_WORD.test(cell) && titlesOfCell(cell).some((title) => cookieNameTitles.has(title)));
}

/** No column title is longer ("Nom du cookie / Cookie name" is 27): a longer cell is data, not read as a title. */
const MAX_TITLE_LENGTH = 80;

/**
 * Builds a header reader from column titles. Titles are compared folded (case, accents, spaces) and singular
 * ("Nom du cookies", "Finalité(s)" and "Finalités" all match), whatever their order, in `<th>` or `<td>`.
 * A bilingual title ("Finalités / Purposes") matches through either half. A header may lack one column,
 * but never the cookie name.
 */
export function headerReader(titles: ColumnTitles): CharterTemplate['readHeader'] {
  for (const title of titles.name) {
    // mayBeHeader skips every cell without the word: a title without it would never be read.
    if (!COOKIE_WORD.test(title)) throw new Error(`A cookie-name column title must say "cookie": ${title}`);
    cookieNameTitles.add(foldTitle(title));
  }
  const columnByTitle = new Map<string, CharterColumn>();
  for (const [column, columnTitles] of Object.entries(titles) as Array<[CharterColumn, readonly string[]]>) {
    for (const title of columnTitles) columnByTitle.set(foldTitle(title), column);
  }
  const minimumColumns = Object.keys(titles).length - 1;
  return (cells) => {
    const found: Partial<Record<CharterColumn, number>> = {};
    let foundCount = 0;
    for (let index = 0; index < cells.length; index++) {
      for (const title of titlesOfCell(cells[index]!)) {
        const column = columnByTitle.get(title);
        if (column && found[column] === undefined) {
          found[column] = index;
          foundCount++;
        }
      }
    }
    const { name } = found;
    return name === undefined || foundCount < minimumColumns ? null : { ...found, name };
  };
}

/**
 * Every row is checked against every template, and rows repeat the same texts ("Opendatasoft", "13 mois"):
 * folding each cell once keeps that cheap. The cache is emptied when full, so it stays small.
 */
const titlesByCell = new Map<string, readonly string[]>();
const MAX_CACHED_CELLS = 1000;
const NO_TITLES: readonly string[] = [];
/** Column titles are words: a cell with a digit or an underscore ("_ga", "13 mois") is data. */
const DATA_CHARACTER = /[\d_]/;

/** The folded halves of a cell ("Finalités / Purposes" → "finalite", "purpose"), or none for a cell of data. */
function titlesOfCell(cell: string): readonly string[] {
  // Data is told apart without the cache: a page of many different names ("cookie_12") does not churn it.
  if (cell.length > MAX_TITLE_LENGTH || DATA_CHARACTER.test(cell)) return NO_TITLES;
  let titles = titlesByCell.get(cell);
  if (titles === undefined) {
    if (titlesByCell.size >= MAX_CACHED_CELLS) titlesByCell.clear();
    titles = cell.split('/').map(foldTitle);
    titlesByCell.set(cell, titles);
  }
  return titles;
}

/** "Nom du cookies", "Noms des cookies", "Finalité(s) :" → "nom du cookie", "nom de cookie", "finalite". */
function foldTitle(title: string): string {
  return foldForMatching(title.replace(/\(s\)/gi, 's'))
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ');
}
