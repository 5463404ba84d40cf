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
