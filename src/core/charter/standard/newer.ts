import type { StandardCharter } from './template.ts';

const NECESSARY_COOKIES = 'Strictly necessary cookies';

/**
 * The newer standard charter of Opendatasoft portals (supplier, cookie, duration, function), with its durations.
 * Source: the cookie policy Opendatasoft publishes on info-financiere.gouv.fr, a portal it hosts, as read on
 * 2026-11-29 (copied in test/fixtures/charters/real/info-financiere.gouv.fr.txt). Its English wording is kept: no
 * page of this template in French could be read here, and a charter's words are never translated by the extension.
 */
export const newerStandardCharter: StandardCharter = {
  template: 'newer',
  source: 'https://info-financiere.gouv.fr/terms/cookies-policy/?flg=en-gb',
  declared: [
    {
      name: 'sessionid',
      match: 'exact',
      provider: 'Opendatasoft',
      service: null,
      purpose: 'Authentication: validates the user’s identity for each request.',
      duration: '2 weeks by default',
      category: NECESSARY_COOKIES,
    },
    {
      name: 'csrftoken',
      match: 'exact',
      provider: 'Opendatasoft',
      service: null,
      purpose: 'Security: protects against CSRF attacks by generating a unique token for each request or session.',
      duration: 'Token randomly reset between two requests or two sessions. Up to 12 months',
      category: NECESSARY_COOKIES,
    },
    {
      name: 'cookies_preferences',
      match: 'exact',
      provider: 'Opendatasoft',
      service: null,
      purpose: 'Cookie preferences: saves the user’s choices regarding the use of cookies.',
      duration: '6 months',
      category: NECESSARY_COOKIES,
    },
    {
      name: 'django_language',
      match: 'exact',
      provider: 'Opendatasoft',
      service: null,
      purpose:
        'Language: remembers the user’s selected language for navigation. This cookie is activated only if the portal is available in multiple languages.',
      duration: '12 months',
      category: NECESSARY_COOKIES,
    },
  ],
};
