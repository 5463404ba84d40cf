import { visibleText } from '../report/visible-name.ts';
import { rowCells } from './row-cells.ts';
import type { CharterDraft } from './types.ts';

/**
 * The draft in plain text, as a charter page copied from a browser reads: a line per heading, a tab between the
 * cells of a table row, several names of a row separated by commas; then the review list.
 */
export function draftToText(draft: CharterDraft): string {
  const lines = [
    visibleText(draft.title),
    '',
    visibleText(draft.notice),
    '',
    ...draft.facts.map((line) => visibleText(line)),
  ];
  const titles = draft.columns.map((column) => column.title);
  for (const section of draft.sections) {
    lines.push('');
    if (section.title !== null) lines.push(visibleText(section.title));
    lines.push(titles.join('\t'));
    for (const row of section.rows)
      lines.push(rowCells(row, draft.columns, { text: (text) => text, names: (names) => names.join(', ') }).join('\t'));
  }
  lines.push('', visibleText(draft.review.title), ...draft.review.notes.map((line) => visibleText(line)));
  for (const item of draft.review.items)
    lines.push(
      `- ${visibleText(item.label)} : ${visibleText(item.names)}`,
      ...item.reasons.map((reason) => `    ${visibleText(reason)}`),
    );
  return `${lines.join('\n')}\n`;
}
