/** Collapses every run of whitespace (non-breaking spaces and line breaks included) into one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text that needs no cleaning: no whitespace but single spaces between words (most cells of a table). */
const CLEAN_ALREADY = /^(?:\S+ )*\S*$/;
const SPACES_IN_A_LINE = /[^\S\n]+/g;
const LINE_BREAK_WITH_SPACES = / ?\n[\n ]*/g;

/** Collapses whitespace line by line, keeping the line breaks that separate values and dropping empty lines. */
export function cleanCellText(text: string): string {
  if (CLEAN_ALREADY.test(text) && !text.endsWith(' ')) return text;
  // Spaces first, so that every break is then one "\n" with at most a space on each side.
  return text.replace(SPACES_IN_A_LINE, ' ').replace(LINE_BREAK_WITH_SPACES, '\n').trim();
}

/** Joins a cell's lines into the one-line wording shown to users. */
export function cellAsSentence(cell: string): string {
  return cell.includes('\n') ? cell.replace(/\n/g, ' ') : cell;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Reduces a wording to compare it with known phrases: lower case, no accents, plain apostrophes, collapsed spaces.
 * "Nom du&nbsp;FOURNISSEUR" and "nom du fournisseur" fold to the same text.
 */
export function foldForMatching(text: string): string {
  const unaccented = NOT_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  return collapseWhitespace(unaccented.replace(TYPOGRAPHIC_APOSTROPHES, "'").toLowerCase());
}
