import { Fragment, type ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { DeclaredAndSeen } from '../../src/core/compare.ts';
import type { CookieRecord } from '../../src/core/cookies/types.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import { ObservedCookie } from './CookieFacts.tsx';
import type { CookieNotes } from './cookie-notes.ts';
import { DeclaredLine, declaredName } from './DeclaredLine.tsx';

interface GroupProps {
  tone: 'undeclared' | 'seen' | 'not-seen';
  title: string;
  count: number;
  /** How many of its entries `children` holds: fewer than `count` in the popup's first view. */
  shown: number;
  empty: string;
  children: ComponentChildren;
}

/**
 * A group of the comparison; `count` is its size in all, `children` its entries when it is not empty (the first
 * ones only, while the report's details are pending).
 */
function CookieGroup({ tone, title, count, shown, empty, children }: GroupProps) {
  const headingId = useId();
  return (
    <section class={`group group-${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">{count}</span>
      </h2>
      {count === 0 ? <p class="empty">{empty}</p> : children}
      {shown < count && <p class="more-entries">{tn('moreEntries', count - shown)}</p>}
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
          {section !== null && <h3 class="charter-section">{visibleText(section)}</h3>}
          <ul class="entries">{lines.map(render)}</ul>
        </Fragment>
      ))}
    </>
  );
}

/** An undeclared cookie that a charter line's exact name begins: the charter may have meant it, and does not say so. */
function NearLine({ line }: { line: string | undefined }) {
  return line === undefined ? null : <p class="near-line">{t('nearLine', visibleText(line))}</p>;
}

/** Cookies the portal set that its charter does not declare: what the user is looking for, so first. */
export function UndeclaredGroup({ cookies, count, notes, nearLines }: { cookies: CookieRecord[]; count: number; notes: CookieNotes; nearLines: Record<string, string> }) {
  return (
    <CookieGroup tone="undeclared" title={t('groupUndeclared')} count={count} shown={cookies.length} empty={t('emptyUndeclared')}>
      <ul class="entries">
        {cookies.map((cookie) => (
          <li class="entry" key={`${cookie.name};${cookie.domain};${cookie.path};${cookie.partitionKey ?? ''}`}>
            <ObservedCookie cookie={cookie} showName notes={notes} withKnowledge />
            <NearLine line={nearLines[cookie.name]} />
          </li>
        ))}
      </ul>
    </CookieGroup>
  );
}

/** Charter lines seen in use, each with the cookies it covers. */
export function DeclaredSeenGroup({ lines, count, notes }: { lines: DeclaredAndSeen[]; count: number; notes: CookieNotes }) {
  return (
    <CookieGroup tone="seen" title={t('groupSeen')} count={count} shown={lines.length} empty={t('emptySeen')}>
      <CharterSections
        items={lines}
        sectionOf={(line) => line.declared.category}
        render={({ declared, cookies }) => (
          <li class="entry" key={`${declared.match}:${declared.name}:${declared.purpose ?? ''}`}>
            <DeclaredLine declared={declared} />
            <ul class="observed" aria-label={t('observedCookiesLabel', declaredName(declared))}>
              {cookies.map((cookie) => (
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
export function DeclaredNotSeenGroup({ lines, count }: { lines: DeclaredCookie[]; count: number }) {
  return (
    <CookieGroup tone="not-seen" title={t('groupNotSeen')} count={count} shown={lines.length} empty={t('emptyNotSeen')}>
      <CharterSections
        items={lines}
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
