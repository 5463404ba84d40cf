import type { VendorCookies } from '../types.ts';
import { NONE, pages } from './pages.ts';

const google = ['google.com'];
const youtube = ['youtube.com', 'youtube-nocookie.com'];
const facebook = ['facebook.com'];
const linkedin = ['linkedin.com'];
const x = ['x.com', 'twitter.com'];
const dailymotion = ['dailymotion.com'];

/**
 * Embedded third-party content (videos, captchas) and social networks. Most of their names are short or common
 * ("fr", "PREF", "lang"), so each is tied to the domains that set it.
 */
export const embedVendors: VendorCookies[] = [
  {
    // Google's cookie page could not be read here past its opening; these purposes follow its wording as quoted
    // elsewhere (YSC: session security; VISITOR_INFO1_LIVE and __Secure-YEC: preferences and detecting service problems).
    vendor: 'YouTube (Google)',
    page: null,
    cookies: [
      {
        name: 'YSC',
        match: 'exact',
        domains: youtube,
        category: 'securite',
        lifetime: 'session',
        stated: NONE,
        purpose:
          "Sécurité : s'assure que les requêtes d'une session de navigation viennent bien du visiteur et non d'autres sites.",
      },
      {
        name: 'VISITOR_INFO1_LIVE',
        match: 'exact',
        domains: youtube,
        category: 'contenu-tiers',
        lifetime: '6 mois',
        stated: NONE,
        purpose:
          'Mémorise les préférences du visiteur sur YouTube ; sert aussi à détecter et résoudre les problèmes du service.',
      },
      {
        name: '__Secure-YEC',
        match: 'exact',
        domains: youtube,
        category: 'contenu-tiers',
        lifetime: '13 mois',
        stated: NONE,
        purpose:
          'Mémorise les préférences du visiteur sur YouTube ; sert aussi à détecter et résoudre les problèmes du service.',
      },
      {
        name: 'VISITOR_PRIVACY_METADATA',
        match: 'exact',
        domains: youtube,
        category: 'contenu-tiers',
        lifetime: '6 mois',
        stated: NONE,
        purpose: "Conserve l'état du consentement du visiteur aux cookies de YouTube.",
      },
      {
        name: 'PREF',
        match: 'exact',
        domains: youtube,
        category: 'fonctionnel',
        lifetime: '8 mois',
        stated: NONE,
        purpose: 'Mémorise les préférences du visiteur sur YouTube (lecteur, langue…).',
      },
    ],
  },
  {
    vendor: 'Google',
    page: pages.googleCookies,
    cookies: [
      {
        name: 'NID',
        match: 'exact',
        domains: google,
        category: 'fonctionnel',
        lifetime: '6 mois',
        stated: ['vendor', 'category', 'purpose'],
        purpose:
          'Mémorise les préférences du visiteur sur les services de Google (langue, nombre de résultats, filtre SafeSearch…).',
      },
      {
        name: 'AEC',
        match: 'exact',
        domains: google,
        category: 'securite',
        lifetime: '6 mois',
        stated: NONE,
        purpose: 'Empêche que des sites malveillants agissent à la place du visiteur (anti-abus).',
      },
      {
        name: 'SOCS',
        match: 'exact',
        domains: [...google, ...youtube],
        category: 'strictement-necessaire',
        lifetime: '13 mois',
        stated: NONE,
        purpose: 'Conserve les choix du visiteur sur les cookies de Google.',
      },
      {
        name: '_GRECAPTCHA',
        match: 'exact',
        domains: [...google, 'recaptcha.net'],
        category: 'securite',
        lifetime: '6 mois',
        stated: NONE,
        purpose: 'Analyse de risque de Google reCAPTCHA, pour distinguer les humains des robots.',
      },
    ],
  },
  {
    // No page of Dailymotion's own could be read here; the names are those a video embedded from dailymotion.com sets.
    vendor: 'Dailymotion',
    page: null,
    cookies: [
      {
        name: 'ts',
        match: 'exact',
        domains: dailymotion,
        category: 'contenu-tiers',
        lifetime: '1 an',
        stated: NONE,
        purpose: 'Lecteur vidéo Dailymotion intégré : état de la session et du consentement.',
      },
      {
        name: 'ts_c',
        match: 'exact',
        domains: dailymotion,
        category: 'contenu-tiers',
        lifetime: '1 an',
        stated: NONE,
        purpose: 'Lecteur vidéo Dailymotion intégré : état de la session et du consentement.',
      },
      {
        name: 'ff',
        match: 'exact',
        domains: dailymotion,
        category: 'contenu-tiers',
        lifetime: '1 an',
        stated: NONE,
        purpose: 'Lecteur vidéo Dailymotion intégré : fonctionnalités activées pour le visiteur.',
      },
      {
        name: 'x1.cid',
        match: 'exact',
        domains: dailymotion,
        category: 'publicite',
        lifetime: '1 an',
        stated: NONE,
        purpose: "Identifiant du visiteur pour l'audience et la publicité de Dailymotion.",
      },
      {
        name: 'x1.uid',
        match: 'exact',
        domains: dailymotion,
        category: 'publicite',
        lifetime: '1 an',
        stated: NONE,
        purpose: "Identifiant du visiteur pour l'audience et la publicité de Dailymotion.",
      },
      {
        name: 's_session_id',
        match: 'exact',
        domains: dailymotion,
        category: 'contenu-tiers',
        lifetime: 'session',
        stated: NONE,
        purpose: 'Identifiant de session du lecteur vidéo Dailymotion intégré.',
      },
    ],
  },
  {
    vendor: 'Vimeo',
    page: null,
    cookies: [
      {
        name: 'vuid',
        match: 'exact',
        domains: ['vimeo.com'],
        category: 'contenu-tiers',
        lifetime: '2 ans',
        stated: NONE,
        purpose: 'Identifiant du visiteur pour les statistiques des vidéos Vimeo intégrées.',
      },
    ],
  },
  {
    vendor: 'Meta (Facebook)',
    page: null,
    cookies: [
      {
        name: '_fbp',
        match: 'exact',
        category: 'publicite',
        lifetime: '90 jours',
        stated: NONE,
        purpose:
          'Identifiant du navigateur déposé par le pixel Meta sur le site, pour mesurer et cibler les publicités Facebook et Instagram.',
      },
      {
        name: '_fbc',
        match: 'exact',
        category: 'publicite',
        lifetime: '90 jours',
        stated: NONE,
        purpose: 'Mémorise le dernier clic sur une publicité Meta qui a mené au site.',
      },
      {
        name: 'fr',
        match: 'exact',
        domains: facebook,
        category: 'publicite',
        lifetime: '90 jours',
        stated: NONE,
        purpose: 'Cookie publicitaire de Meta : diffusion, mesure et pertinence des publicités.',
      },
      {
        name: 'datr',
        match: 'exact',
        domains: facebook,
        category: 'securite',
        lifetime: '2 ans',
        stated: NONE,
        purpose: 'Identifie le navigateur pour la sécurité et l’intégrité de Facebook (prévention des abus).',
      },
    ],
  },
  {
    vendor: 'LinkedIn',
    page: null,
    cookies: [
      {
        name: 'bcookie',
        match: 'exact',
        domains: linkedin,
        category: 'reseaux-sociaux',
        lifetime: '1 an',
        stated: NONE,
        purpose: 'Identifiant du navigateur de LinkedIn, notamment pour détecter les abus.',
      },
      {
        name: 'bscookie',
        match: 'exact',
        domains: linkedin,
        category: 'securite',
        lifetime: '1 an',
        stated: NONE,
        purpose: 'Identifiant sécurisé du navigateur, utilisé pour la connexion à LinkedIn.',
      },
      {
        name: 'li_gc',
        match: 'exact',
        domains: linkedin,
        category: 'strictement-necessaire',
        lifetime: '6 mois',
        stated: NONE,
        purpose: "Conserve le consentement d'un visiteur non connecté aux cookies non essentiels de LinkedIn.",
      },
      {
        name: 'lidc',
        match: 'exact',
        domains: linkedin,
        category: 'securite',
        lifetime: '24 heures',
        stated: NONE,
        purpose: 'Choisit le centre de données de LinkedIn qui répond au visiteur (routage).',
      },
      {
        name: 'lang',
        match: 'exact',
        domains: linkedin,
        category: 'fonctionnel',
        lifetime: 'session',
        stated: NONE,
        purpose: 'Mémorise la langue du visiteur sur LinkedIn.',
      },
      {
        name: 'UserMatchHistory',
        match: 'exact',
        domains: linkedin,
        category: 'publicite',
        lifetime: '30 jours',
        stated: NONE,
        purpose: 'Synchronise les identifiants publicitaires de LinkedIn Ads.',
      },
      {
        name: 'AnalyticsSyncHistory',
        match: 'exact',
        domains: linkedin,
        category: 'publicite',
        lifetime: '30 jours',
        stated: NONE,
        purpose: 'Mémorise la date de la dernière synchronisation des identifiants publicitaires de LinkedIn.',
      },
      {
        name: 'li_sugr',
        match: 'exact',
        domains: linkedin,
        category: 'publicite',
        lifetime: '90 jours',
        stated: NONE,
        purpose: 'Identifiant probabiliste du navigateur, utilisé pour la publicité LinkedIn.',
      },
    ],
  },
  {
    vendor: 'X (Twitter)',
    page: null,
    cookies: [
      {
        name: 'guest_id',
        match: 'exact',
        domains: x,
        category: 'reseaux-sociaux',
        lifetime: null,
        stated: NONE,
        purpose:
          "Identifiant d'un visiteur non connecté, posé notamment par les publications de X intégrées à une page.",
      },
      {
        name: 'personalization_id',
        match: 'exact',
        domains: x,
        category: 'publicite',
        lifetime: '2 ans',
        stated: NONE,
        purpose: 'Suit les activités du visiteur sur X et hors de X, pour personnaliser contenus et publicités.',
      },
      {
        name: 'muc_ads',
        match: 'exact',
        domains: x,
        category: 'publicite',
        lifetime: null,
        stated: NONE,
        purpose: 'Identifiant publicitaire de X, pour mesurer et cibler les publicités.',
      },
      {
        name: 'guest_id_ads',
        match: 'exact',
        domains: x,
        category: 'publicite',
        lifetime: null,
        stated: NONE,
        purpose: "Identifiant publicitaire d'un visiteur non connecté à X.",
      },
      {
        name: 'guest_id_marketing',
        match: 'exact',
        domains: x,
        category: 'publicite',
        lifetime: null,
        stated: NONE,
        purpose: "Identifiant marketing d'un visiteur non connecté à X.",
      },
    ],
  },
];
