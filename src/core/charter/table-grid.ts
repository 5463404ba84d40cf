/** A table cell as written in the page, before `rowspan`/`colspan` are laid out. */
export interface SpannedCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/**
 * Charter tables have four or five columns; capping the grid keeps a hostile page (thousands of cells,
 * huge spans) from costing more than a constant amount of work per cell.
 */
export const MAX_COLUMNS = 16;
/** The HTML standard's own limit on `rowspan`; `rowspan="0"` means "to the end of the table". */
const MAX_ROWSPAN = 65534;

/** Reads a `colspan`/`rowspan` attribute the way browsers do: missing or invalid means 1. */
export function parseSpan(value: string | undefined, kind: 'colspan' | 'rowspan'): number {
  const span = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(span) || span < 0) return 1;
  if (kind === 'rowspan') return span === 0 ? MAX_ROWSPAN : Math.min(span, MAX_ROWSPAN);
  return Math.min(Math.max(span, 1), MAX_COLUMNS);
}

interface CarriedCell {
  text: string;
  rowsLeft: number;
}

/**
 * Returns a function that lays out one table's rows, one after the other, into plain cell lists:
 * a cell spanning several rows (a provider written once for three cookies) is repeated in the rows below,
 * and a cell spanning several columns fills each of them.
 */
export function createRowLayout(): (cells: readonly SpannedCell[]) => string[] {
  const carried: Array<CarriedCell | undefined> = [];
  return (cells) => {
    const slots: string[] = [];
    const place = (text: string, rowsLeft: number): void => {
      const column = slots.length;
      slots.push(text);
      carried[column] = rowsLeft > 0 ? { text, rowsLeft } : undefined;
    };
    const placeCarriedCells = (): void => {
      for (let spanning = carried[slots.length]; spanning && slots.length < MAX_COLUMNS; spanning = carried[slots.length]) {
        place(spanning.text, spanning.rowsLeft - 1);
      }
    };
    for (const cell of cells) {
      placeCarriedCells();
      for (let spanned = 0; spanned < cell.colspan && slots.length < MAX_COLUMNS; spanned++) {
        place(cell.text, cell.rowspan - 1);
      }
    }
    // Cells spanning from above may also sit after this row's last cell, past columns this row leaves empty.
    while (slots.length < Math.min(carried.length, MAX_COLUMNS)) {
      if (carried[slots.length]) placeCarriedCells();
      else place('', 0);
    }
    return slots;
  };
}
