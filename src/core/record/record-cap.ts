import type { Audit } from '../audit/audit.ts';
import { keepStorable } from '../charter/storable.ts';
import type { Charter, CharterFallbackReason, CharterSource } from '../charter/types.ts';
import type { ConsentChoice } from '../consent/consent-choice.ts';
import { keptUrl } from '../url/kept-url.ts';
import { dropLeastRecentlySeen, MAX_COOKIES_PER_PORTAL } from './cookie-cap.ts';
import { storageKeyOf, type PortalRecord } from './portal-record.ts';
import { storedBytes } from './stored-bytes.ts';

/**
 * What one portal's record may take in storage, in bytes. Everything a site can inflate is bounded: each kept
 * address (keptUrl), the charter (keepStorable), the words of a charter that could not be read, the consent
 * choices and the audit's phases; then past audits and, last, the least recently seen cookies give way.
 * A real portal's record takes 20 to 100 KB.
 */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** A page's error message or a column title, as kept when the charter could not be read. */
const MAX_REASON_TEXT = 300;
const MAX_REASON_COLUMNS = 20;
/** cookies_preferences names a handful of services; a page could name thousands. */
const MAX_CONSENT_CHOICES = 50;
/** A site can flip its consent cookie at will: the first change and the latest ones are kept. */
export const MAX_AUDIT_PHASES = 100;

/** Brings a record within its limits, in place, and returns the bytes it takes in storage. */
export function capRecord(record: PortalRecord): number {
  if (record.charter) record.charter = storableCharter(record.charter);
  if (record.consent) record.consent = boundedConsent(record.consent);
  if (record.audit) record.audit = boundedPhases(record.audit);
  dropLeastRecentlySeen(record, MAX_COOKIES_PER_PORTAL);
  const key = storageKeyOf(record.host);
  let bytes = storedBytes(key, record);
  // The current observations matter more than an old audit's: past audits give way first, the oldest first.
  while (bytes > MAX_RECORD_BYTES && record.pastAudits.length > 0) {
    record.pastAudits.shift();
    bytes = storedBytes(key, record);
  }
  if (bytes > MAX_RECORD_BYTES) {
    dropLeastRecentlySeen(record, MAX_COOKIES_PER_PORTAL, bytes - MAX_RECORD_BYTES);
    bytes = storedBytes(key, record);
  }
  return bytes;
}

/** A charter's lines as keepStorable keeps them, and its addresses as keptUrl keeps them (idempotent). */
export function storableCharter(charter: Charter): Charter {
  const { declared, omittedLines } = keepStorable(charter.declared);
  return { declared, source: storableSource(charter.source, omittedLines) };
}

function storableSource(source: CharterSource, newlyOmitted: number): CharterSource {
  if (source.kind === 'standard') return { ...source, reason: storableReason(source.reason) };
  const omittedLines = (source.omittedLines ?? 0) + newlyOmitted;
  return {
    ...source,
    url: keptUrl(source.url) || source.url.slice(0, MAX_REASON_TEXT),
    ...(source.redirectedFrom ? { redirectedFrom: keptUrl(source.redirectedFrom) } : {}),
    ...(omittedLines > 0 ? { omittedLines } : {}),
  };
}

const cutText = (text: string) => (text.length > MAX_REASON_TEXT ? `${text.slice(0, MAX_REASON_TEXT - 1)}…` : text);

function storableReason(reason: CharterFallbackReason): CharterFallbackReason {
  if (reason.kind === 'not-read-yet') return reason;
  const bounded = { ...reason, url: keptUrl(reason.url) };
  if ('redirectedFrom' in bounded && bounded.redirectedFrom) bounded.redirectedFrom = keptUrl(bounded.redirectedFrom);
  // A refused redirect's target is whatever the page answered: kept like any other address, never with its query.
  if (bounded.kind === 'refused-redirect' && bounded.target !== null) bounded.target = keptUrl(bounded.target);
  if (bounded.kind === 'network-error') bounded.message = cutText(bounded.message);
  if (bounded.kind === 'not-html') bounded.contentType = cutText(bounded.contentType);
  if (bounded.kind === 'no-cookie-column') bounded.columns = bounded.columns.slice(0, MAX_REASON_COLUMNS).map(cutText);
  return bounded;
}

function boundedConsent(consent: ConsentChoice): ConsentChoice {
  const entries = Object.entries(consent.choices);
  if (entries.length <= MAX_CONSENT_CHOICES && entries.every(([name]) => name.length <= MAX_REASON_TEXT))
    return consent;
  return {
    ...consent,
    choices: Object.fromEntries(entries.slice(0, MAX_CONSENT_CHOICES).map(([name, chosen]) => [cutText(name), chosen])),
  };
}

function boundedPhases(audit: Audit): Audit {
  if (audit.phases.length <= MAX_AUDIT_PHASES) return audit;
  return { ...audit, phases: [...audit.phases.slice(0, 1), ...audit.phases.slice(-(MAX_AUDIT_PHASES - 1))] };
}
