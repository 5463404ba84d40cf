import type { DeclaredCookie } from './types.ts';
import type { CharterBlock } from './blocks.ts';
import { sectionLabel } from './category.ts';
import { mayBeHeader, readHeaderRow, type CharterColumn, type ColumnIndexes } from './columns.ts';
import { guessColumns } from './guess-columns.ts';
import { readHtmlBlocks } from './html-blocks.ts';
import { parseCookieNames } from './names.ts';
import { cellAsSentence } from './normalize.ts';
import { readTextBlocks } from './text-blocks.ts';

/** An HTML page has at least one of these tags; a text page may hold `<https://…>` links but none of them. */
const HTML_TAG = /<(?:!doctype|html|head|body|main|section|article|div|p|span|table|tr|td|th|h[1-6])[\s>/]/i;

/** What reading a charter page found: the cookies it declares, and enough to say why there are none. */
export interface CharterReading {
  declared: DeclaredCookie[];
  /** Tables with at least one row (a text page's tab- or pipe-separated lines count as one). */
  tables: number;
  /** Whether a row was read as a charter header: some table has a column of cookie names. */
  headerFound: boolean;
  /** The first row of the first table: what its columns are called when none is a cookie name. */
  firstRow: string[] | null;
  /** Whether some cookies come from a table whose titles were not understood: its name column was found from its cells. */
  columnsGuessed: boolean;
}

/**
 * Reads a charter page, from its HTML or from its text (detected), block by block as the page is parsed.
 * Never throws: what cannot be read is left out.
 */
export function readCharter(content: string): CharterReading {
  const reader = new DeclaredCookieReader();
  const emit = (block: CharterBlock) => reader.read(block);
  if (HTML_TAG.test(content)) readHtmlBlocks(content, emit);
  else readTextBlocks(content, emit);
  reader.readUntitledTables();
  return reader.reading;
}

/** The cookies a charter page declares; a page without a cookie table gives []. */
export function parseCharter(content: string): DeclaredCookie[] {
  return readCharter(content).declared;
}

class DeclaredCookieReader {
  readonly reading: CharterReading = { declared: [], tables: 0, headerFound: false, firstRow: null, columnsGuessed: false };
  /** Rows of tables no header row has titled yet, with their section: read by guessing their columns at the end. */
  private readonly untitledRows = new Map<number, UntitledRow[]>();
  private untitledLength = 0;
  private readonly columnsByTable = new Map<number, ColumnIndexes>();
  private readonly tablesSeen = new Set<number>();
  /** Rows met again (a page repeating its header, or hostile repetition) are matched against the templates once. */
  private readonly headerOfRow = new Map<string, ColumnIndexes | null>();
  /** By header, then section, then row: what each row declared. */
  private readonly cookiesOfRowUnder = new Map<ColumnIndexes, Map<string | null, Map<string, DeclaredCookie[]>>>();
  /** How many rows `cookiesOfRowUnder` holds in all (at most MAX_REMEMBERED_ROWS). */
  private rememberedRows = 0;
  /** Rows read, and how many of them were met before: a page whose rows do not repeat is not remembered. */
  private rowsRead = 0;
  private rowsRepeated = 0;
  private category: string | null = null;

  read(block: CharterBlock): void {
    if (block.kind === 'heading') {
      this.category = sectionLabel(block.text) ?? this.category;
      return;
    }
    if (!this.tablesSeen.has(block.table)) {
      this.tablesSeen.add(block.table);
      this.reading.tables++;
      this.reading.firstRow ??= block.cells;
    }
    // One key for both memories: its hash is computed once.
    const rowKey = this.remembersRows() ? rememberedRowKey(block.cells) : null;
    this.rowsRead++;
    const header = this.headerOf(block.cells, rowKey);
    if (header) {
      this.columnsByTable.set(block.table, header);
      this.untitledRows.delete(block.table);
      this.reading.headerFound = true;
      return;
    }
    const columns = this.columnsByTable.get(block.table);
    if (columns) {
      for (const cookie of this.cookiesOf(block.cells, rowKey, columns)) this.reading.declared.push(cookie);
    } else this.keepUntitled(block.table, block.cells);
  }

  /**
   * Tables no header row titled: the cookie-name column is guessed from their cells, and the reading says so. Only
   * under a cookie section's label: a table of files ("csv", "json") elsewhere on the page is no cookie table.
   */
  readUntitledTables(): void {
    for (const rows of this.untitledRows.values()) {
      if (rows.length < 2 || rows[1]!.category === null) continue;
      const columns = guessColumns(rows.map((row) => row.cells));
      if (!columns) continue;
      for (const row of rows.slice(1)) {
        const cookies = cookiesOfRow(row.cells, columns, row.category);
        if (cookies.length > 0) this.reading.columnsGuessed = true;
        for (const cookie of cookies) this.reading.declared.push(cookie);
      }
    }
    this.untitledRows.clear();
  }

  /** Kept within bounds: a hostile page of untitled megabytes is not held in memory. */
  private keepUntitled(table: number, cells: string[]): void {
    let length = 0;
    for (const cell of cells) length += cell.length;
    if (this.untitledLength + length > MAX_UNTITLED_LENGTH) return;
    this.untitledLength += length;
    const rows = this.untitledRows.get(table);
    if (rows) rows.push({ cells, category: this.category });
    else this.untitledRows.set(table, [{ cells, category: this.category }]);
  }

  /** The same row under the same header and section declares the same cookies: they are read once. */
  private cookiesOf(cells: readonly string[], rowKey: string | null, columns: ColumnIndexes): DeclaredCookie[] {
    if (rowKey === null) return cookiesOfRow(cells, columns, this.category);
    let bySection = this.cookiesOfRowUnder.get(columns);
    if (!bySection) this.cookiesOfRowUnder.set(columns, (bySection = new Map()));
    let rows = bySection.get(this.category);
    if (!rows) bySection.set(this.category, (rows = new Map()));
    let cookies = rows.get(rowKey);
    if (!cookies) {
      cookies = cookiesOfRow(cells, columns, this.category);
      if (this.rememberedRows < MAX_REMEMBERED_ROWS) {
        rows.set(rowKey, cookies);
        this.rememberedRows++;
      }
    }
    return cookies;
  }

  /**
   * Remembering costs a key and its hash per row: past the first rows, only a page whose rows repeat (one in ten)
   * keeps paying it. A charter's rows are all different; only a broken or hostile page repeats them by thousands.
   */
  private remembersRows(): boolean {
    return this.rowsRead < ROWS_BEFORE_JUDGING_REPEATS || this.rowsRepeated * 10 >= this.rowsRead;
  }

  private headerOf(cells: readonly string[], rowKey: string | null): ColumnIndexes | null {
    if (rowKey === null) return readHeader(cells);
    let header = this.headerOfRow.get(rowKey);
    if (header !== undefined) this.rowsRepeated++;
    else {
      header = readHeader(cells);
      if (this.headerOfRow.size < MAX_REMEMBERED_ROWS) this.headerOfRow.set(rowKey, header);
    }
    return header;
  }
}

interface UntitledRow {
  cells: string[];
  category: string | null;
}

/** What is kept of tables without a header, in characters: a charter's tables hold a few thousand. */
const MAX_UNTITLED_LENGTH = 200_000;

/** Short rows only, and not too many: the memory a hostile page can make the reader hold stays small. */
const MAX_REMEMBERED_ROW_LENGTH = 400;
const MAX_REMEMBERED_ROWS = 2000;
const ROWS_BEFORE_JUDGING_REPEATS = 500;

/** A row as a key of the reader's memory, or null when it is too long to remember. */
function rememberedRowKey(cells: readonly string[]): string | null {
  let length = cells.length - 1;
  for (const cell of cells) length += cell.length;
  return length > MAX_REMEMBERED_ROW_LENGTH ? null : cells.join('\t');
}

function readHeader(cells: readonly string[]): ColumnIndexes | null {
  return mayBeHeader(cells) ? readHeaderRow(cells) : null;
}

function cookiesOfRow(cells: readonly string[], columns: ColumnIndexes, category: string | null): DeclaredCookie[] {
  const nameCell = cells[columns.name];
  if (!nameCell) return [];
  const field = (column: CharterColumn): string | null => {
    const index = columns[column];
    const cell = index === undefined ? undefined : cells[index];
    return cell ? cellAsSentence(cell) : null;
  };
  const provider = field('provider');
  const service = field('service');
  const purpose = field('purpose');
  const duration = field('duration');
  return parseCookieNames(nameCell).map(({ name, match }) => ({ name, match, provider, service, purpose, duration, category }));
}
