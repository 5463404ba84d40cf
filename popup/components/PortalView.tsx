import { useMemo } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { PortalDetails, PortalSummary } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { AuditPanel } from './AuditPanel.tsx';
import { CharterDraft } from './CharterDraft.tsx';
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
 * (the first screen), the audit, the exports and the corrected charter, then the three groups, one line per cookie, with a search. Until its
 * details come, the summary's first entries stand for the lists.
 */
export function PortalView({ summary, details, actions }: { summary: PortalSummary; details: PortalDetails | null; actions: PopupActions }) {
  const comparison = details?.comparison ?? summary.firstEntries;
  const notes = useMemo(() => cookieNotes({ insights: details?.insights ?? {}, findings: details?.findings ?? [], comparison }), [details, comparison]);
  return (
    <>
      <Header title={summary.host} />
      <CharterSourceLine source={summary.charter.source} host={summary.host} actions={actions} />
      <Notices notices={summary.notices} actions={actions} />
      <ToCheck toCheck={details?.toCheck ?? summary.toCheck} findings={details?.findings ?? null} notes={notes} />
      <Summary summary={summary} />
      <AuditPanel summary={summary} actions={actions} />
      <Exports host={summary.host} actions={actions} />
      <CharterDraft host={summary.host} actions={actions} />
      <CookieLists comparison={comparison} counts={summary.counts} notes={notes} whole={details !== null} />
      <footer class="footer">
        <ClearRecord host={summary.host} actions={actions} />
        <OptionsLink text={t('optionsLink')} />
      </footer>
    </>
  );
}
