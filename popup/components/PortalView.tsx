import { useMemo } from 'preact/hooks';
import type { PortalDetails, PortalSummary } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { BelowFirstScreen } from './BelowFirstScreen.tsx';
import { CharterSourceLine } from './CharterSource.tsx';
import { cookieNotes } from './cookie-notes.ts';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { Summary } from './Summary.tsx';
import { ToCheck } from './ToCheck.tsx';

/**
 * One portal's report, top to bottom: where the charter comes from and notices, then what to check and the counts
 * (the first screen), then, once that screen is painted (`below`), the audit, the exports and the corrected charter,
 * then the three groups, one line per cookie, with a search. Until its details come, the summary's first entries stand for the lists.
 */
export function PortalView({
  summary,
  details,
  actions,
  below,
}: {
  summary: PortalSummary;
  details: PortalDetails | null;
  actions: PopupActions;
  below: boolean;
}) {
  const comparison = details?.comparison ?? summary.firstEntries;
  const notes = useMemo(
    () => cookieNotes({ insights: details?.insights ?? {}, findings: details?.findings ?? [], comparison }),
    [details, comparison],
  );
  return (
    <>
      <Header title={summary.host} />
      <CharterSourceLine source={summary.charter.source} host={summary.host} actions={actions} />
      <Notices notices={summary.notices} actions={actions} />
      <ToCheck toCheck={details?.toCheck ?? summary.toCheck} findings={details?.findings ?? null} notes={notes} />
      <Summary summary={summary} />
      {below && (
        <BelowFirstScreen
          summary={summary}
          comparison={comparison}
          notes={notes}
          whole={details !== null}
          actions={actions}
        />
      )}
    </>
  );
}
