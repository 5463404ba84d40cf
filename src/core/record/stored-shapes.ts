/**
 * Reads the parts of a stored portal record field by field, trusting nothing: storage may hold a record damaged
 * by a crash, edited by hand or written by another version. What is unusable is dropped, so that the popup never
 * meets a value of the wrong type; fields that a damaged entry lacks but that do not identify it take a safe default.
 */
import { AUDIT_PHASES, type Audit, type AuditPhase, type PhaseChange } from '../audit/audit.ts';
import type { AuditSnapshot } from '../audit/diff.ts';
import type { Charter, CharterFallbackReason, CharterSource, DeclaredCookie } from '../charter/types.ts';
import type { ConsentChoice } from '../consent/consent-choice.ts';
import type { KeptCookie, SameSite, SeenBy } from '../cookies/types.ts';

type Loose = Record<string, unknown>;

const SAME_SITES: readonly SameSite[] = ['strict', 'lax', 'none', 'unspecified'];
const SEEN_BY: readonly SeenBy[] = ['cookie-event', 'inventory', 'set-cookie-header'];

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A cookie entry, or null when what identifies it (name, domain, path, when it was seen) is missing. */
export function readKeptCookie(value: unknown): KeptCookie | null {
  if (!isObject(value)) return null;
  const { name, domain, path } = value;
  const firstSeen = numberOrNull(value.firstSeen);
  const lastSeen = numberOrNull(value.lastSeen);
  if (typeof name !== 'string' || typeof domain !== 'string' || typeof path !== 'string') return null;
  if (firstSeen === null || lastSeen === null || !Array.isArray(value.seenBy)) return null;
  return {
    name,
    domain,
    hostOnly: value.hostOnly === true,
    path,
    secure: value.secure === true,
    httpOnly: value.httpOnly === true,
    sameSite: SAME_SITES.includes(value.sameSite as SameSite) ? (value.sameSite as SameSite) : 'unspecified',
    partitionKey: stringOrNull(value.partitionKey),
    expiresAt: numberOrNull(value.expiresAt),
    party: value.party === 'first' ? 'first' : 'third',
    firstSeen,
    lastSeen,
    setAt: numberOrNull(value.setAt) ?? firstSeen,
    removedAt: numberOrNull(value.removedAt),
    requestedLifetimeMs: numberOrNull(value.requestedLifetimeMs),
    seenBy: value.seenBy.filter((seenBy): seenBy is SeenBy => SEEN_BY.includes(seenBy as SeenBy)),
    firstPage: stringOrNull(value.firstPage),
    setByResponse: stringOrNull(value.setByResponse),
    // Records kept before the expiry history have none: their history starts at their current expiry.
    firstExpiresAt:
      value.firstExpiresAt === undefined ? numberOrNull(value.expiresAt) : numberOrNull(value.firstExpiresAt),
    expiryExtensions:
      typeof value.expiryExtensions === 'number' &&
      Number.isInteger(value.expiryExtensions) &&
      value.expiryExtensions >= 0
        ? value.expiryExtensions
        : 0,
  };
}

/** A stored charter, or null when it is unusable (the charter is then read again). Unreadable lines are dropped. */
export function readStoredCharter(value: unknown): Charter | null {
  if (!isObject(value) || !Array.isArray(value.declared)) return null;
  const source = readSource(value.source);
  if (!source) return null;
  return { declared: value.declared.flatMap((line) => readDeclaredLine(line) ?? []), source };
}

function readDeclaredLine(value: unknown): DeclaredCookie | null {
  if (!isObject(value) || typeof value.name !== 'string' || (value.match !== 'exact' && value.match !== 'prefix'))
    return null;
  return {
    ...value,
    name: value.name,
    match: value.match,
    provider: stringOrNull(value.provider),
    service: stringOrNull(value.service),
    purpose: stringOrNull(value.purpose),
    duration: stringOrNull(value.duration),
    category: stringOrNull(value.category),
  };
}

const REASON_KINDS: ReadonlySet<string> = new Set<CharterFallbackReason['kind']>([
  'network-error',
  'timeout',
  'http-error',
  'not-html',
  'too-large',
  'no-table',
  'no-cookie-column',
  'empty-table',
  'refused-redirect',
  'refused-link',
  'not-read-yet',
]);

/**
 * The source is kept as stored once its kind, date and address are sound and every other value is plain text,
 * a number, a flag, null or a list of texts: the popup only ever words those.
 */
function readSource(value: unknown): CharterSource | null {
  if (!isObject(value) || numberOrNull(value.readAt) === null || !hasPlainValues(value)) return null;
  if (value.kind === 'portal' && typeof value.url === 'string') return value as unknown as CharterSource;
  const { reason } = value;
  if (
    value.kind === 'standard' &&
    isObject(reason) &&
    REASON_KINDS.has(String(reason.kind)) &&
    hasPlainValues(reason)
  ) {
    // A record kept when only the older standard charter was shipped has no template: that one's lines.
    const { template, templateFromPortal, ...rest } = value;
    const known = template === 'newer' || template === 'older' ? { template } : {};
    return {
      ...rest,
      ...known,
      ...(templateFromPortal === true ? { templateFromPortal: true } : {}),
    } as unknown as CharterSource;
  }
  return null;
}

function hasPlainValues(value: Loose): boolean {
  return Object.values(value).every(
    (field) =>
      field === null ||
      typeof field === 'string' ||
      typeof field === 'number' ||
      typeof field === 'boolean' ||
      isObject(field) ||
      (Array.isArray(field) && field.every((item) => typeof item === 'string')),
  );
}

const PHASE_CAUSES: readonly PhaseChange['by'][] = ['start', 'consent', 'user'];

/** An audit, or null when its start is unreadable; unreadable phase changes are dropped. */
export function readAudit(value: unknown): Audit | null {
  if (!isObject(value) || numberOrNull(value.startedAt) === null || !Array.isArray(value.phases)) return null;
  const phases = value.phases.flatMap((change): PhaseChange[] => {
    if (!isObject(change) || numberOrNull(change.at) === null) return [];
    if (!AUDIT_PHASES.includes(change.phase as AuditPhase) || !PHASE_CAUSES.includes(change.by as PhaseChange['by']))
      return [];
    return [{ at: change.at as number, phase: change.phase as AuditPhase, by: change.by as PhaseChange['by'] }];
  });
  return { startedAt: value.startedAt as number, endedAt: numberOrNull(value.endedAt), phases };
}

/** Past audits: each needs its audit and charter readable; its unreadable cookies are dropped. */
export function readPastAudits(value: unknown): AuditSnapshot[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((snapshot): AuditSnapshot[] => {
    if (!isObject(snapshot) || !Array.isArray(snapshot.cookies)) return [];
    const audit = readAudit(snapshot.audit);
    const charter = readStoredCharter(snapshot.charter);
    if (!audit || !charter) return [];
    return [{ audit, charter, cookies: snapshot.cookies.flatMap((cookie) => readKeptCookie(cookie) ?? []) }];
  });
}

/** The decoded consent choice: only boolean choices and a date are kept, whatever storage holds. */
export function readConsentChoice(value: unknown): ConsentChoice | null {
  if (!isObject(value) || !isObject(value.choices)) return null;
  const choices = Object.fromEntries(
    Object.entries(value.choices).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
  );
  return { choices, decidedAt: numberOrNull(value.decidedAt) };
}
