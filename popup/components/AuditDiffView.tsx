import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { AuditDiff } from '../../src/core/audit/diff.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import { cookiePlace, visibleName } from './CookieFacts.tsx';
import { declaredName } from './DeclaredLine.tsx';

function DiffList<T>({
  title,
  items,
  render,
}: {
  title: string;
  items: readonly T[];
  render: (item: T) => ComponentChildren;
}) {
  const titleId = useId();
  return (
    <>
      <p class="panel-subtitle" id={titleId}>
        {title} <span class="count">{items.length}</span>
      </p>
      {items.length > 0 && (
        <ul class="diff-items" aria-labelledby={titleId}>
          {items.map((item, index) => (
            <li key={index}>{render(item)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const cookieLine = (cookie: KeptCookie) => (
  <>
    <code class="cookie-name">{visibleName(cookie.name).text}</code> <span class="muted">{cookiePlace(cookie)}</span>
  </>
);

const lineName = (line: DeclaredCookie) => <code class="cookie-name">{declaredName(line)}</code>;

/** The words of a charter line that changed, each as "« before » → « after »", under its usual label. */
function Rewording({ before, after }: { before: DeclaredCookie; after: DeclaredCookie }) {
  const fields: [string, string | null, string | null][] = [
    [t('labelProvider'), before.provider, after.provider],
    [t('labelService'), before.service, after.service],
    [t('labelPurpose'), before.purpose, after.purpose],
    [t('labelDuration'), before.duration, after.duration],
    [t('labelSection'), before.category, after.category],
  ];
  return (
    <>
      {lineName(after)}
      <dl class="facts">
        {fields
          .filter(([, was, is]) => was !== is)
          .map(([label, was, is]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>
                {t('rewordedChange', [
                  was === null ? t('wordsNone') : visibleText(was),
                  is === null ? t('wordsNone') : visibleText(is),
                ])}
              </dd>
            </Fragment>
          ))}
      </dl>
    </>
  );
}

/** What changed since a past audit, in cookies seen and in charter lines; focused when it opens. */
export function AuditDiffView({ diff, title, onClose }: { diff: AuditDiff; title: string; onClose: () => void }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  return (
    <div class="audit-diff" role="region" aria-label={title} tabIndex={-1} ref={region}>
      <p class="diff-heading">{title}</p>
      <DiffList title={t('diffCookiesAppeared')} items={diff.cookiesAppeared} render={cookieLine} />
      <DiffList title={t('diffCookiesGone')} items={diff.cookiesGone} render={cookieLine} />
      <DiffList title={t('diffLinesAdded')} items={diff.declaredAdded} render={lineName} />
      <DiffList title={t('diffLinesRemoved')} items={diff.declaredRemoved} render={lineName} />
      <DiffList
        title={t('diffLinesReworded')}
        items={diff.declaredReworded}
        render={(change) => <Rewording {...change} />}
      />
      <button type="button" class="button button-small" onClick={onClose}>
        {t('diffClose')}
      </button>
    </div>
  );
}
