import {
  collectBlocks,
  MAX_CELL_LENGTH,
  MAX_HEADING_SOURCE_LENGTH,
  type BlockSink,
  type CharterBlock,
} from './blocks.ts';
import { cleanCellText, collapseWhitespace } from './normalize.ts';
import { MAX_COLUMNS } from './table-grid.ts';

/** A plain-text page has no tables to tell apart: a new header row simply starts reading columns afresh. */
const TEXT_TABLE_ID = 0;
const MARKDOWN_HEADING_MARK = /^#+\s*/;
const LINE_BREAK = /\r\n|\r|\n/;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
const UNESCAPED_PIPE = /(?<!\\)\|/;
const ESCAPED_PIPE = /\\\|/g;
/** "----\t----" or "|---|:--:|": draws the table, holds nothing. */
const RULE_CELL = /^[\s:=+-]*$/;

/**
 * Reads a plain-text page (a charter copied from a browser, or markdown) into headings and table rows.
 * A row is a line of tab-separated cells or a markdown `| a | b |` line; any other non-empty line is a heading.
 */
export function readTextBlocks(text: string, emit: BlockSink): void {
  for (const line of text.split(LINE_BREAK)) {
    if (line.trim() === '') continue;
    const cells = splitRow(line);
    if (!cells) {
      if (line.length > MAX_HEADING_SOURCE_LENGTH) continue;
      const heading = collapseWhitespace(line).replace(MARKDOWN_HEADING_MARK, '');
      if (heading !== '') emit({ kind: 'heading', text: heading });
    } else if (!isRule(cells)) {
      emit({ kind: 'row', table: TEXT_TABLE_ID, cells: cells.map(cleanTextCell) });
    }
  }
}

export function textToBlocks(text: string): CharterBlock[] {
  return collectBlocks((emit) => readTextBlocks(text, emit));
}

/** Cells past the grid's width are dropped, as in HTML tables: no charter is that wide. */
function splitRow(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t', MAX_COLUMNS);
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || trimmed.length < 2) return null;
  const inner = trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? trimmed.slice(1, -1) : trimmed.slice(1);
  if (!inner.includes('\\|')) return inner.split('|', MAX_COLUMNS);
  // A pipe inside a cell is escaped, as GFM writes it (the charter draft does too).
  return inner.split(UNESCAPED_PIPE, MAX_COLUMNS).map((cell) => cell.replace(ESCAPED_PIPE, '|'));
}

function isRule(cells: readonly string[]): boolean {
  return cells.every((cell) => RULE_CELL.test(cell)) && cells.some((cell) => cell.includes('-') || cell.includes('='));
}

/** Markdown tables write line breaks inside a cell as `<br>`. */
function cleanTextCell(written: string): string {
  const cell = written.length > MAX_CELL_LENGTH ? written.slice(0, MAX_CELL_LENGTH) : written;
  return cleanCellText(cell.includes('<') ? cell.replace(LINE_BREAK_TAG, '\n') : cell);
}
