import { standardOpendatasoftCharter } from '../charter/standard.ts';
import type { Charter } from '../charter/types.ts';
import { compareCookies } from '../compare.ts';
import type { PortalRecord } from '../record/portal-record.ts';
import type { Notice, PortalReport } from './tab-state.ts';

/** Until the portal's charter is read, the standard one stands in, and the popup says so. */
export function charterOrStandard(charter: Charter | null, now: number): Charter {
  return charter ?? { declared: standardOpendatasoftCharter, source: { kind: 'standard', reason: { kind: 'not-read-yet' }, readAt: now } };
}

export function buildPortalReport(record: PortalRecord, notices: Notice[], now: number): PortalReport {
  const charter = charterOrStandard(record.charter, now);
  const cookies = Object.values(record.cookies);
  return {
    host: record.host,
    charter: { source: charter.source, declaredCount: charter.declared.length },
    comparison: compareCookies(cookies, charter.declared),
    recordingSince: cookies.reduce<number | null>((earliest, cookie) => (earliest === null ? cookie.firstSeen : Math.min(earliest, cookie.firstSeen)), null),
    notices: record.droppedCookies?.count ? [...notices, { kind: 'cookies-dropped', ...record.droppedCookies }] : notices,
  };
}

/** The toolbar badge: how many recorded cookies the charter does not declare. */
export function undeclaredCount(record: PortalRecord, now: number): number {
  return compareCookies(Object.values(record.cookies), charterOrStandard(record.charter, now).declared).undeclared.length;
}
