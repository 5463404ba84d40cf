import { visibleText } from '../report/visible-name.ts';
import { rowCells } from './row-cells.ts';
import type { CharterDraft, DraftReview } from './types.ts';

/**
 * The draft in Markdown: the charter's tables as pipe tables, one per section under its `##` heading, names in
 * code spans, several names of a row separated by `<br>`; a pipe in a cell is escaped (`\|`), as GFM and the
 * project's charter reader read it.
 */
export function draftToMarkdown(draft: CharterDraft): string {
  const lines = [
    `# ${visibleText(draft.title)}`,
    '',
    visibleText(draft.notice),
    '',
    ...draft.facts.map((fact) => `- ${visibleText(fact)}`),
  ];
  const titles = draft.columns.map((column) => column.title);
  for (const section of draft.sections) {
    lines.push('');
    if (section.title !== null) lines.push(`## ${visibleText(section.title)}`, '');
    lines.push(tableLine(titles), tableLine(titles.map(() => '---')));
    for (const row of section.rows)
      lines.push(
        tableLine(
          rowCells(row, draft.columns, { text: escapeCell, names: (names) => names.map(codeSpan).join('<br>') }),
        ),
      );
  }
  lines.push('', ...reviewLines(draft.review));
  return `${lines.join('\n')}\n`;
}

function reviewLines(review: DraftReview): string[] {
  return [
    `## ${visibleText(review.title)}`,
    '',
    ...review.notes.map((note) => `${visibleText(note)}\n`),
    ...review.items.flatMap((item) => [
      `- **${visibleText(item.label)}** — ${codeSpan(visibleText(item.names))}`,
      ...item.reasons.map((reason) => `  - ${visibleText(reason)}`),
    ]),
  ];
}

const tableLine = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** A name in backticks, which the charter reader trims like quotes; a name holding a backtick is left bare. */
const codeSpan = (name: string) => (name.includes('`') ? escapeCell(name) : `\`${escapeCell(name)}\``);
