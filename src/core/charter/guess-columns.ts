import type { ColumnIndexes } from './columns.ts';

/**
 * A cell that reads as cookie names: each part one identifier-like token ("_ga", "sessionid", "_pk_id.*",
 * "PHPSESSID", "_hjSessionUser_{site_id}"), never a capitalised word ("Opendatasoft", "Matomo") nor words.
 */
const NAME_PART_SEPARATOR = /\s*(?:[;,\n/]|\s(?:et|and|ou|or)\s)\s*/;
const TOKEN = /^[A-Za-z0-9_.\-*{}<>[\]$]+$/;
const MARKED_TOKEN = /[_\d.*{<[$]/;
const LOWER_CASE_WORD = /^[a-z]{3,}$/;
const UPPER_CASE_WORD = /^[A-Z]{3,}$/;
/** Dates and numbers ("2025-02-11", "13") are no cookie names. */
const HAS_LETTER = /[A-Za-z]/;

function isNameLike(cell: string): boolean {
  if (cell === '' || cell.length > 200) return false;
  return cell.split(NAME_PART_SEPARATOR).every((part) => {
    const token = part.replace(/^["'`«»“”‘’]+|["'`«»“”‘’]+$/g, '');
    if (!TOKEN.test(token) || !HAS_LETTER.test(token)) return false;
    return MARKED_TOKEN.test(token) || LOWER_CASE_WORD.test(token) || UPPER_CASE_WORD.test(token);
  });
}

/** One row of names is too little to tell a column of names from chance. */
const MIN_NAME_CELLS = 2;
/** A column whose cells are sentences: the purpose, when the titles do not say. */
const MIN_PURPOSE_WORDS = 3;

/**
 * Finds the cookie-name column of a table whose titles are not understood, from its cells: the column whose cells,
 * below the first row (the titles), are mostly cookie names — at least two of them and three in four, and no
 * other column as many. The column of the longest cells, in words, is then the purpose. Null when no column
 * stands out, or when the first row itself reads as data (then there is no title row to stand for).
 */
export function guessColumns(rows: ReadonlyArray<readonly string[]>): ColumnIndexes | null {
  const [titles, ...data] = rows;
  if (!titles || data.length === 0) return null;
  const width = Math.max(...rows.map((row) => row.length));
  const nameLikeCounts: number[] = Array<number>(width).fill(0);
  const filledCounts: number[] = Array<number>(width).fill(0);
  const wordCounts: number[] = Array<number>(width).fill(0);
  for (const row of data) {
    row.forEach((cell, column) => {
      if (cell === '') return;
      filledCounts[column]!++;
      if (isNameLike(cell)) nameLikeCounts[column]!++;
      wordCounts[column]! += cell.split(/\s+/).length;
    });
  }
  let name = -1;
  for (let column = 0; column < width; column++) {
    if (name === -1 || nameLikeCounts[column]! > nameLikeCounts[name]!) name = column;
  }
  const best = nameLikeCounts[name]!;
  const tied = nameLikeCounts.filter((count) => count === best).length > 1;
  if (best < MIN_NAME_CELLS || best * 4 < filledCounts[name]! * 3 || tied) return null;
  if (isNameLike(titles[name] ?? '')) return null;
  let purpose = -1;
  for (let column = 0; column < width; column++) {
    if (column === name || filledCounts[column] === 0) continue;
    const average = wordCounts[column]! / filledCounts[column]!;
    if (average >= MIN_PURPOSE_WORDS && (purpose === -1 || average > wordCounts[purpose]! / filledCounts[purpose]!))
      purpose = column;
  }
  return purpose === -1 ? { name } : { name, purpose };
}
