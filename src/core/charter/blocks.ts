/**
 * A charter page flattened into what matters to read its cookie tables: section headings and table rows.
 * Each input format (HTML, plain text) has its own reader producing these blocks; templates then read the rows.
 */
export type CharterBlock =
  | { kind: 'heading'; text: string }
  /**
   * `table` tells rows of different tables apart, so that a header row only governs the rows of its own table.
   * A cell may hold several lines ("\n"), from `<br>` or paragraphs: several cookie names, for instance.
   */
  | { kind: 'row'; table: number; cells: string[] };

/** Receives the blocks of a page one by one, in page order: nothing of the page is kept once read. */
export type BlockSink = (block: CharterBlock) => void;

/** Collects what a streaming reader emits (for tests and small pages). */
export function collectBlocks(read: (emit: BlockSink) => void): CharterBlock[] {
  const blocks: CharterBlock[] = [];
  read((block) => blocks.push(block));
  return blocks;
}

/**
 * The longest text kept as a heading before its spaces are collapsed: only a section title (150 characters at
 * most) is used, and collapsing a megabyte of prose at every line would cost more than the whole rest.
 */
export const MAX_HEADING_SOURCE_LENGTH = 2000;

/**
 * The longest cell text kept. No charter cell comes near (what is stored is cut at 1,000 characters anyway); a
 * megabyte-long cell would only cost copies of it at every step of reading.
 */
export const MAX_CELL_LENGTH = 100_000;
