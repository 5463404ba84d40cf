import { useId } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import { currentPhase, type Audit } from '../../src/core/audit/audit.ts';
import type { PortalSummary } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { ConsentLine } from './ConsentLine.tsx';
import { auditPhases, phaseText, phaseTriggerText } from './audit-words.ts';
import { InlineConfirm } from './InlineConfirm.tsx';
import { PastAudits } from './PastAudits.tsx';
import { dateTime } from '../../ui/wording.tsx';

/** The phase in force, switched by hand with three toggle buttons; then the phases as they followed one another. */
function AuditPhases({ audit, host, actions }: { audit: Audit; host: string; actions: PopupActions }) {
  const labelId = useId();
  const timelineId = useId();
  const phase = currentPhase(audit);
  const setByHand = audit.phases.some((change) => change.by === 'user');
  return (
    <>
      <div class="phase-switch">
        <span id={labelId}>{t('auditPhaseLabel')}</span>
        <div class="button-row" role="group" aria-labelledby={labelId}>
          {auditPhases.map((candidate) => (
            <button
              key={candidate}
              type="button"
              class="button button-small"
              aria-pressed={candidate === phase}
              aria-disabled={actions.busy}
              onClick={() => candidate === phase || actions.switchPhase(host, candidate)}
            >
              {phaseText(candidate)}
            </button>
          ))}
        </div>
      </div>
      <p class="muted">{setByHand ? t('auditSetByHand') : t('auditFollowsConsent')}</p>
      <p class="panel-subtitle" id={timelineId}>
        {t('auditTimeline')}
      </p>
      <ol class="timeline" aria-labelledby={timelineId}>
        {audit.phases.map((change, index) => (
          <li key={index}>
            {t('phaseChange', [dateTime(change.at), phaseText(change.phase), phaseTriggerText(change.by)])}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The visitor's choice in the banner, then the audit, folded into one line that says whether one runs and in which phase: its phases, "Nouvel audit"
 * (confirmed inline, with the choice of deleting the portal's cookies from the browser) and the past audits.
 */
export function AuditPanel({ summary, actions }: { summary: PortalSummary; actions: PopupActions }) {
  const { audit, host } = summary;
  const headingId = useId();
  return (
    <section class="audit" aria-labelledby={headingId}>
      <h2 id={headingId} class="panel-heading">
        {t('auditSectionTitle')}
      </h2>
      <ConsentLine consent={summary.consent} />
      {audit === null && <p class="muted small">{t('findingsNeedAudit')}</p>}
      <details class="panel panel-audit">
        <summary>
          {audit ? t('auditRunning', [dateTime(audit.startedAt), phaseText(currentPhase(audit))]) : t('auditNone')}
        </summary>
        {audit ? (
          <AuditPhases audit={audit} host={host} actions={actions} />
        ) : (
          <p class="muted">{t('auditNoneText')}</p>
        )}
        <InlineConfirm
          label={t('newAudit')}
          text={t('newAuditText', host)}
          confirmLabel={t('startAuditConfirm')}
          option={t('newAuditDeleteCookies')}
          busy={actions.busy}
          onConfirm={(deleteCookies) => actions.startAudit(host, deleteCookies)}
        />
        {summary.pastAudits.length > 0 && <PastAudits host={host} pastAudits={summary.pastAudits} actions={actions} />}
      </details>
    </section>
  );
}
