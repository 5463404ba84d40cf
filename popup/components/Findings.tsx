import { t, tn } from '../../src/adapters/i18n.ts';
import type { Finding } from '../../src/core/checks/types.ts';
import { findingTitles } from '../../src/core/export/labels.ts';
import { isWebUrl } from '../../src/core/report/format.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import { cookiePlace, visibleName } from './CookieFacts.tsx';

/** The CNIL text a finding rests on: a link when its address is a web address, its title otherwise. */
function CnilText({ reference }: { reference: Finding['reference'] }) {
  const { title, url } = reference;
  return (
    <p class="finding-reference">
      {t('findingCnilText')}{' '}
      {isWebUrl(url) ? (
        <a href={url} target="_blank" rel="noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
    </p>
  );
}

/**
 * One finding: what to look at (a short title and the cookie), why in French, and the CNIL text. The French
 * wording is product content, like the charter's, so it stays French in the English interface.
 */
function FindingEntry({ finding }: { finding: Finding }) {
  return (
    <li class="entry finding">
      <p class="entry-title">
        <span class="badge badge-check" lang="fr">
          {findingTitles[finding.check]}
        </span>
        {finding.cookie && (
          <>
            <code class="cookie-name">{visibleName(finding.cookie.name).text}</code>
            <span class="muted">{cookiePlace(finding.cookie)}</span>
          </>
        )}
      </p>
      <p lang="fr">{visibleText(finding.explanation)}</p>
      <CnilText reference={finding.reference} />
    </li>
  );
}

/**
 * "2 constats à vérifier", folded: points to check, never verdicts. Without an audit the consent checks cannot
 * run, and the panel says so, so that few findings do not read as a clean bill.
 */
export function FindingsPanel({ findings, auditRunning }: { findings: readonly Finding[]; auditRunning: boolean }) {
  return (
    <details class="panel panel-findings">
      <summary>{findings.length === 0 ? t('findingsNone') : tn('findingsCount', findings.length)}</summary>
      <p class="muted">{t('findingsIntro')}</p>
      {!auditRunning && <p class="muted">{t('findingsNeedAudit')}</p>}
      {findings.length > 0 && <ul class="entries">{findings.map((finding, index) => <FindingEntry key={index} finding={finding} />)}</ul>}
    </details>
  );
}
