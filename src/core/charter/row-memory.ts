import type { ColumnIndexes } from './columns.ts';
import type { DeclaredCookie } from './types.ts';

/** The reading rules the memory remembers: pure functions of a row (and of its header and section). */
export interface RowRules {
  headerOf: (cells: readonly string[]) => ColumnIndexes | null;
  cookiesOf: (cells: readonly string[], columns: ColumnIndexes, category: string | null) => DeclaredCookie[];
}

/** Short rows only, and not too many: the memory a hostile page can make the reader hold stays small. */
const MAX_REMEMBERED_ROW_LENGTH = 400;
const MAX_REMEMBERED_ROWS = 2000;
const ROWS_BEFORE_JUDGING_REPEATS = 500;

/**
 * The charter reader's speed trick, kept apart from its rules: a row met again (a page repeating its header, or a
 * hostile page repeating a row by thousands) is read once under the same header and section. Remembering costs a
 * key per row: past the first rows, only a page whose rows repeat (one in ten) keeps paying it. Answers exactly
 * what the rules answer.
 */
export class RowMemory {
  private readonly headers = new Map<string, ColumnIndexes | null>();
  /** By header, then section, then row: what each row declared. */
  private readonly cookies = new Map<ColumnIndexes, Map<string | null, Map<string, DeclaredCookie[]>>>();
  /** How many rows `cookies` holds in all (at most MAX_REMEMBERED_ROWS). */
  private rememberedCookieRows = 0;
  /** Rows read, and how many of them were met before: a page whose rows do not repeat is not remembered. */
  private rowsRead = 0;
  private rowsRepeated = 0;

  constructor(private readonly rules: RowRules) {}

  /** A row's key in the memory, taken once per row read; null when the row is not remembered. */
  keyOf(cells: readonly string[]): string | null {
    const remembers = this.rowsRead < ROWS_BEFORE_JUDGING_REPEATS || this.rowsRepeated * 10 >= this.rowsRead;
    this.rowsRead++;
    return remembers ? rememberedRowKey(cells) : null;
  }

  headerOf(key: string | null, cells: readonly string[]): ColumnIndexes | null {
    if (key === null) return this.rules.headerOf(cells);
    let header = this.headers.get(key);
    if (header !== undefined) this.rowsRepeated++;
    else {
      header = this.rules.headerOf(cells);
      if (this.headers.size < MAX_REMEMBERED_ROWS) this.headers.set(key, header);
    }
    return header;
  }

  cookiesOf(
    key: string | null,
    cells: readonly string[],
    columns: ColumnIndexes,
    category: string | null,
  ): DeclaredCookie[] {
    if (key === null) return this.rules.cookiesOf(cells, columns, category);
    let bySection = this.cookies.get(columns);
    if (!bySection) this.cookies.set(columns, (bySection = new Map()));
    let rows = bySection.get(category);
    if (!rows) bySection.set(category, (rows = new Map()));
    let cookies = rows.get(key);
    if (!cookies) {
      cookies = this.rules.cookiesOf(cells, columns, category);
      if (this.rememberedCookieRows < MAX_REMEMBERED_ROWS) {
        rows.set(key, cookies);
        this.rememberedCookieRows++;
      }
    }
    return cookies;
  }
}

/** A row as a key of the memory, or null when it is too long to remember. */
function rememberedRowKey(cells: readonly string[]): string | null {
  let length = cells.length - 1;
  for (const cell of cells) length += cell.length;
  return length > MAX_REMEMBERED_ROW_LENGTH ? null : cells.join('\t');
}
