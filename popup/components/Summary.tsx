import { useId } from 'preact/hooks';
import { t, tn } from '../../src/adapters/i18n.ts';
import type { PortalReport } from '../../src/core/report/tab-state.ts';
import { dateTime } from '../../ui/wording.tsx';

/** The counts in one line, and since when the portal has been observed. */
export function Summary({ report }: { report: PortalReport }) {
  const headingId = useId();
  const { counts } = report;
  const lines = [
    tn('summaryDeclared', report.charter.declaredCount),
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
        {report.recordingSince === null ? t('noRecordingYet') : t('recordingSince', dateTime(report.recordingSince))}
      </p>
    </section>
  );
}
