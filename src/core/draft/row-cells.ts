import { visibleText } from '../report/visible-name.ts';
import { writtenName } from './review.ts';
import type { DraftColumn, DraftRow } from './types.ts';

/**
 * A row's cells in the order of the columns, each text made visible (control, bidi and invisible characters shown
 * as marks, as everywhere the extension shows a site's text) and written by the output's own rules.
 */
export function rowCells(
  row: DraftRow,
  columns: readonly DraftColumn[],
  write: { text: (text: string) => string; names: (names: string[]) => string },
): string[] {
  return columns.map(({ field }) =>
    field === 'name'
      ? write.names(row.names.map((pattern) => visibleText(writtenName(pattern))))
      : write.text(visibleText(row[field] ?? '')),
  );
}
