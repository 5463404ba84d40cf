import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { DeclaredAndSeen } from '../../src/core/compare.ts';
import type { CookieRecord } from '../../src/core/cookies/types.ts';
import { ObservedCookie } from './CookieFacts.tsx';
import { DeclaredLine, declaredName } from './DeclaredLine.tsx';

interface GroupProps {
  tone: 'undeclared' | 'seen' | 'not-seen';
  title: string;
  count: number;
  empty: string;
  children: ComponentChildren;
}

function CookieGroup({ tone, title, count, empty, children }: GroupProps) {
  const headingId = useId();
  return (
    <section class={`group group-${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">{count}</span>
      </h2>
      {count === 0 ? <p class="empty">{empty}</p> : <ul class="entries">{children}</ul>}
    </section>
  );
}

/** Cookies the portal set that its charter does not declare: what the user is looking for, so first. */
export function UndeclaredGroup({ cookies }: { cookies: CookieRecord[] }) {
  return (
    <CookieGroup tone="undeclared" title={t('groupUndeclared')} count={cookies.length} empty={t('emptyUndeclared')}>
      {cookies.map((cookie) => (
        <li class="entry" key={`${cookie.name};${cookie.domain};${cookie.path};${cookie.partitionKey ?? ''}`}>
          <ObservedCookie cookie={cookie} showName />
        </li>
      ))}
    </CookieGroup>
  );
}

/** Charter lines seen in use, each with the cookies it covers. */
export function DeclaredSeenGroup({ lines }: { lines: DeclaredAndSeen[] }) {
  return (
    <CookieGroup tone="seen" title={t('groupSeen')} count={lines.length} empty={t('emptySeen')}>
      {lines.map(({ declared, cookies }, index) => (
        <li class="entry" key={index}>
          <DeclaredLine declared={declared} />
          <ul class="observed" aria-label={t('observedCookiesLabel', declaredName(declared))}>
            {cookies.map((cookie) => (
              <li key={`${cookie.name};${cookie.domain};${cookie.path};${cookie.partitionKey ?? ''}`}>
                <ObservedCookie cookie={cookie} showName={cookie.name !== declared.name} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </CookieGroup>
  );
}

/** Charter lines no recorded cookie matched (yet). */
export function DeclaredNotSeenGroup({ lines }: { lines: DeclaredCookie[] }) {
  return (
    <CookieGroup tone="not-seen" title={t('groupNotSeen')} count={lines.length} empty={t('emptyNotSeen')}>
      {lines.map((declared, index) => (
        <li class="entry" key={index}>
          <DeclaredLine declared={declared} />
        </li>
      ))}
    </CookieGroup>
  );
}
