import type { VendorCookies } from '../types.ts';

/** The portal itself, consent managers, and what sits in front of servers: security, load balancing, sessions. */
export const platformVendors: VendorCookies[] = [
  {
    vendor: 'Opendatasoft (Huwise)',
    // Opendatasoft's standard cookie policy as its portals publish it (here a State portal it hosts).
    source: 'https://info-financiere.gouv.fr/terms/cookies-policy/',
    cookies: [
      { name: 'sessionid', match: 'exact', category: 'strictement-necessaire', lifetime: '2 semaines par défaut', purpose: "Authentification : reconnaît l'utilisateur connecté d'une page à l'autre." },
      { name: 'csrftoken', match: 'exact', category: 'securite', lifetime: "jusqu'à 12 mois", purpose: 'Protège les formulaires et les appels à l’API contre la falsification de requêtes (CSRF).' },
      { name: 'django_language', match: 'exact', category: 'fonctionnel', lifetime: '12 mois', purpose: 'Mémorise la langue choisie par le visiteur, sur un portail disponible en plusieurs langues.' },
      { name: 'cookies_preferences', match: 'exact', category: 'strictement-necessaire', lifetime: '6 mois', purpose: 'Conserve les choix du visiteur sur les cookies (bandeau de consentement du portail).' },
    ],
  },
  {
    vendor: 'tarteaucitron',
    source: 'https://github.com/AmauriC/tarteaucitron.js',
    cookies: [
      { name: 'tarteaucitron', match: 'exact', category: 'strictement-necessaire', lifetime: null, purpose: 'Conserve les choix du visiteur dans le gestionnaire de consentement tarteaucitron.' },
    ],
  },
  {
    vendor: 'Axeptio',
    source: 'https://www.axeptio.eu/',
    cookies: [
      { name: 'axeptio_', match: 'prefix', category: 'strictement-necessaire', lifetime: '12 mois', purpose: 'Conserve les choix du visiteur dans le gestionnaire de consentement Axeptio (finalités et partenaires acceptés).' },
    ],
  },
  {
    vendor: 'Didomi',
    source: 'https://developers.didomi.io/',
    cookies: [
      { name: 'didomi_token', match: 'exact', category: 'strictement-necessaire', lifetime: null, purpose: 'Conserve les choix du visiteur dans le gestionnaire de consentement Didomi.' },
    ],
  },
  {
    vendor: 'Gestionnaire de consentement (cadre IAB TCF)',
    source: 'https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework',
    cookies: [
      { name: 'euconsent-v2', match: 'exact', category: 'strictement-necessaire', lifetime: null, purpose: "Chaîne de consentement du cadre IAB TCF v2 : choix du visiteur pour chaque finalité et chaque partenaire publicitaire." },
    ],
  },
  {
    vendor: 'Cloudflare',
    source: 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
    cookies: [
      { name: '__cf_bm', match: 'exact', category: 'securite', lifetime: '30 minutes', purpose: 'Distingue les humains des robots (gestion des robots de Cloudflare).' },
      { name: 'cf_clearance', match: 'exact', category: 'securite', lifetime: 'selon la configuration du site', purpose: 'Prouve que le visiteur a réussi un défi de sécurité de Cloudflare.' },
      { name: '_cfuvid', match: 'exact', category: 'securite', lifetime: 'session', purpose: "Limitation de débit : distingue les visiteurs qui partagent une même adresse IP." },
    ],
  },
  {
    vendor: 'HAProxy (équilibreur de charge)',
    source: 'https://docs.haproxy.org/',
    cookies: [
      { name: 'SERVERID', match: 'exact', category: 'securite', lifetime: 'session', purpose: 'Équilibrage de charge : renvoie le visiteur vers le même serveur pendant sa visite.' },
    ],
  },
  {
    vendor: 'Amazon Web Services (Application Load Balancer)',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
    cookies: [
      { name: 'AWSALB', match: 'prefix', category: 'securite', lifetime: '7 jours', purpose: 'Équilibrage de charge : maintient le visiteur sur le même serveur (AWSALB, AWSALBCORS, AWSALBTG…).' },
    ],
  },
  {
    vendor: 'Amazon Web Services (Classic Load Balancer)',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html',
    cookies: [
      { name: 'AWSELB', match: 'prefix', category: 'securite', lifetime: null, purpose: 'Équilibrage de charge : maintient le visiteur sur le même serveur (AWSELB, AWSELBCORS).' },
    ],
  },
  {
    vendor: 'F5 BIG-IP (équilibreur de charge)',
    source: 'https://my.f5.com/manage/s/article/K6917',
    cookies: [
      { name: 'BIGipServer', match: 'prefix', category: 'securite', lifetime: 'session par défaut', purpose: "Équilibrage de charge : renvoie le visiteur vers le même serveur ; sa valeur peut révéler l'adresse interne du serveur." },
    ],
  },
  {
    vendor: 'F5 (pare-feu applicatif BIG-IP ASM / Advanced WAF)',
    source: 'https://support.f5silverline.com/hc/en-us/articles/360052537934-Q-A-What-cookies-are-leveraged-in-Silverline-WAF-',
    cookies: [
      { name: 'TS01', match: 'prefix', category: 'securite', lifetime: 'session', purpose: "Pare-feu applicatif : vérifie que les cookies du site n'ont pas été modifiés et suit la session." },
    ],
  },
  {
    vendor: 'Serveur d’application Java (Jakarta Servlet)',
    source: 'https://jakarta.ee/specifications/servlet/',
    cookies: [
      { name: 'JSESSIONID', match: 'exact', category: 'fonctionnel', lifetime: 'session', purpose: "Identifiant de session de l'application web, pour reconnaître le visiteur d'une page à l'autre." },
    ],
  },
  {
    vendor: 'PHP',
    source: 'https://www.php.net/manual/fr/session.configuration.php',
    cookies: [
      { name: 'PHPSESSID', match: 'exact', category: 'fonctionnel', lifetime: 'session', purpose: "Identifiant de session de l'application web, pour reconnaître le visiteur d'une page à l'autre." },
    ],
  },
];
