import { t } from '../../src/adapters/i18n.ts';
import type { CookieRecord, SameSite, SeenBy } from '../../src/core/cookies/types.ts';
import { shownName, visibleText } from '../../src/core/report/visible-name.ts';
import type { CookieNotes } from './cookie-notes.ts';
import { FindingBadges, InsightFacts } from './CookieInsight.tsx';
import { dateTime, lifetime } from './wording.tsx';

const sameSiteNames: Record<Exclude<SameSite, 'unspecified'>, string> = { strict: 'Strict', lax: 'Lax', none: 'None' };

/** The attributes a browser keeps for a cookie, by their usual names (Secure, HttpOnly…) and a few words. */
export function cookieFlags(cookie: CookieRecord): string[] {
  const flags: string[] = [];
  if (cookie.secure) flags.push(t('flagSecure'));
  if (cookie.httpOnly) flags.push(t('flagHttpOnly'));
  if (cookie.sameSite !== 'unspecified') flags.push(t('flagSameSite', sameSiteNames[cookie.sameSite]));
  if (cookie.partitionKey !== null) flags.push(t('flagPartitioned'));
  if (cookie.hostOnly) flags.push(t('flagHostOnly'));
  return flags;
}

function seenByText(seenBy: SeenBy): string {
  switch (seenBy) {
    case 'cookie-event':
      return t('seenByCookieEvent');
    case 'inventory':
      return t('seenByInventory');
    case 'set-cookie-header':
      return t('seenBySetCookieHeader');
  }
}

/** A cookie's name as shown: invisible characters as marks, a long name cut (`full` then has it whole). */
export function visibleName(name: string): { text: string; full: string | null } {
  return name === '' ? { text: t('cookieNameEmpty'), full: null } : shownName(name);
}

/** Where a cookie lives: its domain, and its path when narrower than the whole site; invisible characters shown. */
export function cookiePlace(cookie: Pick<CookieRecord, 'domain' | 'path'>): string {
  return visibleText(cookie.path === '/' || cookie.path === '' ? cookie.domain : `${cookie.domain}${cookie.path}`);
}

export function PartyBadge({ party }: { party: CookieRecord['party'] }) {
  return (
    <span class={`badge badge-${party}`}>{party === 'first' ? t('partyFirst') : t('partyThird')}</span>
  );
}

/**
 * A cookie's lifetime as far as it is known. A cookie only ever found by an inventory was set before the extension
 * saw it: its lifetime is counted from the first sighting, so it is a lower bound and is said so.
 */
function knownLifetime(cookie: CookieRecord): string {
  if (cookie.requestedLifetimeMs !== null) {
    // The site asked for more than browsers keep: what it asked is what its charter must answer for.
    return t('lifetimeCapped', [lifetime({ setAt: 0, expiresAt: cookie.requestedLifetimeMs }), lifetime(cookie)]);
  }
  const foundAlreadySet = cookie.seenBy.length > 0 && cookie.seenBy.every((seenBy) => seenBy === 'inventory');
  return foundAlreadySet && cookie.expiresAt !== null && cookie.expiresAt > cookie.setAt
    ? t('lifetimeAtLeast', lifetime(cookie))
    : lifetime(cookie);
}

interface ObservedCookieProps {
  cookie: CookieRecord;
  /** Whether the name says something the line above does not. */
  showName: boolean;
  notes: CookieNotes;
  /** Whether to show what the knowledge base says of it: for an undeclared cookie, whose charter says nothing. */
  withKnowledge: boolean;
}

/**
 * One recorded cookie: name, party, findings, domain, lifetime, flags, and what the report knows of it.
 * The name comes from a page: invisible characters are shown as marks, and a long name is cut, whole below.
 */
export function ObservedCookie({ cookie, showName, notes, withKnowledge }: ObservedCookieProps) {
  const flags = cookieFlags(cookie);
  const insight = notes.insightOf(cookie);
  const name = visibleName(cookie.name);
  return (
    <>
      <p class="entry-title">
        {showName && (
          <>
            <code class="cookie-name">{name.text}</code>{' '}
          </>
        )}
        <PartyBadge party={cookie.party} />
        <FindingBadges findings={notes.findingsOf(cookie)} />
      </p>
      {showName && name.full !== null && (
        <details class="cookie-name-full">
          <summary>{t('cookieNameFull', String(cookie.name.length))}</summary>
          <code class="cookie-name">{name.full}</code>
        </details>
      )}
      <dl class="facts">
        <dt>{t('labelDomain')}</dt>
        <dd>{cookiePlace(cookie)}</dd>
        <dt>{t('labelLifetime')}</dt>
        <dd>{knownLifetime(cookie)}</dd>
        <dt>{t('labelFlags')}</dt>
        <dd>{flags.length > 0 ? flags.join(' · ') : t('flagsNone')}</dd>
        {cookie.removedAt !== null && (
          <>
            <dt>{t('labelState')}</dt>
            <dd>{t('removedOn', dateTime(cookie.removedAt))}</dd>
          </>
        )}
        {cookie.seenBy.length > 0 && (
          <>
            <dt>{t('labelSeenBy')}</dt>
            <dd>{cookie.seenBy.map(seenByText).join(', ')}</dd>
          </>
        )}
        <InsightFacts insight={insight} withKnowledge={withKnowledge} />
      </dl>
      {/* No insight yet (details still pending): say nothing rather than call a known cookie unknown. */}
      {withKnowledge && insight !== null && !insight.knowledge && <p class="muted unknown-cookie">{t('knowledgeUnknown')}</p>}
    </>
  );
}
