import type { CharterBlock } from './blocks.ts';
import { runHtmlParser, type HtmlEvents } from './html-parse.ts';
import { cleanCellText, collapseWhitespace } from './normalize.ts';
import { createRowLayout, parseSpan, type SpannedCell } from './table-grid.ts';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption']);
const BOLD_TAGS = new Set(['strong', 'b']);
/** A `<p>`/`<div>` holding only bold text reads as a heading; these tags may wrap that text without breaking it. */
const INLINE_TAGS = new Set(['strong', 'b', 'span', 'a', 'em', 'i', 'u', 'small', 'font', 'mark', 'br', 'wbr', 'sup', 'sub', 'code', 'abbr']);
/** Inside a cell, these separate values (several cookie names, say), as `<br>` does. */
const LINE_TAGS = new Set(['br', 'p', 'div', 'li']);
const TEXTLESS_TAGS = new Set(['script', 'style', 'template']);

interface OpenTable {
  id: number;
  layoutRow: (cells: readonly SpannedCell[]) => string[];
  row: SpannedCell[] | null;
  cell: SpannedCell | null;
}

/** A `<p>` or `<div>` that is a heading as long as all its text stays bold and it holds no block. */
interface BoldParagraph {
  tag: string;
  text: string;
  stillHeading: boolean;
  boldDepthAtOpen: number;
}

/** Reads an HTML page into headings and table rows, streaming (no DOM: this also runs in a service worker). */
export function htmlToBlocks(html: string): CharterBlock[] {
  const reader = new HtmlBlockReader();
  runHtmlParser(html, reader);
  reader.closeOpenTables();
  return reader.blocks;
}

class HtmlBlockReader implements HtmlEvents {
  readonly blocks: CharterBlock[] = [];
  /** Innermost last: rows and text go to the innermost table only, so nested tables never mix into outer rows. */
  private readonly tables: OpenTable[] = [];
  private nextTableId = 0;
  private heading: { tag: string; text: string } | null = null;
  private readonly boldParagraphs: BoldParagraph[] = [];
  private boldDepth = 0;
  private textlessDepth = 0;

  onopentag(name: string, attributes: Record<string, string>): void {
    const enclosingParagraph = this.boldParagraphs.at(-1);
    if (enclosingParagraph && !INLINE_TAGS.has(name)) enclosingParagraph.stillHeading = false;
    if (TEXTLESS_TAGS.has(name)) this.textlessDepth++;
    if (BOLD_TAGS.has(name)) this.boldDepth++;
    if (HEADING_TAGS.has(name) && !this.heading) this.heading = { tag: name, text: '' };
    if (name === 'p' || name === 'div') {
      this.boldParagraphs.push({ tag: name, text: '', stillHeading: true, boldDepthAtOpen: this.boldDepth });
    }
    if (name === 'br') this.appendText('\n');
    else if (LINE_TAGS.has(name)) this.appendToCell('\n');

    if (name === 'table') this.openTable();
    else if (name === 'tr') this.startRow(this.currentTable());
    else if (name === 'td' || name === 'th') this.startCell(this.currentTable(), attributes);
  }

  onclosetag(name: string): void {
    if (TEXTLESS_TAGS.has(name)) this.textlessDepth--;
    if (BOLD_TAGS.has(name)) this.boldDepth--;
    if (this.heading?.tag === name) {
      this.emitHeading(this.heading.text);
      this.heading = null;
    }
    if (name === 'p' || name === 'div') this.closeBoldParagraph(name);
    if (LINE_TAGS.has(name) && name !== 'br') this.appendToCell('\n');

    const table = this.tables.at(-1);
    if (!table) return;
    if (name === 'td' || name === 'th') this.finishCell(table);
    else if (name === 'tr') this.finishRow(table);
    else if (name === 'table') this.closeTable();
  }

  ontext(text: string): void {
    if (this.textlessDepth > 0) return;
    // Line breaks in the source are mere spacing; "\n" is kept for the breaks that separate values.
    this.appendText(text.replace(/[\r\n]+/g, ' '));
  }

  /** Flushes what an unfinished page left open (the parser closes everything itself unless reading stopped early). */
  closeOpenTables(): void {
    while (this.tables.length > 0) this.closeTable();
  }

  private appendText(text: string): void {
    this.appendToCell(text);
    if (this.heading) this.heading.text += text;
    const paragraph = this.boldParagraphs.at(-1);
    if (!paragraph) return;
    if (text.trim() !== '' && this.boldDepth <= paragraph.boldDepthAtOpen) paragraph.stillHeading = false;
    paragraph.text += text;
  }

  private appendToCell(text: string): void {
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.text += text;
  }

  private closeBoldParagraph(name: string): void {
    const paragraph = this.boldParagraphs.at(-1);
    if (paragraph?.tag !== name) return;
    this.boldParagraphs.pop();
    if (paragraph.stillHeading) this.emitHeading(paragraph.text);
  }

  private emitHeading(text: string): void {
    const heading = collapseWhitespace(text);
    if (heading !== '') this.blocks.push({ kind: 'heading', text: heading });
  }

  private openTable(): OpenTable {
    const table: OpenTable = { id: this.nextTableId++, layoutRow: createRowLayout(), row: null, cell: null };
    this.tables.push(table);
    return table;
  }

  /** Rows and cells outside any `<table>` (broken markup) get a table of their own. */
  private currentTable(): OpenTable {
    return this.tables.at(-1) ?? this.openTable();
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (table) this.finishRow(table);
  }

  private startRow(table: OpenTable): void {
    this.finishRow(table);
    table.row = [];
  }

  private startCell(table: OpenTable, attributes: Record<string, string>): void {
    this.finishCell(table);
    table.row ??= [];
    table.cell = { text: '', colspan: parseSpan(attributes.colspan, 'colspan'), rowspan: parseSpan(attributes.rowspan, 'rowspan') };
  }

  private finishCell(table: OpenTable): void {
    const cell = table.cell;
    table.cell = null;
    if (cell && table.row) table.row.push({ ...cell, text: cleanCellText(cell.text) });
  }

  private finishRow(table: OpenTable): void {
    this.finishCell(table);
    const cells = table.row;
    table.row = null;
    if (!cells || cells.length === 0) return;
    const [onlyCell] = cells;
    // One cell across the whole table, between rows, titles the rows below it ("Cookies tiers").
    if (onlyCell && cells.length === 1 && onlyCell.colspan > 1) this.emitHeading(onlyCell.text);
    else this.blocks.push({ kind: 'row', table: table.id, cells: table.layoutRow(cells) });
  }
}
