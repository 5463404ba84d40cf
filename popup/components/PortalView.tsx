import { useMemo } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { PortalReport } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { AuditPanel } from './AuditPanel.tsx';
import { CharterSourceLine } from './CharterSource.tsx';
import { ClearRecord } from './ClearRecord.tsx';
import { cookieNotes } from './cookie-notes.ts';
import { CookieLists } from './CookieGroups.tsx';
import { Exports } from './Exports.tsx';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { OptionsLink } from './OptionsLink.tsx';
import { Summary } from './Summary.tsx';
import { ToCheck } from './ToCheck.tsx';

/**
 * One portal's report, top to bottom: where the charter comes from and notices, then what to check and the counts
 * (the first screen), the audit and the exports, then the three groups, one line per cookie, with a search.
 */
export function PortalView({ report, actions }: { report: PortalReport; actions: PopupActions }) {
  const notes = useMemo(() => cookieNotes(report), [report]);
  return (
    <>
      <Header title={report.host} />
      <CharterSourceLine source={report.charter.source} host={report.host} actions={actions} />
      <Notices notices={report.notices} actions={actions} />
      <ToCheck report={report} notes={notes} />
      <Summary report={report} />
      <AuditPanel report={report} actions={actions} />
      <Exports host={report.host} actions={actions} />
      <CookieLists comparison={report.comparison} counts={report.counts} notes={notes} firstViewOnly={report.firstViewOnly} />
      <footer class="footer">
        <ClearRecord host={report.host} actions={actions} />
        <OptionsLink text={t('optionsLink')} />
      </footer>
    </>
  );
}
