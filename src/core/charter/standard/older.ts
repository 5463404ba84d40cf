import type { StandardCharter } from './template.ts';

const NECESSARY_COOKIES = 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels';

/**
 * The older standard charter of Opendatasoft portals (provider, service and location, cookie, purposes: no
 * durations). Source: the "Charte cookies" pages of aix-en-provence.opendatasoft.com, data.montreuil.fr,
 * data.orleans-metropole.fr, dreux-agglomeration-centrevaldeloire.opendatasoft.com and
 * valenciennesmetro.opendatasoft.com (copied into test/fixtures/charters). Purposes use the wording four of the
 * five share: data.montreuil.fr alone writes "Permet de se souvenir du choix…" for cookies_preferences.
 */
export const olderStandardCharter: StandardCharter = {
  template: 'older',
  source: 'https://data.montreuil.fr/terms/cookies-policy/',
  declared: [
    {
      name: 'sessionid',
      match: 'exact',
      provider: 'Opendatasoft',
      service: 'Authentification (front et back office)',
      purpose: "Se souvenir de l'utilisateur d'une page à une autre.",
      duration: null,
      category: NECESSARY_COOKIES,
    },
    {
      name: 'django_language',
      match: 'exact',
      provider: 'Opendatasoft',
      service: 'Sélection de la langue (front et back office)',
      purpose: 'Se souvenir de la langue du visiteur',
      duration: null,
      category: NECESSARY_COOKIES,
    },
    {
      name: 'csrftoken',
      match: 'exact',
      provider: 'Opendatasoft',
      service: 'API (CSRF) (front et back office)',
      purpose: 'Récupérer des données via des appels API',
      duration: null,
      category: NECESSARY_COOKIES,
    },
    {
      name: 'cookies_preferences',
      match: 'exact',
      provider: 'Opendatasoft',
      service: 'Choix concernant vos préférences sur les cookies',
      purpose: 'Se souvenir du choix opéré par le visiteur concernant les cookies',
      duration: null,
      category: NECESSARY_COOKIES,
    },
  ],
};
