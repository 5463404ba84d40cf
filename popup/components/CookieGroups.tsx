import type { ComponentChildren } from 'preact';
import { useId, useMemo, useState } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import { charterLineId } from '../../src/core/charter/line-identity.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { Comparison, DeclaredAndSeen } from '../../src/core/compare.ts';
import type { IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import {
  cookieLines,
  cookiesOfLine,
  matchesSearch,
  searchKey,
  type CookieLine as LineOf,
} from '../../src/core/report/cookie-lines.ts';
import type { ComparisonCounts } from '../../src/core/compare.ts';
import {
  CookieLine,
  cookiePlace,
  cookieState,
  Disclosure,
  FindingMarks,
  ownerName,
  partyWord,
  visibleName,
} from './CookieFacts.tsx';
import type { CookieNotes } from './cookie-notes.ts';
import { DeclaredFacts, declaredName } from './DeclaredLine.tsx';

type Line = LineOf<IdentifiedCookie>;

interface GroupProps {
  tone: 'undeclared' | 'seen' | 'not-seen';
  title: string;
  count: number;
  /** How many of its entries the report holds: fewer than `count` in the popup's first view. */
  held: number;
  /** How many entries the search kept, or null without a search. */
  found: number | null;
  empty: string;
  children: ComponentChildren;
}

/** A group of the comparison; `count` is its size in all, `children` its lines (those the search kept). */
function CookieGroup({ tone, title, count, held, found, empty, children }: GroupProps) {
  const headingId = useId();
  return (
    <section class={`group group-${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">{count}</span>
      </h2>
      {count === 0 ? (
        <p class="empty">{empty}</p>
      ) : found === 0 ? (
        <p class="empty">{t('searchNothingInGroup')}</p>
      ) : (
        children
      )}
      {found === null && held < count && <p class="more-entries">{tn('moreEntries', count - held)}</p>}
    </section>
  );
}

/** The words a search looks in for a cookie: its name, domain, and who is behind it. */
function cookieWords(cookie: IdentifiedCookie, notes: CookieNotes): (string | null | undefined)[] {
  const insight = notes.insightOf(cookie);
  return [cookie.name, cookie.domain, insight?.knowledge?.vendor, insight?.organisation?.name];
}

/** A family in one line: its shared name and size, owner, lifetime (when its members share one) and findings. */
function FamilyLine({
  line,
  notes,
  withKnowledge,
}: {
  line: Extract<Line, { kind: 'family' }>;
  notes: CookieNotes;
  withKnowledge: boolean;
}) {
  const first = line.cookies[0]!;
  const owner = ownerName(notes.insightOf(first));
  const findings = line.cookies.flatMap((cookie) => notes.findingsOf(cookie));
  const states = new Set(line.cookies.map(cookieState));
  return (
    <Disclosure
      className="family"
      line={
        <>
          <code class="cookie-name">{visibleName(line.stem).text}*</code>{' '}
          <span class="line-text">
            {tn('familyCount', line.cookies.length)} · {partyWord(first.party)} ·{' '}
            {cookiePlace({ domain: line.domain, path: '/' })}
            {owner !== null && ` · ${owner}`} · {states.size === 1 ? [...states][0] : t('familyStatesVary')}
          </span>{' '}
          <FindingMarks findings={findings} />
        </>
      }
    >
      {() => (
        <ul class="entries family-members" aria-label={t('familyMembersLabel', `${line.stem}*`)}>
          {line.cookies.map((cookie) => (
            <li class="entry" key={cookie.id}>
              <CookieLine cookie={cookie} notes={notes} withKnowledge={withKnowledge} />
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
}

function LineEntry({ line, notes, withKnowledge }: { line: Line; notes: CookieNotes; withKnowledge: boolean }) {
  return (
    <li class="entry">
      {line.kind === 'cookie' ? (
        <CookieLine cookie={line.cookie} notes={notes} withKnowledge={withKnowledge} />
      ) : (
        <FamilyLine line={line} notes={notes} withKnowledge={withKnowledge} />
      )}
    </li>
  );
}

/** One charter line seen in use: its name, who declares it and how long, how many cookies it covers; the rest on demand. */
function DeclaredSeenLine({
  line: { declared, cookies, coveredCount = cookies.length },
  notes,
}: {
  line: DeclaredAndSeen<IdentifiedCookie>;
  notes: CookieNotes;
}) {
  const findings = cookies.flatMap((cookie) => notes.findingsOf(cookie));
  return (
    <Disclosure
      line={
        <>
          <code class="cookie-name">{declaredName(declared)}</code>{' '}
          <span class="line-text">
            {visibleText(
              [declared.provider, declared.duration, tn('observedCount', coveredCount)]
                .filter((part) => part !== null)
                .join(' · '),
            )}
          </span>{' '}
          <FindingMarks findings={findings} />
        </>
      }
    >
      {() => (
        <>
          <DeclaredFacts declared={declared} />
          <ul class="entries observed" aria-label={t('observedCookiesLabel', declaredName(declared))}>
            {cookieLines(cookies).map((line) => (
              <LineEntry key={cookiesOfLine(line)[0]!.id} line={line} notes={notes} withKnowledge={false} />
            ))}
          </ul>
        </>
      )}
    </Disclosure>
  );
}

function DeclaredNotSeenLine({ declared }: { declared: DeclaredCookie }) {
  return (
    <Disclosure
      line={
        <>
          <code class="cookie-name">{declaredName(declared)}</code>{' '}
          <span class="line-text">
            {visibleText([declared.provider, declared.duration].filter((part) => part !== null).join(' · '))}
          </span>
        </>
      }
    >
      {() => <DeclaredFacts declared={declared} />}
    </Disclosure>
  );
}

/** Charter lines under their section's heading, sections in the order the charter first names them. */
function CharterSections<T>({
  items,
  sectionOf,
  render,
}: {
  items: readonly T[];
  sectionOf: (item: T) => string | null;
  render: (item: T, index: number) => ComponentChildren;
}) {
  const sections = new Map<string | null, T[]>();
  for (const item of items) {
    const section = sectionOf(item);
    const lines = sections.get(section);
    if (lines) lines.push(item);
    else sections.set(section, [item]);
  }
  return (
    <>
      {[...sections].map(([section, lines], index) => (
        <div key={index}>
          {section !== null && <h3 class="charter-section">{visibleText(section)}</h3>}
          <ul class="entries">{lines.map(render)}</ul>
        </div>
      ))}
    </>
  );
}

export interface CookieListsProps {
  comparison: Comparison<IdentifiedCookie>;
  counts: ComparisonCounts;
  notes: CookieNotes;
  /** False while the comparison holds each group's first entries only: a family would then look smaller than it is. */
  whole: boolean;
}

/**
 * The three groups, one line per cookie (families as one line with their count), and a search over names,
 * domains and vendors that filters all three.
 */
export function CookieLists({ comparison, counts, notes, whole }: CookieListsProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const key = searchKey(query);
  const undeclaredLines = useMemo(
    () =>
      whole
        ? cookieLines(comparison.undeclared)
        : comparison.undeclared.map((cookie): Line => ({ kind: 'cookie', cookie })),
    [comparison.undeclared, whole],
  );
  const undeclared =
    key === ''
      ? undeclaredLines
      : undeclaredLines.filter((line) =>
          cookiesOfLine(line).some((cookie) => matchesSearch(key, cookieWords(cookie, notes))),
        );
  const seen =
    key === ''
      ? comparison.declaredAndSeen
      : comparison.declaredAndSeen.filter(
          ({ declared, cookies }) =>
            matchesSearch(key, [declared.name, declared.provider, declared.service]) ||
            cookies.some((cookie) => matchesSearch(key, cookieWords(cookie, notes))),
        );
  const notSeen =
    key === ''
      ? comparison.declaredNotSeen
      : comparison.declaredNotSeen.filter((declared) =>
          matchesSearch(key, [declared.name, declared.provider, declared.service]),
        );
  const found = key === '' ? null : undeclared.length + seen.length + notSeen.length;
  return (
    <>
      <div class="search" role="search">
        <label for={searchId}>{t('searchLabel')}</label>
        <input
          id={searchId}
          class="text-input"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
        />
        <p class="muted small" aria-live="polite">
          {found === null ? '' : tn('searchFound', found)}
        </p>
      </div>
      <CookieGroup
        tone="undeclared"
        title={t('groupUndeclared')}
        count={counts.undeclared}
        held={comparison.undeclared.length}
        found={found === null ? null : undeclared.length}
        empty={t('emptyUndeclared')}
      >
        <ul class="entries">
          {undeclared.map((line) => (
            <LineEntry key={cookiesOfLine(line)[0]!.id} line={line} notes={notes} withKnowledge />
          ))}
        </ul>
      </CookieGroup>
      <CookieGroup
        tone="seen"
        title={t('groupSeen')}
        count={counts.declaredAndSeen}
        held={comparison.declaredAndSeen.length}
        found={found === null ? null : seen.length}
        empty={t('emptySeen')}
      >
        <CharterSections
          items={seen}
          sectionOf={(line) => line.declared.category}
          render={(line, index) => (
            <li class="entry" key={`${charterLineId(line.declared)}:${index}`}>
              <DeclaredSeenLine line={line} notes={notes} />
            </li>
          )}
        />
      </CookieGroup>
      <CookieGroup
        tone="not-seen"
        title={t('groupNotSeen')}
        count={counts.declaredNotSeen}
        held={comparison.declaredNotSeen.length}
        found={found === null ? null : notSeen.length}
        empty={t('emptyNotSeen')}
      >
        <CharterSections
          items={notSeen}
          sectionOf={(declared) => declared.category}
          render={(declared, index) => (
            <li class="entry" key={`${charterLineId(declared)}:${index}`}>
              <DeclaredNotSeenLine declared={declared} />
            </li>
          )}
        />
      </CookieGroup>
    </>
  );
}
