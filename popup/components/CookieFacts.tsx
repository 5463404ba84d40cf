import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import type { Finding } from '../../src/core/checks/types.ts';
import type { IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';
import type { KeptCookie, SameSite, SeenBy } from '../../src/core/cookies/types.ts';
import { findingTitleKeys } from '../../src/core/checks/titles.ts';
import { keptByBrowser } from '../../src/core/report/cookie-lines.ts';
import { shownName, visibleText } from '../../src/core/report/visible-name.ts';
import type { CookieInsight } from '../../src/core/report/tab-state.ts';
import type { CookieNotes } from './cookie-notes.ts';
import { InsightFacts } from './CookieInsight.tsx';
import { FindingText } from './Findings.tsx';
import { dateTime, lifetime } from '../../ui/wording.tsx';

const sameSiteNames: Record<Exclude<SameSite, 'unspecified'>, string> = { strict: 'Strict', lax: 'Lax', none: 'None' };

/** The attributes a browser keeps for a cookie, by their usual names (Secure, HttpOnly…) and a few words. */
export function cookieFlags(cookie: KeptCookie): string[] {
  const flags: string[] = [];
  if (cookie.secure) flags.push(t('flagSecure'));
  if (cookie.httpOnly) flags.push(t('flagHttpOnly'));
  if (cookie.sameSite !== 'unspecified') flags.push(t('flagSameSite', sameSiteNames[cookie.sameSite]));
  if (cookie.partitionKey !== null) flags.push(t('flagPartitioned'));
  if (cookie.hostOnly) flags.push(t('flagHostOnly'));
  return flags;
}

/** How the extension came to know the cookie, in words a DPO can check. */
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
export function cookiePlace(cookie: Pick<KeptCookie, 'domain' | 'path'>): string {
  return visibleText(cookie.path === '/' || cookie.path === '' ? cookie.domain : `${cookie.domain}${cookie.path}`);
}

/** "propriétaire" (set by the portal's own site) or "tiers" (another site), the CNIL's words. */
export function partyWord(party: KeptCookie['party']): string {
  return party === 'first' ? t('partyFirst') : t('partyThird');
}

/**
 * A cookie's lifetime as far as it is known. A cookie only ever found by an inventory was set before the extension
 * saw it: its lifetime is counted from the first sighting, so it is a lower bound and is said so. A cookie the
 * browser refused has no lifetime: what the site asked for is said as such.
 */
export function knownLifetime(cookie: KeptCookie): string {
  if (!keptByBrowser(cookie)) return t('lifetimeRequested', requestedLifetime(cookie));
  if (cookie.requestedLifetimeMs !== null) {
    // The site asked for more than browsers keep: what it asked is what its charter must answer for.
    return t('lifetimeCapped', [lifetime({ setAt: 0, expiresAt: cookie.requestedLifetimeMs }), lifetime(cookie)]);
  }
  const foundAlreadySet = cookie.seenBy.length > 0 && cookie.seenBy.every((seenBy) => seenBy === 'inventory');
  return foundAlreadySet && cookie.expiresAt !== null && cookie.expiresAt > cookie.setAt
    ? t('lifetimeAtLeast', lifetime(cookie))
    : lifetime(cookie);
}

function requestedLifetime(cookie: KeptCookie): string {
  return cookie.requestedLifetimeMs !== null
    ? lifetime({ setAt: 0, expiresAt: cookie.requestedLifetimeMs })
    : lifetime(cookie);
}

/** What a cookie's line says after its name: refused, removed, or its lifetime. */
export function cookieState(cookie: KeptCookie): string {
  if (!keptByBrowser(cookie)) return t('refusedByBrowser');
  if (cookie.removedAt !== null) return t('removedOn', dateTime(cookie.removedAt));
  return cookie.requestedLifetimeMs !== null
    ? t('lifetimeCappedShort', requestedLifetime(cookie))
    : knownLifetime(cookie);
}

/** Who is behind a cookie, shortest first: the organisation of a third-party domain, else the knowledge base's vendor. */
export function ownerName(insight: CookieInsight | null): string | null {
  return insight?.organisation?.name ?? insight?.knowledge?.vendor ?? null;
}

/**
 * A line that shows more when asked: a button with aria-expanded, its content rendered only once opened (a list
 * of 500 cookies builds 500 buttons, not 500 fact sheets).
 */
export function Disclosure({
  line,
  children,
  className,
}: {
  line: ComponentChildren;
  children: () => ComponentChildren;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  return (
    <>
      <button
        type="button"
        class={`line ${className ?? ''}`}
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        onClick={() => setOpen(!open)}
      >
        {line}
      </button>
      {open && (
        <div class="line-details" id={contentId}>
          {children()}
        </div>
      )}
    </>
  );
}

/** The short titles of the findings about a cookie, as marks on its line. */
export function FindingMarks({ findings }: { findings: readonly Finding[] }) {
  const checks = [...new Set(findings.map((finding) => finding.check))];
  return (
    <>
      {checks.map((check) => (
        <span key={check} class="mark mark-check">
          {t(findingTitleKeys[check])}
        </span>
      ))}
    </>
  );
}

interface CookieLineProps {
  cookie: IdentifiedCookie;
  notes: CookieNotes;
  /** Whether to show what the knowledge base says of it: for an undeclared cookie, whose charter says nothing. */
  withKnowledge: boolean;
}

/**
 * One recorded cookie in one line: name, owner (propriétaire or tiers, domain, who is behind it), state or
 * lifetime, the findings about it, and the charter line its name is close to (the charter may have meant it, and
 * does not say so); its facts on demand. The name comes from a page: invisible characters are
 * shown as marks, and a long name is cut, whole in the facts.
 */
export function CookieLine({ cookie, notes, withKnowledge }: CookieLineProps) {
  const insight = notes.insightOf(cookie);
  const owner = ownerName(insight);
  const nearLine = notes.nearLineOf(cookie);
  return (
    <Disclosure
      line={
        <>
          <code class="cookie-name">{visibleName(cookie.name).text}</code>{' '}
          <span class="line-text">
            {partyWord(cookie.party)} · {cookiePlace(cookie)}
            {owner !== null && ` · ${owner}`} · {cookieState(cookie)}
          </span>{' '}
          <FindingMarks findings={notes.findingsOf(cookie)} />
          {nearLine !== undefined && <span class="mark">{t('nearLine', visibleText(nearLine))}</span>}
        </>
      }
    >
      {() => <CookieFacts cookie={cookie} notes={notes} withKnowledge={withKnowledge} />}
    </Disclosure>
  );
}

/** Everything known of one cookie: attributes, how it was seen, what it is, and each finding about it, explained. */
export function CookieFacts({ cookie, notes, withKnowledge }: CookieLineProps) {
  const flags = cookieFlags(cookie);
  const insight = notes.insightOf(cookie);
  const name = visibleName(cookie.name);
  const findings = notes.findingsOf(cookie);
  return (
    <>
      {name.full !== null && (
        <p class="cookie-name-full">
          {t('cookieNameFull', String(cookie.name.length))} <code class="cookie-name">{name.full}</code>
        </p>
      )}
      <dl class="facts">
        <dt>{t('labelDomain')}</dt>
        <dd>{cookiePlace(cookie)}</dd>
        <dt>{t('labelParty')}</dt>
        <dd>{cookie.party === 'first' ? t('partyFirstExplained') : t('partyThirdExplained')}</dd>
        <dt>{t('labelLifetime')}</dt>
        <dd>{knownLifetime(cookie)}</dd>
        <dt>{t('labelFlags')}</dt>
        <dd>{flags.length > 0 ? flags.join(' · ') : t('flagsNone')}</dd>
        {(cookie.removedAt !== null || !keptByBrowser(cookie)) && (
          <>
            <dt>{t('labelState')}</dt>
            <dd>
              {keptByBrowser(cookie) ? t('removedOn', dateTime(cookie.removedAt!)) : t('refusedByBrowserExplained')}
            </dd>
          </>
        )}
        {cookie.seenBy.length > 0 && (
          <>
            <dt>{t('labelSeenBy')}</dt>
            <dd>{cookie.seenBy.map(seenByText).join(' ; ')}</dd>
          </>
        )}
        <InsightFacts insight={insight} withKnowledge={withKnowledge} />
      </dl>
      {/* No insight yet (details still pending): say nothing rather than call a known cookie unknown. */}
      {withKnowledge && insight !== null && !insight.knowledge && (
        <p class="muted unknown-cookie">{t('knowledgeUnknown')}</p>
      )}
      {findings.length > 0 && (
        <ul class="cookie-findings" aria-label={tn('findingsAbout', findings.length)}>
          {findings.map((finding, index) => (
            <li key={index}>
              <FindingText finding={finding} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
