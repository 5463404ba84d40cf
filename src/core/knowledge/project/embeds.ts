import type { VendorCookies } from '../types.ts';

const google = ['google.com'];
const youtube = ['youtube.com', 'youtube-nocookie.com'];
const facebook = ['facebook.com'];
const linkedin = ['linkedin.com'];
const x = ['x.com', 'twitter.com'];

/**
 * Embedded third-party content (videos, captchas) and social networks. Most of their names are short or common
 * ("fr", "PREF", "lang"), so each is tied to the domains that set it.
 */
export const embedVendors: VendorCookies[] = [
  {
    vendor: 'YouTube (Google)',
    source: 'https://policies.google.com/technologies/cookies',
    cookies: [
      { name: 'YSC', match: 'exact', domains: youtube, category: 'contenu-tiers', lifetime: 'session', purpose: 'Identifiant de session de YouTube, pour compter les vidéos vues et détecter les abus.' },
      { name: 'VISITOR_INFO1_LIVE', match: 'exact', domains: youtube, category: 'contenu-tiers', lifetime: '6 mois', purpose: 'Estime la bande passante du visiteur et sert aux recommandations de YouTube.' },
      { name: 'VISITOR_PRIVACY_METADATA', match: 'exact', domains: youtube, category: 'contenu-tiers', lifetime: '6 mois', purpose: "Conserve l'état du consentement du visiteur aux cookies de YouTube." },
      { name: 'PREF', match: 'exact', domains: youtube, category: 'fonctionnel', lifetime: '8 mois', purpose: 'Mémorise les préférences du visiteur sur YouTube (lecteur, langue…).' },
    ],
  },
  {
    vendor: 'Google',
    source: 'https://policies.google.com/technologies/cookies',
    cookies: [
      { name: 'NID', match: 'exact', domains: google, category: 'publicite', lifetime: '6 mois', purpose: "Mémorise les préférences du visiteur et sert à la personnalisation des publicités Google." },
      { name: 'AEC', match: 'exact', domains: google, category: 'securite', lifetime: '6 mois', purpose: 'Empêche que des sites malveillants agissent à la place du visiteur (anti-abus).' },
      { name: 'SOCS', match: 'exact', domains: [...google, ...youtube], category: 'strictement-necessaire', lifetime: '13 mois', purpose: "Conserve les choix du visiteur sur les cookies de Google." },
      { name: '_GRECAPTCHA', match: 'exact', domains: [...google, 'recaptcha.net'], category: 'securite', lifetime: '6 mois', purpose: 'Analyse de risque de Google reCAPTCHA, pour distinguer les humains des robots.' },
    ],
  },
  {
    vendor: 'Vimeo',
    source: 'https://vimeo.com/cookie_policy',
    cookies: [
      { name: 'vuid', match: 'exact', domains: ['vimeo.com'], category: 'contenu-tiers', lifetime: '2 ans', purpose: 'Identifiant du visiteur pour les statistiques des vidéos Vimeo intégrées.' },
    ],
  },
  {
    vendor: 'Meta (Facebook)',
    source: 'https://www.facebook.com/privacy/policies/cookies/',
    cookies: [
      { name: '_fbp', match: 'exact', category: 'publicite', lifetime: '90 jours', purpose: 'Identifiant du navigateur déposé par le pixel Meta sur le site, pour mesurer et cibler les publicités Facebook et Instagram.' },
      { name: '_fbc', match: 'exact', category: 'publicite', lifetime: '90 jours', purpose: "Mémorise le dernier clic sur une publicité Meta qui a mené au site." },
      { name: 'fr', match: 'exact', domains: facebook, category: 'publicite', lifetime: '90 jours', purpose: 'Cookie publicitaire de Meta : diffusion, mesure et pertinence des publicités.' },
      { name: 'datr', match: 'exact', domains: facebook, category: 'securite', lifetime: '2 ans', purpose: 'Identifie le navigateur pour la sécurité et l’intégrité de Facebook (prévention des abus).' },
    ],
  },
  {
    vendor: 'LinkedIn',
    source: 'https://www.linkedin.com/legal/l/cookie-table',
    cookies: [
      { name: 'bcookie', match: 'exact', domains: linkedin, category: 'reseaux-sociaux', lifetime: '1 an', purpose: 'Identifiant du navigateur de LinkedIn, notamment pour détecter les abus.' },
      { name: 'bscookie', match: 'exact', domains: linkedin, category: 'securite', lifetime: '1 an', purpose: 'Identifiant sécurisé du navigateur, utilisé pour la connexion à LinkedIn.' },
      { name: 'li_gc', match: 'exact', domains: linkedin, category: 'strictement-necessaire', lifetime: '6 mois', purpose: "Conserve le consentement d'un visiteur non connecté aux cookies non essentiels de LinkedIn." },
      { name: 'lidc', match: 'exact', domains: linkedin, category: 'securite', lifetime: '24 heures', purpose: 'Choisit le centre de données de LinkedIn qui répond au visiteur (routage).' },
      { name: 'lang', match: 'exact', domains: linkedin, category: 'fonctionnel', lifetime: 'session', purpose: 'Mémorise la langue du visiteur sur LinkedIn.' },
      { name: 'UserMatchHistory', match: 'exact', domains: linkedin, category: 'publicite', lifetime: '30 jours', purpose: "Synchronise les identifiants publicitaires de LinkedIn Ads." },
      { name: 'AnalyticsSyncHistory', match: 'exact', domains: linkedin, category: 'publicite', lifetime: '30 jours', purpose: 'Mémorise la date de la dernière synchronisation des identifiants publicitaires de LinkedIn.' },
      { name: 'li_sugr', match: 'exact', domains: linkedin, category: 'publicite', lifetime: '90 jours', purpose: 'Identifiant probabiliste du navigateur, utilisé pour la publicité LinkedIn.' },
    ],
  },
  {
    vendor: 'X (Twitter)',
    source: 'https://help.x.com/en/rules-and-policies/x-cookies',
    cookies: [
      { name: 'guest_id', match: 'exact', domains: x, category: 'reseaux-sociaux', lifetime: null, purpose: "Identifiant d'un visiteur non connecté, posé notamment par les publications de X intégrées à une page." },
      { name: 'personalization_id', match: 'exact', domains: x, category: 'publicite', lifetime: '2 ans', purpose: 'Suit les activités du visiteur sur X et hors de X, pour personnaliser contenus et publicités.' },
      { name: 'muc_ads', match: 'exact', domains: x, category: 'publicite', lifetime: null, purpose: 'Identifiant publicitaire de X, pour mesurer et cibler les publicités.' },
      { name: 'guest_id_ads', match: 'exact', domains: x, category: 'publicite', lifetime: null, purpose: "Identifiant publicitaire d'un visiteur non connecté à X." },
      { name: 'guest_id_marketing', match: 'exact', domains: x, category: 'publicite', lifetime: null, purpose: "Identifiant marketing d'un visiteur non connecté à X." },
    ],
  },
];
