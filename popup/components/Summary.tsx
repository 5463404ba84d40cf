import { t, tn } from '../../src/adapters/i18n.ts';
import type { PortalReport } from '../../src/core/report/tab-state.ts';
import { dateTime } from './wording.tsx';

/** The counts in one line, and since when the portal has been observed. */
export function Summary({ report }: { report: PortalReport }) {
  const { comparison } = report;
  const counts = [
    tn('summaryDeclared', report.charter.declaredCount),
    tn('summarySeen', comparison.declaredAndSeen.length),
    tn('summaryUndeclared', comparison.undeclared.length),
    tn('summaryNotSeen', comparison.declaredNotSeen.length),
  ];
  return (
    <div class="summary">
      <ul class="counts" aria-label={t('summaryLabel')}>
        {counts.map((count, index) => (
          <li key={index}>{count}</li>
        ))}
      </ul>
      <p class="muted">
        {report.recordingSince === null ? t('noRecordingYet') : t('recordingSince', dateTime(report.recordingSince))}
      </p>
    </div>
  );
}
