import { describe, expect, it } from 'vitest';
import type { ColumnIndexes } from '../../src/core/charter/columns.ts';
import { RowMemory, type RowRules } from '../../src/core/charter/row-memory.ts';

const columns: ColumnIndexes = { name: 0, purpose: 1 };

/** Rules that say what they were asked, and count how often they were asked. */
function countingRules() {
  const calls = { headerOf: 0, cookiesOf: 0 };
  const rules: RowRules = {
    headerOf: (cells) => {
      calls.headerOf++;
      return cells[0] === 'Nom du cookie' ? columns : null;
    },
    cookiesOf: (cells, _columns, category) => {
      calls.cookiesOf++;
      return [
        {
          name: cells[0]!,
          match: 'exact',
          provider: null,
          service: null,
          purpose: cells[1] ?? null,
          duration: null,
          category,
        },
      ];
    },
  };
  return { rules, calls };
}

/** Reads rows as the charter reader does: the header's answer, then the row's cookies under `columns`. */
function readRows(memory: RowMemory, rows: string[][], category: string | null) {
  return rows.map((cells) => {
    const key = memory.keyOf(cells);
    return { header: memory.headerOf(key, cells), cookies: memory.cookiesOf(key, cells, columns, category) };
  });
}

describe('the charter reader’s row memory', () => {
  it('answers what the rules answer, reading a repeated row once per section', () => {
    const { rules, calls } = countingRules();
    const memory = new RowMemory(rules);
    const rows = [['Nom du cookie', 'Finalité'], ...Array.from({ length: 1000 }, () => ['sessionid', 'Session'])];
    const read = readRows(memory, rows, 'Cookies nécessaires');
    const { rules: plainRules } = countingRules();
    expect(read).toEqual(
      rows.map((cells) => ({
        header: plainRules.headerOf(cells),
        cookies: plainRules.cookiesOf(cells, columns, 'Cookies nécessaires'),
      })),
    );
    expect(calls).toEqual({ headerOf: 2, cookiesOf: 2 });
    readRows(memory, rows.slice(1, 3), 'Cookies de mesure d’audience');
    expect(calls.cookiesOf).toBe(3);
  });

  it('stops remembering on a page whose rows do not repeat, and never remembers a long row', () => {
    const { rules, calls } = countingRules();
    const memory = new RowMemory(rules);
    const distinct = Array.from({ length: 600 }, (_, index) => [`cookie_${index}`, 'Finalité']);
    readRows(memory, distinct, null);
    expect(memory.keyOf(['cookie_0', 'Finalité'])).toBeNull();
    expect(calls.headerOf).toBe(600);
    expect(new RowMemory(rules).keyOf(['x'.repeat(401)])).toBeNull();
  });
});
