/** Collapses every run of whitespace (non-breaking spaces and line breaks included) into one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Collapses whitespace line by line, keeping the line breaks that separate values and dropping empty lines. */
export function cleanCellText(text: string): string {
  return text
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line !== '')
    .join('\n');
}

/** Joins a cell's lines into the one-line wording shown to users. */
export function cellAsSentence(cell: string): string {
  return cell.replace(/\n/g, ' ');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;

/**
 * Reduces a wording to compare it with known phrases: lower case, no accents, plain apostrophes, collapsed spaces.
 * "Nom du&nbsp;FOURNISSEUR" and "nom du fournisseur" fold to the same text.
 */
export function foldForMatching(text: string): string {
  return collapseWhitespace(
    text.normalize('NFD').replace(COMBINING_MARKS, '').replace(TYPOGRAPHIC_APOSTROPHES, "'").toLowerCase(),
  );
}
