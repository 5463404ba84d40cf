import type { DeclaredCookie } from './types.ts';
import type { CharterBlock } from './blocks.ts';
import { sectionLabel } from './category.ts';
import { mayBeHeader, readHeaderRow, type CharterColumn, type ColumnIndexes } from './columns.ts';
import { guessColumns } from './guess-columns.ts';
import { readHtmlBlocks } from './html-blocks.ts';
import { parseCookieNames } from './names.ts';
import { cellAsSentence } from './normalize.ts';
import { RowMemory } from './row-memory.ts';
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

/**
 * The reading rules, block by block: a heading names the section (its cookie category); a header row titles its
 * table (readHeader); a row of a titled table declares the cookies its name cell names (cookiesOfRow); rows of a
 * table no header titled are kept, and their columns guessed at the end. Rows met again are read once (RowMemory).
 */
class DeclaredCookieReader {
  readonly reading: CharterReading = {
    declared: [],
    tables: 0,
    headerFound: false,
    firstRow: null,
    columnsGuessed: false,
  };
  /** Rows of tables no header row has titled yet, with their section: read by guessing their columns at the end. */
  private readonly untitledRows = new Map<number, UntitledRow[]>();
  private untitledLength = 0;
  private readonly columnsByTable = new Map<number, ColumnIndexes>();
  private readonly tablesSeen = new Set<number>();
  private readonly rows = new RowMemory({ headerOf: readHeader, cookiesOf: cookiesOfRow });
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
    const rowKey = this.rows.keyOf(block.cells);
    const header = this.rows.headerOf(rowKey, block.cells);
    if (header) {
      this.columnsByTable.set(block.table, header);
      this.untitledRows.delete(block.table);
      this.reading.headerFound = true;
      return;
    }
    const columns = this.columnsByTable.get(block.table);
    if (columns) {
      for (const cookie of this.rows.cookiesOf(rowKey, block.cells, columns, this.category))
        this.reading.declared.push(cookie);
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
}

interface UntitledRow {
  cells: string[];
  category: string | null;
}

/** What is kept of tables without a header, in characters: a charter's tables hold a few thousand. */
const MAX_UNTITLED_LENGTH = 200_000;

/** A header row: some cell says what a cookie-name column says, and its titles map to columns (columns.ts). */
function readHeader(cells: readonly string[]): ColumnIndexes | null {
  return mayBeHeader(cells) ? readHeaderRow(cells) : null;
}

/** The cookies a row of a titled table declares: those its name cell names, with the row's other columns and the section's category. */
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
  return parseCookieNames(nameCell).map(({ name, match }) => ({
    name,
    match,
    provider,
    service,
    purpose,
    duration,
    category,
  }));
}
