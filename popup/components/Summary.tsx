import { useId } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import type { PortalSummary } from '../../src/core/report/tab-state.ts';
import { dateTime } from '../../ui/wording.tsx';

/** The counts in one line, and since when the portal has been observed. */
export function Summary({ summary }: { summary: PortalSummary }) {
  const headingId = useId();
  const { counts } = summary;
  const lines = [
    tn('summaryDeclared', summary.charter.declaredCount),
    tn('summarySeen', counts.declaredAndSeen),
    tn('summaryUndeclared', counts.undeclared),
    tn('summaryNotSeen', counts.declaredNotSeen),
  ];
  return (
    <section class="summary" aria-labelledby={headingId}>
      <h2 id={headingId} class="panel-heading">
        {t('summaryLabel')}
      </h2>
      <ul class="counts">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <p class="muted small">
        {summary.recordingSince === null ? t('noRecordingYet') : t('recordingSince', dateTime(summary.recordingSince))}
      </p>
    </section>
  );
}
