import type { VendorCookies } from '../types.ts';
import { ALL, NONE, pages } from './pages.ts';

/** The portal itself, consent managers, and what sits in front of servers: security, load balancing, sessions. */
export const platformVendors: VendorCookies[] = [
  {
    // Django's default names: Opendatasoft's only where the portal's own host set them (see lookup.ts).
    vendor: 'Opendatasoft (Huwise)',
    page: pages.opendatasoftCookiePolicy,
    onOpendatasoftPortalOnly: true,
    cookies: [
      {
        name: 'sessionid',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: '2 semaines par défaut',
        stated: ALL,
        purpose: "Authentification : reconnaît l'utilisateur connecté à chaque requête.",
      },
      {
        name: 'csrftoken',
        match: 'exact',
        category: 'securite',
        lifetime: "jusqu'à 12 mois",
        stated: ALL,
        purpose:
          'Sécurité : protège contre les attaques par falsification de requêtes (CSRF) par un jeton propre à la requête ou à la session.',
      },
      {
        name: 'django_language',
        match: 'exact',
        category: 'fonctionnel',
        lifetime: '12 mois',
        stated: ['vendor', 'purpose', 'lifetime'],
        purpose: 'Mémorise la langue choisie par le visiteur, sur un portail disponible en plusieurs langues.',
      },
    ],
  },
  {
    vendor: 'Opendatasoft (Huwise)',
    page: pages.opendatasoftCookiePolicy,
    cookies: [
      {
        name: 'cookies_preferences',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: '6 mois',
        stated: ALL,
        purpose: 'Conserve les choix du visiteur sur les cookies (bandeau de consentement du portail).',
      },
    ],
  },
  {
    // No page of Django's own documentation could be read here: these are its default names, as described by the community.
    vendor: 'Django (cadriciel web ; nom par défaut, utilisé par de nombreux sites)',
    page: null,
    cookies: [
      {
        name: 'sessionid',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: '2 semaines par défaut',
        stated: NONE,
        purpose:
          "Cookie de session par défaut des sites faits avec Django : reconnaît l'utilisateur d'une page à l'autre.",
      },
      {
        name: 'csrftoken',
        match: 'exact',
        category: 'securite',
        lifetime: null,
        stated: NONE,
        purpose: 'Jeton par défaut de la protection de Django contre la falsification de requêtes (CSRF).',
      },
      {
        name: 'django_language',
        match: 'exact',
        category: 'fonctionnel',
        lifetime: null,
        stated: NONE,
        purpose: 'Langue choisie par le visiteur, nom par défaut des sites faits avec Django.',
      },
    ],
  },
  {
    vendor: 'tarteaucitron',
    page: pages.tarteaucitronReadme,
    cookies: [
      // Its README names the cookie in the default settings and says consent is kept 365 days; the category is the project's reading.
      {
        name: 'tarteaucitron',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: '365 jours par défaut',
        stated: ['vendor', 'purpose', 'lifetime'],
        purpose: 'Conserve les choix du visiteur dans le gestionnaire de consentement tarteaucitron.',
      },
    ],
  },
  {
    vendor: 'Axeptio',
    page: pages.axeptioCookies,
    cookies: [
      {
        name: 'axeptio_',
        match: 'prefix',
        category: 'strictement-necessaire',
        lifetime: '6 mois par défaut, configurable',
        stated: ALL,
        purpose:
          'Cookies techniques du gestionnaire de consentement Axeptio : choix du visiteur, liste des cookies déclarés et de ceux acceptés (axeptio_cookies, axeptio_all_vendors, axeptio_authorized_vendors).',
      },
      {
        name: '_ax_token',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: '6 mois par défaut, configurable',
        stated: ALL,
        purpose:
          'Identifiant aléatoire du visiteur qui rattache ses choix de consentement (Axeptio pour les éditeurs).',
      },
    ],
  },
  {
    vendor: 'OneTrust',
    page: pages.oneTrustCookies,
    cookies: [
      {
        name: 'OptanonConsent',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: null,
        stated: ['vendor', 'purpose'],
        purpose: "Indique l'état du consentement du visiteur dans le gestionnaire de consentement OneTrust.",
      },
      {
        name: 'OptanonAlertBoxClosed',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: null,
        stated: NONE,
        purpose: 'Mémorise que le visiteur a répondu au bandeau de consentement OneTrust, pour ne plus l’afficher.',
      },
    ],
  },
  {
    vendor: 'Didomi',
    page: null,
    cookies: [
      {
        name: 'didomi_token',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: null,
        stated: NONE,
        purpose: 'Conserve les choix du visiteur dans le gestionnaire de consentement Didomi.',
      },
    ],
  },
  {
    vendor: 'Gestionnaire de consentement (cadre IAB TCF)',
    page: null,
    cookies: [
      {
        name: 'euconsent-v2',
        match: 'exact',
        category: 'strictement-necessaire',
        lifetime: null,
        stated: NONE,
        purpose:
          'Chaîne de consentement du cadre IAB TCF v2 : choix du visiteur pour chaque finalité et chaque partenaire publicitaire.',
      },
    ],
  },
  {
    vendor: 'Cloudflare',
    page: pages.cloudflareClearance,
    cookies: [
      {
        name: '__cf_bm',
        match: 'exact',
        category: 'securite',
        lifetime: '30 minutes après la dernière requête, au plus',
        stated: NONE,
        otherPages: {
          vendor: pages.cloudflareBotManagementCookie,
          purpose: pages.cloudflareBotManagementCookie,
          lifetime: pages.cloudflareBotManagementCookie,
        },
        purpose: 'Gestion des robots de Cloudflare : aide à traiter le trafic qui correspond à des critères de robots.',
      },
      {
        name: 'cf_clearance',
        match: 'exact',
        category: 'securite',
        lifetime: null,
        stated: ['vendor', 'category', 'purpose'],
        purpose: 'Prouve que le visiteur a réussi un défi de sécurité de Cloudflare.',
      },
      {
        name: '_cfuvid',
        match: 'exact',
        category: 'securite',
        lifetime: 'session',
        stated: NONE,
        purpose: 'Limitation de débit : distingue les visiteurs qui partagent une même adresse IP.',
      },
    ],
  },
  {
    // A name the site's administrator chooses for a load balancer's cookie; common in HAProxy configurations, not HAProxy's own.
    vendor: "Équilibreur de charge (nom choisi par l'administrateur, courant avec HAProxy)",
    page: null,
    cookies: [
      {
        name: 'SERVERID',
        match: 'exact',
        category: 'securite',
        lifetime: null,
        stated: NONE,
        purpose: 'Équilibrage de charge : renvoie le visiteur vers le même serveur.',
      },
    ],
  },
  {
    vendor: 'Amazon Web Services (Application Load Balancer)',
    page: pages.awsAlbStickySessions,
    cookies: [
      // The page says the duration is the one the administrator specifies; "1 day by default, 7 days at most" was not read here.
      {
        name: 'AWSALB',
        match: 'prefix',
        category: 'securite',
        lifetime: "1 jour par défaut, jusqu'à 7 jours",
        stated: ['vendor', 'category', 'purpose'],
        purpose:
          'Équilibrage de charge (sessions persistantes) : maintient le visiteur sur le même serveur (AWSALB, AWSALBCORS, AWSALBTG…).',
      },
    ],
  },
  {
    vendor: 'Amazon Web Services (Classic Load Balancer)',
    page: pages.awsClassicStickySessions,
    cookies: [
      {
        name: 'AWSELB',
        match: 'prefix',
        category: 'securite',
        lifetime: 'session par défaut, configurable',
        stated: ['vendor', 'category', 'purpose'],
        otherPages: { lifetime: pages.awsClassicStickinessPolicy },
        purpose: 'Équilibrage de charge : maintient le visiteur sur le même serveur (AWSELB, AWSELBCORS).',
      },
    ],
  },
  {
    vendor: 'F5 BIG-IP (équilibreur de charge)',
    page: null,
    cookies: [
      {
        name: 'BIGipServer',
        match: 'prefix',
        category: 'securite',
        lifetime: 'session par défaut',
        stated: NONE,
        purpose:
          "Équilibrage de charge : renvoie le visiteur vers le même serveur ; sa valeur peut révéler l'adresse interne du serveur.",
      },
    ],
  },
  {
    vendor: 'F5 (pare-feu applicatif BIG-IP ASM / Advanced WAF)',
    page: null,
    cookies: [
      {
        name: 'TS01',
        match: 'prefix',
        category: 'securite',
        lifetime: 'session',
        stated: NONE,
        purpose: "Pare-feu applicatif : vérifie que les cookies du site n'ont pas été modifiés et suit la session.",
      },
    ],
  },
  {
    vendor: 'Serveur d’application Java (Jakarta Servlet)',
    page: null,
    cookies: [
      {
        name: 'JSESSIONID',
        match: 'exact',
        category: 'fonctionnel',
        lifetime: 'session',
        stated: NONE,
        purpose: "Identifiant de session de l'application web, pour reconnaître le visiteur d'une page à l'autre.",
      },
    ],
  },
  {
    // PHP's manual names PHPSESSID as the session name used in cookies; the session lifetime was not read there.
    vendor: 'PHP',
    page: pages.phpSessionName,
    cookies: [
      {
        name: 'PHPSESSID',
        match: 'exact',
        category: 'fonctionnel',
        lifetime: 'session',
        stated: ['vendor', 'purpose'],
        purpose: "Identifiant de session de l'application web, pour reconnaître le visiteur d'une page à l'autre.",
      },
    ],
  },
];
