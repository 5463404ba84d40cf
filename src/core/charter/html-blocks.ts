import {
  collectBlocks,
  MAX_CELL_LENGTH,
  MAX_HEADING_SOURCE_LENGTH,
  type BlockSink,
  type CharterBlock,
} from './blocks.ts';
import { runHtmlParser, type HtmlEvents } from './html-parse.ts';
import { cleanCellText, collapseWhitespace } from './normalize.ts';
import { MAX_COLUMNS, parseSpan, RowLayout, type SpannedCell } from './table-grid.ts';

/** What a tag does to the reading, as bits: one lookup per tag, for pages of hundreds of thousands of them. */
const HEADING = 1;
const BOLD = 2;
/** A `<p>`/`<div>` holding only bold text reads as a heading; inline tags may wrap that text without breaking it. */
const INLINE = 4;
/** Inside a cell, these separate values (several cookie names, say), as `<br>` does. */
const LINE = 8;
const TEXTLESS = 16;
/** A `<p>` or `<div>`, which may be a heading in bold. */
const PARAGRAPH = 32;
const TAG_ROLES = new Map<string, number>();
const give = (role: number, names: readonly string[]) =>
  names.forEach((name) => TAG_ROLES.set(name, (TAG_ROLES.get(name) ?? 0) | role));
/** A list item may label a section ("<li>Cookies de mesure d'audience</li>"), as a heading or a caption does. */
give(HEADING, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'li']);
give(BOLD, ['strong', 'b']);
give(INLINE, [
  'strong',
  'b',
  'span',
  'a',
  'em',
  'i',
  'u',
  'small',
  'font',
  'mark',
  'br',
  'wbr',
  'sup',
  'sub',
  'code',
  'abbr',
]);
give(LINE, ['br', 'p', 'div', 'li']);
give(TEXTLESS, ['script', 'style', 'template']);
give(PARAGRAPH, ['p', 'div']);
const SOURCE_LINE_BREAKS = /[\r\n]+/g;
/** Of the text after a bold lead-in, only enough to see whether a colon separates them. */
const LEAD_IN_FOLLOWING_TEXT = 40;

interface OpenTable {
  id: number;
  layout: RowLayout;
  row: SpannedCell[] | null;
  cell: SpannedCell | null;
}

/**
 * The innermost open `<p>` or `<div>` while it may still be a heading: all its text bold so far, and no block in
 * it. Only the innermost can be: a paragraph opened inside another is a block, which ends the outer one's chance.
 * So one record, reused, stands for every candidate of a page, whatever its number of paragraphs.
 */
interface BoldParagraph {
  /** Its place among the open paragraphs (1 for the outermost). */
  depth: number;
  text: string;
  boldDepthAtOpen: number;
}

/** Reads an HTML page into headings and table rows, streaming (no DOM: this also runs in a service worker). */
export function readHtmlBlocks(html: string, emit: BlockSink): void {
  const reader = new HtmlBlockReader(emit);
  runHtmlParser(html, reader);
  reader.closeOpenTables();
}

export function htmlToBlocks(html: string): CharterBlock[] {
  return collectBlocks((emit) => readHtmlBlocks(html, emit));
}

class HtmlBlockReader implements HtmlEvents {
  constructor(private readonly emit: BlockSink) {}

  /** Innermost last: rows and text go to the innermost table only, so nested tables never mix into outer rows. */
  private readonly tables: OpenTable[] = [];
  private nextTableId = 0;
  private heading: { tag: string; text: string } | null = null;
  private paragraphDepth = 0;
  private readonly candidate: BoldParagraph = { depth: 0, text: '', boldDepthAtOpen: 0 };
  /** Whether `candidate` stands for the innermost open paragraph, still a possible heading. */
  private hasCandidate = false;
  private boldDepth = 0;
  private textlessDepth = 0;

  onopentag(name: string, attributes: ReadonlyMap<string, string>): void {
    const role = TAG_ROLES.get(name) ?? 0;
    if (!(role & INLINE)) this.hasCandidate = false;
    if (role & TEXTLESS) this.textlessDepth++;
    if (role & BOLD) this.boldDepth++;
    if (role & HEADING && !this.heading) this.heading = { tag: name, text: '' };
    if (role & PARAGRAPH) this.openParagraph();
    if (name === 'br') this.appendText('\n');
    else if (role & LINE) this.appendToCell('\n');

    if (name === 'table') this.openTable();
    else if (name === 'tr') this.startRow(this.currentTable());
    else if (name === 'td' || name === 'th') this.startCell(this.currentTable(), attributes);
  }

  onclosetag(name: string): void {
    const role = TAG_ROLES.get(name) ?? 0;
    if (role & TEXTLESS) this.textlessDepth--;
    if (role & BOLD) this.boldDepth--;
    if (this.heading?.tag === name) {
      this.emitHeading(this.heading.text);
      this.heading = null;
    }
    if (role & PARAGRAPH) this.closeParagraph();
    if (role & LINE && name !== 'br') this.appendToCell('\n');

    const table = this.innermostTable();
    if (!table) return;
    if (name === 'td' || name === 'th') this.finishCell(table);
    else if (name === 'tr') this.finishRow(table);
    else if (name === 'table') this.closeTable();
  }

  ontext(text: string): void {
    if (this.textlessDepth > 0) return;
    // Line breaks in the source are mere spacing; "\n" is kept for the breaks that separate values.
    this.appendText(text.includes('\n') || text.includes('\r') ? text.replace(SOURCE_LINE_BREAKS, ' ') : text);
  }

  /** Flushes what an unfinished page left open (the parser closes everything itself unless reading stopped early). */
  closeOpenTables(): void {
    while (this.tables.length > 0) this.closeTable();
  }

  private appendText(text: string): void {
    this.appendToCell(text);
    if (this.heading) this.heading.text += text;
    if (!this.hasCandidate) return;
    if (this.boldDepth > this.candidate.boldDepthAtOpen || text.trim() === '') {
      this.candidate.text += text;
      return;
    }
    // Plain text after bold text: the bold part may be the paragraph's lead-in ("<b>Strictly necessary cookies:</b>
    // These cookies…"); it is given with the start of what follows, so that the colon after it is seen.
    this.hasCandidate = false;
    if (this.candidate.text.trim() !== '')
      this.emitHeading(`${this.candidate.text}${text.slice(0, LEAD_IN_FOLLOWING_TEXT)}`);
  }

  private appendToCell(text: string): void {
    const cell = this.innermostTable()?.cell;
    if (cell && cell.text.length < MAX_CELL_LENGTH)
      cell.text += text.length > MAX_CELL_LENGTH ? text.slice(0, MAX_CELL_LENGTH) : text;
  }

  private openParagraph(): void {
    this.paragraphDepth++;
    this.candidate.depth = this.paragraphDepth;
    this.candidate.text = '';
    this.candidate.boldDepthAtOpen = this.boldDepth;
    this.hasCandidate = true;
  }

  /** The parser closes every element it opened, innermost first: the paragraph closing now is the innermost one. */
  private closeParagraph(): void {
    if (this.hasCandidate && this.candidate.depth === this.paragraphDepth) this.emitHeading(this.candidate.text);
    this.hasCandidate = false;
    this.paragraphDepth--;
  }

  /** Text inside a table cell is data (a list of names in `<li>`, a bold provider), never a section's label. */
  private emitHeading(text: string): void {
    if (text.length > MAX_HEADING_SOURCE_LENGTH || this.innermostTable()?.cell) return;
    const heading = collapseWhitespace(text);
    if (heading !== '') this.emit({ kind: 'heading', text: heading });
  }

  /** Checks the length first: reading index -1 of an empty array walks the prototype chain, slowly. */
  private innermostTable(): OpenTable | undefined {
    return this.tables.length > 0 ? this.tables[this.tables.length - 1] : undefined;
  }

  private openTable(): OpenTable {
    const table: OpenTable = { id: this.nextTableId++, layout: new RowLayout(), row: null, cell: null };
    this.tables.push(table);
    return table;
  }

  /** Rows and cells outside any `<table>` (broken markup) get a table of their own. */
  private currentTable(): OpenTable {
    return this.innermostTable() ?? this.openTable();
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (table) this.finishRow(table);
  }

  private startRow(table: OpenTable): void {
    this.finishRow(table);
    table.row = [];
  }

  /** Cells past the grid's width could never be placed: they are not even kept, nor their text. */
  private startCell(table: OpenTable, attributes: ReadonlyMap<string, string>): void {
    this.finishCell(table);
    table.row ??= [];
    if (table.row.length >= MAX_COLUMNS) return;
    table.cell = {
      text: '',
      colspan: parseSpan(attributes.get('colspan'), 'colspan'),
      rowspan: parseSpan(attributes.get('rowspan'), 'rowspan'),
    };
  }

  private finishCell(table: OpenTable): void {
    const cell = table.cell;
    table.cell = null;
    if (!cell || !table.row) return;
    cell.text = cleanCellText(cell.text);
    table.row.push(cell);
  }

  private finishRow(table: OpenTable): void {
    this.finishCell(table);
    const cells = table.row;
    table.row = null;
    if (!cells || cells.length === 0) return;
    const [onlyCell] = cells;
    // One cell across the whole table, between rows, titles the rows below it ("Cookies tiers").
    if (onlyCell && cells.length === 1 && onlyCell.colspan > 1) this.emitHeading(onlyCell.text);
    else this.emit({ kind: 'row', table: table.id, cells: table.layout.layout(cells) });
  }
}
