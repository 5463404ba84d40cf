import { Fragment } from 'preact';
import { t } from '../../src/adapters/i18n.ts';
import { cnilCategoryLabel } from '../../src/core/knowledge/categories.ts';
import { pagesStatingFacts } from '../../src/core/knowledge/fact-pages.ts';
import {
  knowledgeFacts,
  type CookieKnowledge,
  type KnowledgeFact,
  type Organisation,
} from '../../src/core/knowledge/types.ts';
import { formatDay, isWebUrl } from '../../src/core/words/format.ts';
import type { CookieInsight } from '../../src/core/report/tab-state.ts';
import { phaseText } from './audit-words.ts';

const OPEN_COOKIE_DATABASE = 'Open Cookie Database';

/** A link to a page the data was taken from, when its address is a web address; null otherwise. */
function sourceLink(url: string | null, text: string) {
  return url !== null && isWebUrl(url) ? (
    <a href={url} target="_blank" rel="noreferrer">
      {text}
    </a>
  ) : null;
}

/**
 * Where the knowledge comes from: each vendor page that states one of its facts, linked, with the day it was read;
 * an English purpose is said to be one.
 */
function KnowledgeSource({ knowledge }: { knowledge: CookieKnowledge }) {
  const { kind, url } = knowledge.source;
  const inEnglish = knowledge.purposeLanguage === 'en' ? ` ${t('purposeInEnglish')}` : '';
  if (kind === 'project') {
    const pages = pagesStatingFacts(knowledge.facts);
    return (
      <>
        {t('sourceProject')}
        {pages.length === 0 && ` · ${t('communityDescription')}`}
        {pages.map((page) => (
          <Fragment key={page.url}>
            {' · '}
            {sourceLink(page.url, t('vendorDocumentation', knowledge.vendor))}
            {` (${t('vendorDocumentationChecked', formatDay(page.checked))})`}
          </Fragment>
        ))}
        {inEnglish}
      </>
    );
  }
  return (
    <>
      {sourceLink(url, OPEN_COOKIE_DATABASE) ?? OPEN_COOKIE_DATABASE}
      {inEnglish}
    </>
  );
}

/**
 * A fact of the project's base that no vendor page read states is said to be a community description, not asserted.
 * When no fact has a page, the source line says it once; the Open Cookie Database's entries say their source whole.
 */
function CommunityMark({ knowledge, fact }: { knowledge: CookieKnowledge; fact: KnowledgeFact }) {
  const { facts } = knowledge;
  if (
    knowledge.source.kind !== 'project' ||
    facts[fact] !== null ||
    knowledgeFacts.every((each) => facts[each] === null)
  )
    return null;
  return <span class="community-fact"> ({t('communityDescription')})</span>;
}

/** Who sets the cookie and why, as the knowledge base says; its category in the CNIL's words, which stay French. */
function KnowledgeFacts({ knowledge }: { knowledge: CookieKnowledge }) {
  const language = knowledge.purposeLanguage;
  return (
    <>
      <dt>{t('labelProvider')}</dt>
      <dd>
        {knowledge.vendor}
        <CommunityMark knowledge={knowledge} fact="vendor" />
      </dd>
      <dt>{t('labelCategory')}</dt>
      <dd>
        {cnilCategoryLabel(knowledge.category, t)}
        <CommunityMark knowledge={knowledge} fact="category" />
      </dd>
      <dt>{t('labelPurpose')}</dt>
      <dd class="purpose" lang={language}>
        {knowledge.purpose}
        <CommunityMark knowledge={knowledge} fact="purpose" />
      </dd>
      {knowledge.typicalLifetime !== null && (
        <>
          <dt>{t('labelTypicalLifetime')}</dt>
          <dd lang={language}>
            {knowledge.typicalLifetime}
            <CommunityMark knowledge={knowledge} fact="lifetime" />
          </dd>
        </>
      )}
      <dt>{t('labelSource')}</dt>
      <dd class="knowledge-source">
        <KnowledgeSource knowledge={knowledge} />
      </dd>
    </>
  );
}

function organisationText(organisation: Organisation): string {
  const source = organisation.source === 'project' ? t('sourceProject') : t('organisationSourceThirdPartyWeb');
  return t('organisationWithSource', [organisation.name, source]);
}

/**
 * What the report adds to a cookie's attributes, as terms of its facts list: the knowledge base's entry (for an
 * undeclared cookie, whose charter says nothing of it), the organisation behind a third-party domain, the phase.
 */
export function InsightFacts({ insight, withKnowledge }: { insight: CookieInsight | null; withKnowledge: boolean }) {
  if (!insight) return null;
  return (
    <>
      {withKnowledge && insight.knowledge !== null && <KnowledgeFacts knowledge={insight.knowledge} />}
      {/* "Organisation : Google" under "Fournisseur : Google" would say it twice. */}
      {insight.organisation !== null && !(withKnowledge && insight.organisation.name === insight.knowledge?.vendor) && (
        <>
          <dt>{t('labelOrganisation')}</dt>
          <dd>{organisationText(insight.organisation)}</dd>
        </>
      )}
      {insight.phase !== null && (
        <>
          <dt>{t('labelAppeared')}</dt>
          <dd>{phaseText(insight.phase)}</dd>
        </>
      )}
    </>
  );
}
