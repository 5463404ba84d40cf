import { escapeHtml } from '../export/html-escape.ts';
import { rowCells } from './row-cells.ts';
import type { CharterDraft } from './types.ts';

/**
 * The draft as a standalone HTML page, to open and copy into a rich-text editor (or to paste from the clipboard):
 * headings, one table per section, the review list. Every text is escaped (escapeHtml); nothing from a page or a
 * cookie becomes markup. Lines end with "\n".
 */
export function draftToHtml(draft: CharterDraft): string {
  const title = escapeHtml(draft.title);
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    draftHtmlBody(draft),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE =
  'body { font: 11pt/1.4 system-ui, sans-serif; margin: 2rem; } table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; } ' +
  'th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; } th { background: #eee; } .notice { font-weight: 600; }';

/** The draft's content, without the page around it: what the clipboard holds as HTML. */
export function draftHtmlBody(draft: CharterDraft): string {
  const lines = [
    `<h1>${escapeHtml(draft.title)}</h1>`,
    `<p class="notice">${escapeHtml(draft.notice)}</p>`,
    '<ul>',
    ...draft.facts.map((fact) => `<li>${escapeHtml(fact)}</li>`),
    '</ul>',
  ];
  for (const section of draft.sections) {
    if (section.title !== null) lines.push(`<h2>${escapeHtml(section.title)}</h2>`);
    lines.push(
      '<table>',
      `<thead><tr>${draft.columns.map((column) => `<th>${escapeHtml(column.title)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    for (const row of section.rows) {
      const cells = rowCells(row, draft.columns, {
        text: escapeHtml,
        names: (names) => names.map(escapeHtml).join('<br>'),
      });
      lines.push(`<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
    }
    lines.push('</tbody>', '</table>');
  }
  const { review } = draft;
  lines.push(
    `<h2>${escapeHtml(review.title)}</h2>`,
    ...review.notes.map((note) => `<p>${escapeHtml(note)}</p>`),
    '<ul>',
  );
  for (const item of review.items) {
    lines.push(
      `<li><strong>${escapeHtml(item.label)}</strong> — <code>${escapeHtml(item.names)}</code>`,
      '<ul>',
      ...item.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`),
      '</ul>',
      '</li>',
    );
  }
  lines.push('</ul>');
  return lines.join('\n');
}
