import { t } from '../adapters/i18n.ts';
import { AUDIT_PHASES } from '../core/audit/audit.ts';
import { EVIDENCE_FORMATS, type MessageType, type Protocol, type TabStateRequest, type TabTarget } from './protocol.ts';

/**
 * What the background accepts of each request, checked before any handler runs: a page of the extension is
 * trusted to ask, not to be bug-free, and a request of the wrong shape is refused with words rather than read.
 */
type RequestCheck<T extends MessageType> = (request: unknown) => request is Protocol[T]['request'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOneOf =
  <const Values extends readonly string[]>(values: Values) =>
  (value: unknown): value is Values[number] =>
    values.includes(value as string);

/** Every request that names a portal: `{ host }`, whose validity as a host name the handler checks. */
function namesHost(request: unknown): request is Record<string, unknown> & { host: string } {
  return isObject(request) && typeof request.host === 'string';
}

function isTabTarget(request: unknown): request is TabTarget {
  if (namesHost(request)) return true;
  return isObject(request) && Number.isSafeInteger(request.tabId) && (request.tabId as number) >= 0;
}

function isTabStateRequest(request: unknown): request is TabStateRequest {
  return isTabTarget(request) && ['undefined', 'boolean'].includes(typeof (request as TabStateRequest).withDetails);
}

const isAuditPhase = isOneOf(AUDIT_PHASES);
const isEvidenceFormat = isOneOf(EVIDENCE_FORMATS);

/** One check per request; its keys are the list of message types, and the compiler holds it to the protocol. */
export const requestChecks = {
  getTabState: isTabStateRequest,
  getPortalDetails: namesHost,
  readCharter: namesHost,
  clearPortalRecord: namesHost,
  startAudit: (request): request is Protocol['startAudit']['request'] =>
    namesHost(request) && typeof request.deleteCookies === 'boolean',
  switchAuditPhase: (request): request is Protocol['switchAuditPhase']['request'] =>
    namesHost(request) && isAuditPhase(request.phase),
  compareWithPastAudit: (request): request is Protocol['compareWithPastAudit']['request'] =>
    namesHost(request) && Number.isFinite(request.startedAt),
  exportEvidence: (request): request is Protocol['exportEvidence']['request'] =>
    namesHost(request) && isEvidenceFormat(request.format),
  draftCharter: namesHost,
  getPortalSettings: (request): request is Protocol['getPortalSettings']['request'] => isObject(request),
  addPortalHost: namesHost,
  removePortalHost: namesHost,
  treatAsPortal: namesHost,
} satisfies { [T in MessageType]: RequestCheck<T> };

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestChecks, type);
}

/** Why a message from the extension's own pages is refused, or null when its handler may run. */
export function refusalOf(message: unknown): string | null {
  if (!isObject(message)) return t('errorMalformedMessage');
  if (!isMessageType(message.type)) return t('errorUnknownRequest', String(message.type).slice(0, 60));
  return (requestChecks[message.type] as (request: unknown) => boolean)(message.request)
    ? null
    : t('errorMalformedRequest', message.type);
}
