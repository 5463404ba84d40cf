import type { PortalSite } from '../sites.ts';
import { escapeHtml } from './html.ts';
import { portalPage } from './layout.ts';

/**
 * Turns a charter text file (see charters/README.md) into the page body Opendatasoft renders:
 * headings, paragraphs and real `<table>`s whose first row is the header.
 */
export function charterHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let table: string[][] | null = null;
  let blankRun = 0;
  let sawTitle = false;

  const closeTable = () => {
    if (table) out.push(tableHtml(table));
    table = null;
  };
  for (const rawLine of lines) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      blankRun++;
      continue;
    }
    const blanksBefore = blankRun;
    blankRun = 0;
    if (line.includes('\t')) {
      const cells = line.split('\t').map((cell) => cell.trim());
      if (cells.every((cell) => /^-*$/.test(cell))) continue; // a text dump's "----" rule under the header
      if (!table) table = [];
      else if (blanksBefore >= 2) table.push(cells.map(() => '')); // an empty row, as the original page has
      table.push(cells);
      continue;
    }
    closeTable();
    if (!sawTitle) {
      out.push(`<h1>${inlineHtml(line)}</h1>`);
      sawTitle = true;
    } else if (isHeading(line)) {
      out.push(`<h2>${inlineHtml(line)}</h2>`);
    } else {
      out.push(`<p>${inlineHtml(line)}</p>`);
    }
  }
  closeTable();
  return out.join('\n');
}

/** Short lines that do not end a sentence are headings ("Qu'est ce qu'un cookie ?", "Mesure d'audience"). */
function isHeading(line: string): boolean {
  return line.length <= 110 && !/[.:;,]$/.test(line) && !/^<https?:/.test(line);
}

/** Text with its `<https://…>` links made into anchors. */
function inlineHtml(line: string): string {
  return line
    .split(/(<https?:\/\/[^>\s]+>)/)
    .map((part) => {
      const link = /^<(https?:\/\/[^>\s]+)>$/.exec(part);
      return link ? `<a href="${escapeHtml(link[1]!)}">${escapeHtml(link[1]!)}</a>` : escapeHtml(part);
    })
    .join('');
}

function tableHtml(rows: string[][]): string {
  const [header = [], ...body] = rows;
  const cells = (row: string[], tag: 'th' | 'td') => row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('');
  return `<table class="ods-cookies-table">
<thead><tr>${cells(header, 'th')}</tr></thead>
<tbody>
${body.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('\n')}
</tbody>
</table>`;
}

export function charterPage(site: PortalSite, text: string): string {
  return portalPage(site, { title: 'Charte cookies', main: `<div class="ods-charter">\n${charterHtml(text)}\n</div>` });
}
