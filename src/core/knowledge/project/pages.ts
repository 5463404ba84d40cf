import { knowledgeFacts, type KnowledgeFact, type SourcePage } from '../types.ts';

/** What an entry's page states: every fact, or none (all a community description). */
export const ALL: readonly KnowledgeFact[] = knowledgeFacts;
export const NONE: readonly KnowledgeFact[] = [];

/** The day the vendors' pages below were read (through the project's search of stored public pages). */
const CHECKED = '2026-11-29';

/**
 * The vendors' own pages read to check the knowledge base, one constant a page. docs/sources.md lists them for a
 * DPO who must cite them (a test keeps the two in step). A fact no page here states is a community description.
 */
export const pages = {
  opendatasoftCookiePolicy: {
    url: 'https://info-financiere.gouv.fr/terms/cookies-policy/',
    title: 'Cookies policy — the standard Opendatasoft policy of a portal it hosts (info-financiere.gouv.fr)',
    checked: CHECKED,
  },
  matomoCookies: {
    url: 'https://matomo.org/faq/general/faq_146/',
    title: 'Matomo FAQ — What are the cookies created by Matomo JavaScript Tracking client?',
    checked: CHECKED,
  },
  googleAnalytics4Cookies: {
    url: 'https://support.google.com/analytics/answer/11397207',
    title: '[GA4] Cookie usage on websites — Google Analytics Help',
    checked: CHECKED,
  },
  googleAnalyticsCookies: {
    url: 'https://cloud.google.com/analytics/resources/concepts/gaConceptsCookies',
    title: 'Google Analytics cookie usage on websites (gtag.js and analytics.js, Universal Analytics)',
    checked: CHECKED,
  },
  googleCookies: {
    url: 'https://policies.google.com/technologies/cookies',
    title: 'How Google uses cookies — Google Privacy & Terms',
    checked: CHECKED,
  },
  axeptioCookies: {
    url: 'https://support.axeptio.eu/en/articles/274085-what-cookies-does-axeptio-set',
    title: 'What cookies does Axeptio set? — Axeptio Help Center',
    checked: CHECKED,
  },
  tarteaucitronReadme: {
    url: 'https://github.com/AmauriC/tarteaucitron.js',
    title: 'tarteaucitron.js — README',
    checked: CHECKED,
  },
  oneTrustCookies: {
    url: 'https://my.onetrust.com/articles/en_US/Knowledge/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
    title: 'OneTrust Cookies — OneTrust knowledge base',
    checked: CHECKED,
  },
  awsAlbStickySessions: {
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
    title: 'Sticky sessions for your Application Load Balancer — Elastic Load Balancing',
    checked: CHECKED,
  },
  awsClassicStickySessions: {
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html',
    title: 'Configure sticky sessions for your Classic Load Balancer — Elastic Load Balancing',
    checked: CHECKED,
  },
  awsClassicStickinessPolicy: {
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_LBCookieStickinessPolicy.html',
    title: 'LBCookieStickinessPolicy — Elastic Load Balancing API Reference',
    checked: CHECKED,
  },
  atInternetCookies: {
    url: 'https://developers.atinternet-solutions.com/as2-tagging-fr/javascript-fr/bien-commencer-javascript-fr/cookies-at-internet-javascript-fr/',
    title: 'Cookies AT Internet (smarttag.js) — documentation développeurs AT Internet',
    checked: CHECKED,
  },
  phpSessionName: {
    url: 'https://www.php.net/session_name',
    title: 'session_name — PHP manual',
    checked: CHECKED,
  },
  clarityCookies: {
    url: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
    title: 'Cookie List — Microsoft Clarity documentation (Microsoft Learn)',
    checked: CHECKED,
  },
  cloudflareBotManagementCookie: {
    url: 'https://support.cloudflare.com/hc/en-us/articles/360024829591-What-does-the-Cloudflare-cf-bm-cookie-do-',
    title: 'What does the Cloudflare __cf_bm cookie do? — Cloudflare Support',
    checked: CHECKED,
  },
  cloudflareClearance: {
    url: 'https://developers.cloudflare.com/turnstile/get-started/pre-clearance',
    title: 'Clearance: cf_clearance cookies — Cloudflare Turnstile docs',
    checked: CHECKED,
  },
} satisfies Record<string, SourcePage>;
