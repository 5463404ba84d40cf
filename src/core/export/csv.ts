import { visibleText } from '../report/visible-name.ts';
import type { EvidenceRow } from './evidence-rows.ts';
import type { Evidence } from './evidence.ts';
import type { Say } from '../words/messages.ts';
import { CONSENT_COOKIE_NAME } from '../consent/consent-choice.ts';
import { consentWords } from './consent-words.ts';

/**
 * CSV for French spreadsheets: ";" separates the fields (the comma is the decimal mark), a UTF-8 byte order mark
 * makes Excel read the accents, lines end with CRLF (RFC 4180).
 */
const SEPARATOR = ';';
const LINE_END = '\r\n';
const BYTE_ORDER_MARK = '\uFEFF';

/** A spreadsheet reads a cell starting with these as a formula; cookie names and charter words come from websites. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/**
 * One field: invisible and control characters made visible (line breaks and tabs stay, a cell shows them), a
 * leading "'" defuses a formula (OWASP's advice), then quotes wherever the text needs them.
 */
export function csvField(value: string): string {
  const visible = visibleText(value, { keepLineBreaks: true });
  const defused = FORMULA_START.test(visible) ? `'${visible}` : visible;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

const flag = (value: boolean | null) => (value === null ? '' : String(value));

/**
 * The CNIL "Cookies List" extension's columns (without its value column), then this project's: each header as a
 * message key, or as the attribute it names (sameSite, httpOnly, hostOnly, isSecure: the Cookies List's own).
 */
const COLUMNS: [header: string, cell: (row: EvidenceRow) => string][] = [
  ['exportColumnNum', (row) => String(row.num)],
  ['exportColumnDomain', (row) => row.domain],
  ['exportColumnPath', (row) => row.path],
  ['exportColumnName', (row) => row.name],
  ['exportColumnExpiration', (row) => row.expiration],
  ['sameSite', (row) => row.sameSite ?? ''],
  ['httpOnly', (row) => flag(row.httpOnly)],
  ['hostOnly', (row) => flag(row.hostOnly)],
  ['isSecure', (row) => flag(row.secure)],
  ['exportColumnParty', (row) => row.party],
  ['exportColumnPartition', (row) => row.partition],
  ['exportColumnStatus', (row) => row.status],
  ['exportColumnCategory', (row) => row.category],
  ['exportColumnVendor', (row) => row.knownVendor],
  ['exportColumnKnownPurpose', (row) => row.knownPurpose],
  ['exportColumnKnownLifetime', (row) => row.knownLifetime],
  ['exportColumnSource', (row) => row.knownSource],
  ['exportColumnDeclaredPurpose', (row) => row.declaredPurpose],
  ['exportColumnDeclaredDuration', (row) => row.declaredDuration],
  ['exportColumnGap', (row) => row.lifetimeGap],
  ['exportFindings', (row) => row.findings.join(' ; ')],
  ['exportColumnPhase', (row) => row.phase],
  ['exportColumnFirstSeen', (row) => row.firstSeen],
  ['exportColumnPage', (row) => row.page],
  ['exportColumnOrigin', (row) => row.origin],
];

const ATTRIBUTE_HEADERS = new Set(['sameSite', 'httpOnly', 'hostOnly', 'isSecure']);

/** The header line, in the words `say` gives. */
export const csvHeaders = (say: Say) => [
  ...COLUMNS.map(([header]) => (ATTRIBUTE_HEADERS.has(header) ? header : say(header))),
  say('exportColumnConsentChoice'),
];

/** The last column: the visitor's decoded choice, on the portal's own consent cookie's line alone. */
const consentCell = (row: EvidenceRow, evidence: Evidence, say: Say) =>
  row.name === CONSENT_COOKIE_NAME && row.party === '1re' ? consentWords(evidence.consent, say) : '';

/** Records as CSV text: every field made safe by csvField, every record ended by CRLF. */
export function csvText(lines: readonly (readonly string[])[]): string {
  return lines.map((fields) => fields.map(csvField).join(SEPARATOR) + LINE_END).join('');
}

/** A whole CSV file: the byte order mark, then the records. */
export function csvDocument(lines: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + csvText(lines);
}

export function evidenceToCsv(evidence: Evidence, say: Say): string {
  return csvDocument([
    csvHeaders(say),
    ...evidence.rows.map((row) => [...COLUMNS.map(([, cell]) => cell(row)), consentCell(row, evidence, say)]),
  ]);
}
