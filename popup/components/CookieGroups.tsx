import { Fragment, type ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { DeclaredAndSeen } from '../../src/core/compare.ts';
import type { CookieRecord } from '../../src/core/cookies/types.ts';
import { ObservedCookie } from './CookieFacts.tsx';
import type { CookieNotes } from './cookie-notes.ts';
import { DeclaredLine, declaredName } from './DeclaredLine.tsx';
import { firstFrameCookiesPerLine, useShownEntries } from './first-frame.ts';

interface GroupProps {
  tone: 'undeclared' | 'seen' | 'not-seen';
  title: string;
  count: number;
  empty: string;
  children: ComponentChildren;
}

/** A group of the comparison; `children` is its content when it is not empty (lists of entries). */
function CookieGroup({ tone, title, count, empty, children }: GroupProps) {
  const headingId = useId();
  return (
    <section class={`group group-${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">{count}</span>
      </h2>
      {count === 0 ? <p class="empty">{empty}</p> : children}
    </section>
  );
}

/** Charter lines by section, sections in the order the charter first names them, so each title shows once. */
function bySection<T>(items: readonly T[], sectionOf: (item: T) => string | null): { section: string | null; items: T[] }[] {
  const sections = new Map<string | null, T[]>();
  for (const item of items) {
    const section = sectionOf(item);
    const lines = sections.get(section);
    if (lines) lines.push(item);
    else sections.set(section, [item]);
  }
  return [...sections].map(([section, lines]) => ({ section, items: lines }));
}

function CharterSections<T>({ items, sectionOf, render }: { items: readonly T[]; sectionOf: (item: T) => string | null; render: (item: T) => ComponentChildren }) {
  return (
    <>
      {bySection(items, sectionOf).map(({ section, items: lines }, index) => (
        <Fragment key={index}>
          {section !== null && <h3 class="charter-section">{section}</h3>}
          <ul class="entries">{lines.map(render)}</ul>
        </Fragment>
      ))}
    </>
  );
}

/** Cookies the portal set that its charter does not declare: what the user is looking for, so first. */
export function UndeclaredGroup({ cookies, notes }: { cookies: CookieRecord[]; notes: CookieNotes }) {
  const shown = useShownEntries();
  return (
    <CookieGroup tone="undeclared" title={t('groupUndeclared')} count={cookies.length} empty={t('emptyUndeclared')}>
      <ul class="entries">
        {shown(cookies).map((cookie) => (
          <li class="entry" key={`${cookie.name};${cookie.domain};${cookie.path};${cookie.partitionKey ?? ''}`}>
            <ObservedCookie cookie={cookie} showName notes={notes} withKnowledge />
          </li>
        ))}
      </ul>
    </CookieGroup>
  );
}

/** Charter lines seen in use, each with the cookies it covers. */
export function DeclaredSeenGroup({ lines, notes }: { lines: DeclaredAndSeen[]; notes: CookieNotes }) {
  const shown = useShownEntries();
  return (
    <CookieGroup tone="seen" title={t('groupSeen')} count={lines.length} empty={t('emptySeen')}>
      <CharterSections
        items={shown(lines)}
        sectionOf={(line) => line.declared.category}
        render={({ declared, cookies }) => (
          <li class="entry" key={`${declared.match}:${declared.name}:${declared.purpose ?? ''}`}>
            <DeclaredLine declared={declared} />
            <ul class="observed" aria-label={t('observedCookiesLabel', declaredName(declared))}>
              {shown(cookies, firstFrameCookiesPerLine).map((cookie) => (
                <li key={`${cookie.name};${cookie.domain};${cookie.path};${cookie.partitionKey ?? ''}`}>
                  <ObservedCookie cookie={cookie} showName={cookie.name !== declared.name} notes={notes} withKnowledge={false} />
                </li>
              ))}
            </ul>
          </li>
        )}
      />
    </CookieGroup>
  );
}

/** Charter lines no recorded cookie matched (yet). */
export function DeclaredNotSeenGroup({ lines }: { lines: DeclaredCookie[] }) {
  const shown = useShownEntries();
  return (
    <CookieGroup tone="not-seen" title={t('groupNotSeen')} count={lines.length} empty={t('emptyNotSeen')}>
      <CharterSections
        items={shown(lines)}
        sectionOf={(declared) => declared.category}
        render={(declared) => (
          <li class="entry" key={`${declared.match}:${declared.name}:${declared.purpose ?? ''}`}>
            <DeclaredLine declared={declared} />
          </li>
        )}
      />
    </CookieGroup>
  );
}
