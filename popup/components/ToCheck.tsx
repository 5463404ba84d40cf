import { useId } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import { findingTitleKeys } from '../../src/core/checks/titles.ts';
import type { Finding } from '../../src/core/checks/types.ts';
import type { ToCheck as ToCheckList, ToCheckEntry } from '../../src/core/report/to-check.ts';
import { cookiePlace, ownerName, partyWord, visibleName } from './CookieFacts.tsx';
import type { CookieNotes } from './cookie-notes.ts';
import { FindingText } from './Findings.tsx';

/** Why a line is to check: not declared, and the short title of each finding ("tiers non déclaré" says both). */
function whyText({ undeclared, checks }: ToCheckEntry): string {
  const reasons = checks.map((check) => t(findingTitleKeys[check]));
  if (undeclared && !checks.includes('undeclared-third-party')) reasons.unshift(t('whyUndeclared'));
  return reasons.join(', ');
}

/** The name a line shows: the cookie's, or its family's followed by `*`. */
function lineName({ cookie, familyStem }: ToCheckEntry): string {
  return familyStem === null ? visibleName(cookie.name).text : `${visibleName(familyStem).text}*`;
}

/**
 * Who sets the cookie: its party, and for a third party its owner or else its domain. `withPlace`: its domain and
 * path too, for a name that another line shows as well (one name on two paths or domains is two cookies).
 */
function setterText({ cookie }: ToCheckEntry, owner: string | null, withPlace: boolean): string {
  const words = [partyWord(cookie.party)];
  if (cookie.party === 'third' && owner !== null) words.push(owner);
  if (withPlace || (cookie.party === 'third' && owner === null)) words.push(cookiePlace(cookie));
  return words.join(' · ');
}

/** `name`: the line's name (lineName); `withPlace`: another line shows that name too. */
function ToCheckLine({
  entry,
  name,
  notes,
  withPlace,
}: {
  entry: ToCheckEntry;
  name: string;
  notes: CookieNotes;
  withPlace: boolean;
}) {
  const { familyStem, count } = entry;
  const owner = ownerName(notes.insightOf(entry.cookie));
  return (
    <li class={entry.undeclared ? 'to-check-undeclared' : 'to-check-flagged'}>
      <code class="cookie-name">{name}</code>
      {familyStem !== null && <span class="line-text"> {tn('familyCount', count)}</span>}
      <span class="line-text">
        {' — '}
        {setterText(entry, owner, withPlace)}
      </span>
      <span class="why">
        {' — '}
        <span lang={entry.checks.length > 0 ? 'fr' : undefined}>{whyText(entry)}</span>
      </span>
    </li>
  );
}

/**
 * The top of the popup: what a DPO should look at, one line each (name, owner, why), the undeclared cookies first.
 * Each finding is explained once, on its cookie's facts below; only findings about no cookie are explained here.
 * `findings` is null until the details come: nothing can be said yet of what the checks will find.
 */
export function ToCheck({
  toCheck: { entries, total },
  findings,
  notes,
}: {
  toCheck: ToCheckList;
  findings: readonly Finding[] | null;
  notes: CookieNotes;
}) {
  const headingId = useId();
  const general = (findings ?? []).filter((finding) => finding.cookie === null);
  const nothing = total === 0 && general.length === 0;
  const names = entries.map(lineName);
  const sharedNames = new Set(names.filter((name, index) => names.indexOf(name) !== index));
  return (
    <section class={`to-check ${nothing ? 'to-check-empty' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('toCheckTitle')} <span class="count">{total + general.length}</span>
      </h2>
      {nothing ? (
        <p>{findings === null ? t('toCheckNoneYet') : t('toCheckNone')}</p>
      ) : (
        <ul class="to-check-list">
          {entries.map((entry, index) => (
            <ToCheckLine
              key={entry.cookie.id}
              entry={entry}
              name={names[index]!}
              notes={notes}
              withPlace={sharedNames.has(names[index]!)}
            />
          ))}
        </ul>
      )}
      {total > entries.length && <p class="more-entries">{tn('toCheckMore', total - entries.length)}</p>}
      {general.map((finding, index) => (
        <div class="general-finding" key={index}>
          <FindingText finding={finding} />
        </div>
      ))}
      {!nothing && <p class="muted small">{t('findingsIntro')}</p>}
    </section>
  );
}
