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
  if (value === undefined) return 1;
  const span = Number.parseInt(value, 10);
  if (!Number.isFinite(span) || span < 0) return 1;
  if (kind === 'rowspan') return span === 0 ? MAX_ROWSPAN : Math.min(span, MAX_ROWSPAN);
  return Math.min(Math.max(span, 1), MAX_COLUMNS);
}

interface CarriedCell {
  text: string;
  rowsLeft: number;
}

/**
 * Lays out one table's rows, one after the other, into plain cell lists: a cell spanning several rows
 * (a provider written once for three cookies) is repeated in the rows below, and a cell spanning several
 * columns fills each of them.
 */
export class RowLayout {
  /** By column: the cell spanning down into the next row, if any. Sized once, so that no read falls outside it. */
  private readonly carried: Array<CarriedCell | null> = Array<CarriedCell | null>(MAX_COLUMNS).fill(null);
  /** The widest row so far. */
  private width = 0;

  layout(cells: readonly SpannedCell[]): string[] {
    const slots: string[] = [];
    for (const cell of cells) {
      this.placeCarriedCells(slots);
      for (let spanned = 0; spanned < cell.colspan && slots.length < MAX_COLUMNS; spanned++)
        this.place(slots, cell.text, cell.rowspan - 1);
    }
    // Cells spanning from above may also sit after this row's last cell, past columns this row leaves empty;
    // a short row is padded to the table's width so far.
    while (slots.length < this.width) {
      if (this.carried[slots.length]) this.placeCarriedCells(slots);
      else this.place(slots, '', 0);
    }
    return slots;
  }

  private place(slots: string[], text: string, rowsLeft: number): void {
    const column = slots.length;
    slots.push(text);
    this.carried[column] = rowsLeft > 0 ? { text, rowsLeft } : null;
    this.width = Math.max(this.width, column + 1);
  }

  private placeCarriedCells(slots: string[]): void {
    for (
      let spanning = this.carried[slots.length];
      spanning && slots.length < MAX_COLUMNS;
      spanning = this.carried[slots.length]
    ) {
      this.place(slots, spanning.text, spanning.rowsLeft - 1);
    }
  }
}
