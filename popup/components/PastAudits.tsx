import { useId, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import type { AuditDiff } from '../../src/core/audit/diff.ts';
import type { PastAuditSummary } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { AuditDiffView } from './AuditDiffView.tsx';
import { dateTime } from '../../ui/wording.tsx';

/** One finished audit, with "Comparer avec l'audit en cours", whose answer opens below it until closed. */
function PastAuditEntry({ host, past, actions }: { host: string; past: PastAuditSummary; actions: PopupActions }) {
  const [diff, setDiff] = useState<AuditDiff | null>(null);
  const compareButton = useRef<HTMLButtonElement>(null);
  const describedBy = useId();
  const span = t('pastAuditSpan', [dateTime(past.startedAt), dateTime(past.endedAt)]);
  return (
    <li class="past-audit">
      <p id={describedBy}>
        {span} · {tn('pastAuditCookies', past.cookieCount)}
      </p>
      <button
        type="button"
        class="button button-small"
        ref={compareButton}
        aria-describedby={describedBy}
        aria-expanded={diff !== null}
        aria-disabled={actions.busy}
        onClick={() => actions.compare(host, past.startedAt, setDiff)}
      >
        {t('compareWithCurrent')}
      </button>
      {diff && (
        <AuditDiffView
          diff={diff}
          title={t('diffTitle', span)}
          onClose={() => {
            setDiff(null);
            compareButton.current?.focus();
          }}
        />
      )}
    </li>
  );
}

export function PastAudits({
  host,
  pastAudits,
  actions,
}: {
  host: string;
  pastAudits: PastAuditSummary[];
  actions: PopupActions;
}) {
  const titleId = useId();
  return (
    <>
      <p class="panel-subtitle" id={titleId}>
        {tn('pastAudits', pastAudits.length)}
      </p>
      <ul class="past-audits" aria-labelledby={titleId}>
        {pastAudits.map((past) => (
          <PastAuditEntry key={past.startedAt} host={host} past={past} actions={actions} />
        ))}
      </ul>
    </>
  );
}
