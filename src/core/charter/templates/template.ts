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

/**
 * Builds a header reader from column titles. Titles are compared folded (case, accents, spaces) and singular
 * ("Nom du cookies", "Finalité(s)" and "Finalités" all match), whatever their order, in `<th>` or `<td>`.
 * A bilingual title ("Finalités / Purposes") matches through either half. A header may lack one column,
 * but never the cookie name.
 */
export function headerReader(titles: ColumnTitles): CharterTemplate['readHeader'] {
  const columnByTitle = new Map<string, CharterColumn>();
  for (const [column, columnTitles] of Object.entries(titles) as Array<[CharterColumn, readonly string[]]>) {
    for (const title of columnTitles) columnByTitle.set(foldTitle(title), column);
  }
  const minimumColumns = Object.keys(titles).length - 1;
  return (cells) => {
    const found: Partial<Record<CharterColumn, number>> = {};
    cells.forEach((cell, index) => {
      for (const title of cell.split('/')) {
        const column = columnByTitle.get(foldTitleOnce(title));
        if (column && found[column] === undefined) found[column] = index;
      }
    });
    const { name } = found;
    if (name === undefined || Object.keys(found).length < minimumColumns) return null;
    return { ...found, name };
  };
}

/**
 * Every row is checked against every template, and rows repeat the same texts ("Opendatasoft", "13 mois"):
 * folding each text once keeps that cheap. The cache is emptied when full, so it stays small.
 */
const foldedTitles = new Map<string, string>();
const MAX_FOLDED_TITLES = 1000;

function foldTitleOnce(title: string): string {
  let folded = foldedTitles.get(title);
  if (folded === undefined) {
    if (foldedTitles.size >= MAX_FOLDED_TITLES) foldedTitles.clear();
    folded = foldTitle(title);
    foldedTitles.set(title, folded);
  }
  return folded;
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
