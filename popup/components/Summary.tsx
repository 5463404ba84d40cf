import { t, tn } from '../../src/adapters/i18n.ts';
import type { PortalReport } from '../../src/core/report/tab-state.ts';
import { dateTime } from './wording.tsx';

/** The counts in one line, and since when the portal has been observed. */
export function Summary({ report }: { report: PortalReport }) {
  const { counts } = report;
  const lines = [
    tn('summaryDeclared', report.charter.declaredCount),
    tn('summarySeen', counts.declaredAndSeen),
    tn('summaryUndeclared', counts.undeclared),
    tn('summaryNotSeen', counts.declaredNotSeen),
  ];
  return (
    <div class="summary">
      <ul class="counts" aria-label={t('summaryLabel')}>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <p class="muted">
        {report.recordingSince === null ? t('noRecordingYet') : t('recordingSince', dateTime(report.recordingSince))}
      </p>
    </div>
  );
}
