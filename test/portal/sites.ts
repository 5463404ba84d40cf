import type { CookieSpecName } from './cookies.ts';
import type { FailingPortalHost, PortalHost } from './hosts.ts';

/**
 * The four local portals, one charter case each:
 * - data.montreuil.fr: older template at /terms/cookies-policy/, plus undeclared first- and third-party cookies;
 * - valenciennesmetro.opendatasoft.com: newer template (with "Durée"), Matomo declared, an embedded video;
 * - data.orleans-metropole.fr: the /terms/ paths answer 404, the footer links to the charter elsewhere;
 * - dreux-agglomeration-centrevaldeloire.opendatasoft.com: no charter anywhere, no footer link;
 * and, for the observatory, three fictitious portals on the newer template (charters/modele-recent.txt):
 * - exemplaire.opendatasoft.com: does what its charter says (Matomo only after acceptance, all declared);
 * - refus-ignore.opendatasoft.com: starts Matomo after a refusal too;
 * - sans-bandeau.opendatasoft.com: no consent banner at all (Matomo never starts).
 */

export interface Dataset {
  title: string;
  slug: string;
  theme: string;
  records: number;
  description: string;
}

/** Something another host serves into the home page, and that sets a third-party cookie. */
export type Embed =
  { kind: 'map-tiles'; title: string; tiles: readonly string[] } | { kind: 'video'; title: string; src: string };

export interface PortalSite {
  host: PortalHost;
  title: string;
  publisher: string;
  /** Header colour, as portals brand themselves. */
  color: string;
  /** Where the charter page lives (a text file in charters/ rendered as HTML), or null when there is none. */
  charter: { path: string; file: string } | null;
  /** The footer's link to the charter, or null when the footer has none. */
  footerCharterLink: { text: string; path: string } | null;
  /**
   * The consent banner: 'honoured' as Opendatasoft's is, 'ignores-refusal' starts Matomo whatever the answer,
   * 'none' when the portal shows no banner.
   */
  banner: 'honoured' | 'ignores-refusal' | 'none';
  /** Set by the server on every page of the portal (when absent from the request). */
  headerCookies: readonly CookieSpecName[];
  /** Matomo set up by script once the visitor accepts: `_pk_id.<siteId>.<hash>` (13 months), maybe `_pk_ses`. */
  matomo: { siteId: number; hash: string; sessionCookie: boolean } | null;
  embeds: readonly Embed[];
  datasets: readonly Dataset[];
}

const djangoCookies: readonly CookieSpecName[] = ['sessionid', 'csrftoken', 'djangoLanguage'];
const policyPath = '/terms/cookies-policy/';
const newerTemplate = { path: policyPath, file: 'modele-recent.txt' };
const newerTemplateLink = { text: 'Gestion des cookies', path: policyPath };
const exampleDatasets: readonly Dataset[] = [
  {
    title: 'Population légale',
    slug: 'population-legale',
    theme: 'Société',
    records: 35,
    description: 'Population municipale et totale par commune.',
  },
  {
    title: 'Marchés publics',
    slug: 'marches-publics',
    theme: 'Économie',
    records: 640,
    description: 'Marchés attribués, par objet et par titulaire.',
  },
];

export const sites: readonly PortalSite[] = [
  {
    host: 'data.montreuil.fr',
    title: 'Montreuil Open Data',
    publisher: 'Ville de Montreuil',
    color: '#c8102e',
    charter: { path: policyPath, file: 'data.montreuil.fr.txt' },
    footerCharterLink: { text: 'Charte cookies', path: policyPath },
    banner: 'honoured',
    headerCookies: [...djangoCookies, 'atuserid'],
    matomo: { siteId: 1, hash: 'ab12', sessionCookie: false },
    embeds: [
      {
        kind: 'map-tiles',
        title: 'Carte des arbres remarquables',
        tiles: [
          'https://tuiles.carto-tiers.fr/tuiles/13/4153/2818.svg',
          'https://tuiles.carto-tiers.fr/tuiles/13/4154/2818.svg',
        ],
      },
    ],
    datasets: [
      {
        title: 'Arbres remarquables',
        slug: 'arbres-remarquables',
        theme: 'Environnement',
        records: 412,
        description: 'Arbres remarquables recensés sur le territoire communal, avec essence, hauteur et circonférence.',
      },
      {
        title: 'Équipements sportifs',
        slug: 'equipements-sportifs',
        theme: 'Sport',
        records: 87,
        description: 'Gymnases, stades, piscines et terrains de proximité de la ville.',
      },
      {
        title: 'Budget primitif 2025',
        slug: 'budget-primitif-2025',
        theme: 'Finances',
        records: 1934,
        description: 'Budget primitif voté par le conseil municipal, par chapitre et par fonction.',
      },
      {
        title: 'Stationnements vélo',
        slug: 'stationnements-velo',
        theme: 'Mobilité',
        records: 356,
        description: 'Arceaux et abris vélos sur la voie publique.',
      },
    ],
  },
  {
    host: 'valenciennesmetro.opendatasoft.com',
    title: 'Valenciennes Métropole — Données ouvertes',
    publisher: 'Valenciennes Métropole',
    color: '#00609c',
    charter: { path: policyPath, file: 'valenciennesmetro.opendatasoft.com.txt' },
    footerCharterLink: { text: 'Gestion des cookies', path: policyPath },
    banner: 'honoured',
    headerCookies: djangoCookies,
    matomo: { siteId: 3, hash: '5e1f', sessionCookie: true },
    embeds: [
      {
        kind: 'video',
        title: 'Présentation du portail en vidéo',
        src: 'https://video.lecteur-tiers.com/embed/portail-valenciennes',
      },
    ],
    datasets: [
      {
        title: 'Déchèteries',
        slug: 'decheteries',
        theme: 'Environnement',
        records: 12,
        description: 'Déchèteries communautaires, horaires et déchets acceptés.',
      },
      {
        title: "Zones d'activités économiques",
        slug: 'zones-activites',
        theme: 'Économie',
        records: 64,
        description: "Périmètres des zones d'activités et surfaces disponibles.",
      },
      {
        title: 'Pistes cyclables',
        slug: 'pistes-cyclables',
        theme: 'Mobilité',
        records: 1208,
        description: 'Aménagements cyclables du territoire, par type.',
      },
    ],
  },
  {
    host: 'data.orleans-metropole.fr',
    title: 'Orléans Métropole Open Data',
    publisher: 'Orléans Métropole',
    color: '#6d2077',
    charter: { path: '/pages/charte-cookies/', file: 'data.orleans-metropole.fr.txt' },
    footerCharterLink: { text: 'Charte cookies', path: '/pages/charte-cookies/' },
    banner: 'honoured',
    headerCookies: djangoCookies,
    matomo: null,
    embeds: [],
    datasets: [
      {
        title: 'Parkings en temps réel',
        slug: 'parkings-temps-reel',
        theme: 'Mobilité',
        records: 23,
        description: 'Places disponibles dans les parkings en ouvrage, mises à jour toutes les minutes.',
      },
      {
        title: 'Bornes de recharge',
        slug: 'bornes-recharge',
        theme: 'Énergie',
        records: 148,
        description: 'Points de recharge pour véhicules électriques.',
      },
      {
        title: 'Équipements culturels',
        slug: 'equipements-culturels',
        theme: 'Culture',
        records: 71,
        description: 'Médiathèques, musées, salles de spectacle et conservatoires.',
      },
    ],
  },
  {
    host: 'dreux-agglomeration-centrevaldeloire.opendatasoft.com',
    title: 'Agglo du Pays de Dreux — Open Data',
    publisher: 'Agglomération du Pays de Dreux',
    color: '#2e7d32',
    charter: null,
    footerCharterLink: null,
    banner: 'honoured',
    headerCookies: djangoCookies,
    matomo: null,
    embeds: [],
    datasets: [
      {
        title: 'Points de collecte du verre',
        slug: 'points-collecte-verre',
        theme: 'Environnement',
        records: 402,
        description: "Colonnes d'apport volontaire pour le verre.",
      },
      {
        title: 'Équipements publics',
        slug: 'equipements-publics',
        theme: 'Services',
        records: 233,
        description: "Mairies, écoles et équipements de l'agglomération.",
      },
    ],
  },
  {
    host: 'exemplaire.opendatasoft.com',
    title: 'Portail exemplaire — Open Data',
    publisher: 'Commune exemplaire (fictive)',
    color: '#005a70',
    charter: newerTemplate,
    footerCharterLink: newerTemplateLink,
    banner: 'honoured',
    headerCookies: djangoCookies,
    matomo: { siteId: 7, hash: 'e7e7', sessionCookie: true },
    embeds: [],
    datasets: exampleDatasets,
  },
  {
    host: 'refus-ignore.opendatasoft.com',
    title: 'Refus ignoré — Open Data',
    publisher: 'Communauté de communes fictive',
    color: '#8a4b08',
    charter: newerTemplate,
    footerCharterLink: newerTemplateLink,
    banner: 'ignores-refusal',
    headerCookies: djangoCookies,
    matomo: { siteId: 8, hash: 'f00d', sessionCookie: false },
    embeds: [],
    datasets: exampleDatasets,
  },
  {
    host: 'sans-bandeau.opendatasoft.com',
    title: 'Sans bandeau — Open Data',
    publisher: 'Syndicat mixte fictif',
    color: '#4a4a8a',
    charter: newerTemplate,
    footerCharterLink: newerTemplateLink,
    banner: 'none',
    headerCookies: djangoCookies,
    matomo: null,
    embeds: [],
    datasets: exampleDatasets,
  },
];

/** How a failing portal fails: every page answers 500, or the server never answers. */
export interface FailingSite {
  host: FailingPortalHost;
  failure: 'server-error' | 'no-answer';
}

export const failingSites: readonly FailingSite[] = [
  { host: 'erreur-serveur.opendatasoft.com', failure: 'server-error' },
  { host: 'sans-reponse.opendatasoft.com', failure: 'no-answer' },
];

export function failingSiteFor(host: string): FailingSite | undefined {
  return failingSites.find((site) => site.host === host);
}

export function siteFor(host: string): PortalSite | undefined {
  return sites.find((site) => site.host === host);
}
