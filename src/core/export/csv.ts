import { visibleText } from '../report/visible-name.ts';
import type { EvidenceRow } from './evidence-rows.ts';
import type { Evidence } from './evidence.ts';

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

/** The CNIL "Cookies List" extension's columns (without its value column), then this project's. */
const COLUMNS: [header: string, cell: (row: EvidenceRow) => string][] = [
  ['Num', (row) => String(row.num)],
  ['Domaine', (row) => row.domain],
  ['Chemin', (row) => row.path],
  ['Nom', (row) => row.name],
  ['Expiration', (row) => row.expiration],
  ['sameSite', (row) => row.sameSite ?? ''],
  ['httpOnly', (row) => flag(row.httpOnly)],
  ['hostOnly', (row) => flag(row.hostOnly)],
  ['isSecure', (row) => flag(row.secure)],
  ['Partie', (row) => row.party],
  ['Partition', (row) => row.partition],
  ['Statut', (row) => row.status],
  ['Catégorie', (row) => row.category],
  ['Fournisseur', (row) => row.knownVendor],
  ['Finalité connue', (row) => row.knownPurpose],
  ['Durée habituelle', (row) => row.knownLifetime],
  ['Source', (row) => row.knownSource],
  ['Finalité déclarée', (row) => row.declaredPurpose],
  ['Durée déclarée', (row) => row.declaredDuration],
  ['Écart', (row) => row.lifetimeGap],
  ['Constats', (row) => row.findings.join(' ; ')],
  ['Phase', (row) => row.phase],
  ['Première observation', (row) => row.firstSeen],
  ['Page', (row) => row.page],
  ['Origine', (row) => row.origin],
];

export const csvHeaders = COLUMNS.map(([header]) => header);

/** Records as CSV text: every field made safe by csvField, every record ended by CRLF. */
export function csvText(lines: readonly (readonly string[])[]): string {
  return lines.map((fields) => fields.map(csvField).join(SEPARATOR) + LINE_END).join('');
}

export function evidenceToCsv(evidence: Evidence): string {
  return BYTE_ORDER_MARK + csvText([csvHeaders, ...evidence.rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))]);
}
