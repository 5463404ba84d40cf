import { t } from '../../src/adapters/i18n.ts';
import type { Finding } from '../../src/core/checks/types.ts';
import { findingTitleKeys } from '../../src/core/checks/titles.ts';
import { isWebUrl } from '../../src/core/words/format.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';

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
 * One finding, said once, where it belongs (on its cookie's facts): a short title, why in French, and the CNIL
 * text. The explanation is filed in French, as the exports file it, so it stays French in the English interface.
 */
export function FindingText({ finding }: { finding: Finding }) {
  return (
    <>
      <p class="finding-title">
        <span class="mark mark-check">{t(findingTitleKeys[finding.check])}</span>
      </p>
      <p lang="fr">{visibleText(finding.explanation)}</p>
      <CnilText reference={finding.reference} />
    </>
  );
}
