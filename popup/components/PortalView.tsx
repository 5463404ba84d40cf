import { useMemo } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { PortalReport } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './App.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { CharterSourceLine } from './CharterSource.tsx';
import { ClearRecord } from './ClearRecord.tsx';
import { ConsentLine } from './ConsentLine.tsx';
import { cookieNotes } from './cookie-notes.ts';
import { DeclaredNotSeenGroup, DeclaredSeenGroup, UndeclaredGroup } from './CookieGroups.tsx';
import { Exports } from './Exports.tsx';
import { FindingsPanel } from './Findings.tsx';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { OptionsLink } from './OptionsLink.tsx';
import { Summary } from './Summary.tsx';

/**
 * One portal's report, top to bottom: where the charter comes from, notices, counts, then a few compact lines
 * (findings and audit folded, the visitor's choice, exports) so that the three groups stay near the top.
 */
export function PortalView({ report, actions }: { report: PortalReport; actions: PopupActions }) {
  const { comparison, counts } = report;
  const notes = useMemo(() => cookieNotes(report), [report]);
  return (
    <>
      <Header title={report.host} />
      <CharterSourceLine source={report.charter.source} host={report.host} actions={actions} />
      <Notices notices={report.notices} actions={actions} />
      <Summary report={report} />
      <div class="tools">
        {!report.detailsPending && <FindingsPanel findings={report.findings} auditRunning={report.audit !== null} />}
        <ConsentLine consent={report.consent} />
        <AuditPanel report={report} actions={actions} />
        <Exports host={report.host} actions={actions} />
      </div>
      <UndeclaredGroup cookies={comparison.undeclared} count={counts.undeclared} notes={notes} nearLines={comparison.nearLines ?? {}} />
      <DeclaredSeenGroup lines={comparison.declaredAndSeen} count={counts.declaredAndSeen} notes={notes} />
      <DeclaredNotSeenGroup lines={comparison.declaredNotSeen} count={counts.declaredNotSeen} />
      <footer class="footer">
        <ClearRecord host={report.host} actions={actions} />
        <OptionsLink text={t('optionsLink')} />
      </footer>
    </>
  );
}
