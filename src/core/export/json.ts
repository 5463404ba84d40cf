import { withInvisibleEscaped } from '../report/visible-name.ts';
import type { Evidence } from './evidence.ts';
import { sha256Hex } from '../hash/sha256.ts';
import type { Say } from '../words/messages.ts';

export const EVIDENCE_SCHEMA_ID = 'charte-vs-cookies.evidence.v1';
export const EVIDENCE_SCHEMA_VERSION = 1;

/** The export's own fields, around the evidence. */
export interface EvidenceJson extends Evidence {
  schema: typeof EVIDENCE_SCHEMA_ID;
  schemaVersion: typeof EVIDENCE_SCHEMA_VERSION;
  integrity: { algorithm: 'SHA-256'; method: string };
  exportSha256: string;
}

/**
 * RFC 8785 for the JSON values an export holds: object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers as JSON.stringify writes them. Absent (undefined) object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Not a JSON number: ${value}`);
  return JSON.stringify(value);
}

/**
 * The JSON export, indented for reading; its hash covers the canonical form, so indentation does not count. It
 * keeps the exact text of sites, invisible characters written as \\u escapes (the same data).
 */
export async function evidenceToJson(evidence: Evidence, say: Say): Promise<string> {
  const document: Omit<EvidenceJson, 'exportSha256'> = {
    schema: EVIDENCE_SCHEMA_ID,
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    integrity: { algorithm: 'SHA-256', method: say('exportJsonHashMethod') },
    ...evidence,
  };
  const exported: EvidenceJson = { ...document, exportSha256: await sha256Hex(canonicalJson(document)) };
  return `${withInvisibleEscaped(JSON.stringify(exported, null, 2))}\n`;
}
