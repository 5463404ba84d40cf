import type { Evidence } from './evidence.ts';
import { escapeHtml } from './html-escape.ts';
import {
  contextSection,
  cookieGroupSections,
  findingsSection,
  phasesSection,
  requestOnlySection,
  summarySection,
} from './html-sections.ts';
import { sha256Hex } from '../hash/sha256.ts';
import type { Say } from '../words/messages.ts';

/** The one line of the report that states its hash: the only line left out of what is hashed. */
export const HTML_HASH_LINE_MARKER = 'id="empreinte-sha256"';

const HASH_COMMAND = `grep -v '${HTML_HASH_LINE_MARKER}' rapport.html | sha256sum`;

const STYLE = `
body { font: 11pt/1.4 system-ui, sans-serif; color: #1a1a1a; margin: 2rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #888; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 1px solid #999; padding: 0.2rem 0.3rem; text-align: left; vertical-align: top; }
th { background: #eee; } td, dd, li { overflow-wrap: break-word; } td a, dd a { overflow-wrap: anywhere; } code { font-size: 0.95em; }
li { margin-bottom: 0.6rem; } .note { color: #444; font-size: 0.9em; } footer { margin-top: 2rem; font-size: 0.9em; }
@media print { body { margin: 0; font-size: 10pt; } a { color: inherit; } thead { display: table-header-group; } tr, li { break-inside: avoid; } h2 { break-after: avoid; } }
@page { size: A4 landscape; margin: 12mm; }
`;

/**
 * The printable French report: a complete standalone document, every text escaped. Its SHA-256 covers the UTF-8
 * bytes of the whole file without the line that states it (the one holding HTML_HASH_LINE_MARKER), as the report
 * itself explains: `grep -v` of that line, then `sha256sum`, gives it back. Lines end with "\n", the last one too.
 */
export async function evidenceToHtml(evidence: Evidence, say: Say): Promise<string> {
  const title = say('exportHtmlTitle', evidence.portalHost);
  const start = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="note">${escapeHtml(say('exportHtmlIntro'))}</p>`,
    '',
  ].join('\n');
  const sections = [
    contextSection,
    phasesSection,
    summarySection,
    findingsSection,
    cookieGroupSections,
    requestOnlySection,
  ]
    .map((section) => section(evidence, say))
    .join('');
  const footerStart = `<footer>\n<p>${escapeHtml(say('exportHtmlHashNote', HASH_COMMAND))}</p>\n`;
  const end = '</footer>\n</body>\n</html>\n';
  const hashed = start + sections + footerStart + end;
  const hashLine = `<p ${HTML_HASH_LINE_MARKER}>${escapeHtml(say('exportHtmlHashLine'))} <code>${await sha256Hex(hashed)}</code></p>\n`;
  return start + sections + footerStart + hashLine + end;
}
