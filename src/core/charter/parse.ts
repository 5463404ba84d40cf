import type { DeclaredCookie } from './types.ts';
import type { CharterBlock } from './blocks.ts';
import { looksLikeCookieSection } from './category.ts';
import { htmlToBlocks } from './html-blocks.ts';
import { parseCookieNames } from './names.ts';
import { cellAsSentence } from './normalize.ts';
import { charterTemplates } from './templates/index.ts';
import type { CharterColumn, ColumnIndexes } from './templates/template.ts';
import { textToBlocks } from './text-blocks.ts';

/** An HTML page has at least one of these tags; a text page may hold `<https://…>` links but none of them. */
const HTML_TAG = /<(?:!doctype|html|head|body|main|section|article|div|p|span|table|tr|td|th|h[1-6])[\s>/]/i;

/**
 * Reads the cookies a charter page declares, from its HTML or from its text (detected).
 * Never throws: what cannot be read is left out, and a page without a cookie table gives [].
 */
export function parseCharter(content: string): DeclaredCookie[] {
  const blocks = HTML_TAG.test(content) ? htmlToBlocks(content) : textToBlocks(content);
  return declaredCookiesIn(blocks);
}

function declaredCookiesIn(blocks: readonly CharterBlock[]): DeclaredCookie[] {
  const declared: DeclaredCookie[] = [];
  const columnsByTable = new Map<number, ColumnIndexes>();
  let category: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (looksLikeCookieSection(block.text)) category = block.text;
      continue;
    }
    const header = readHeader(block.cells);
    if (header) {
      columnsByTable.set(block.table, header);
      continue;
    }
    const columns = columnsByTable.get(block.table);
    if (columns) {
      for (const cookie of cookiesOfRow(block.cells, columns, category)) declared.push(cookie);
    }
  }
  return declared;
}

function readHeader(cells: readonly string[]): ColumnIndexes | null {
  let best: ColumnIndexes | null = null;
  for (const template of charterTemplates) {
    const columns = template.readHeader(cells);
    if (columns && (!best || Object.keys(columns).length > Object.keys(best).length)) best = columns;
  }
  return best;
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
