import { t } from '../../src/adapters/i18n.ts';
import type { PortalSummary } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { AuditPanel } from './AuditPanel.tsx';
import { CharterDraft } from './CharterDraft.tsx';
import { ClearRecord } from './ClearRecord.tsx';
import { CookieLists, type CookieListsProps } from './CookieGroups.tsx';
import { Exports } from './Exports.tsx';
import { OptionsLink } from './OptionsLink.tsx';

export type BelowFirstScreenProps = Omit<CookieListsProps, 'counts'> & {
  summary: PortalSummary;
  actions: PopupActions;
};

/**
 * A portal's report below its first screen: the audit, the exports, the corrected charter, the three groups and the
 * footer. Rendered once the first screen is painted (useBelowFirstScreen), so that the first view paints sooner.
 */
export function BelowFirstScreen({ summary, comparison, notes, whole, actions }: BelowFirstScreenProps) {
  return (
    <>
      <AuditPanel summary={summary} actions={actions} />
      <Exports host={summary.host} actions={actions} />
      <CharterDraft host={summary.host} actions={actions} />
      <CookieLists comparison={comparison} counts={summary.counts} notes={notes} whole={whole} />
      <footer class="footer">
        <ClearRecord host={summary.host} actions={actions} />
        <OptionsLink text={t('optionsLink')} />
      </footer>
    </>
  );
}
