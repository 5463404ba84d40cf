/**
 * The real hostnames the local portal answers for, and how each browser is told to reach it on loopback.
 * Chromium: `--host-resolver-rules`. Firefox: a PAC script sending these hosts to the local proxy port.
 */

/** Opendatasoft portals served by the local portal (one charter case each). */
export const portalHosts = [
  'data.montreuil.fr',
  'valenciennesmetro.opendatasoft.com',
  'data.orleans-metropole.fr',
  'dreux-agglomeration-centrevaldeloire.opendatasoft.com',
  'exemplaire.opendatasoft.com',
  'refus-ignore.opendatasoft.com',
  'sans-bandeau.opendatasoft.com',
] as const;

/**
 * Portals that fail as real ones sometimes do, for the observatory (sites.ts: failingSites): one answers 500 on
 * every page, one never answers. Not in `mappedHosts`: a portal that answers is what every other test expects.
 */
export const failingPortalHosts = ['erreur-serveur.opendatasoft.com', 'sans-reponse.opendatasoft.com'] as const;

/**
 * A portal served with a certificate for another name, on its own port: a TLS error even where self-signed
 * certificates are accepted (Chromium's --ignore-certificate-errors aside).
 */
export const wrongCertificateHost = 'certificat-invalide.opendatasoft.com';

/** A portal name that resolves nowhere: the observatory records it as a DNS failure. */
export const unresolvedPortalHost = 'introuvable.opendatasoft.com';

/** Hosts that embed into portals (map tiles, video player) and set third-party cookies. Not portals. */
export const thirdPartyHosts = ['tuiles.carto-tiers.fr', 'video.lecteur-tiers.com'] as const;

/**
 * `data.*` sites that are not Opendatasoft portals (one like udata, one like CKAN, one like Socrata), and one
 * hostile `data.*` page that looks like Opendatasoft but points its charter at the local network (other-sites.ts).
 */
export const otherDataHosts = [
  'data.metropole-udata.fr',
  'data.comte-ckan.org',
  'data.cityofexample.us',
  'data.piege-exemple.fr',
] as const;

/**
 * Local-network names the hostile page points its charter at. Mapped here so that any request to them would reach
 * the local portal and be logged (the tests prove there is none); nothing is ever sent to a real private address.
 */
export const localNetworkHosts = ['wiki.mairie.internal'] as const;

export type PortalHost = (typeof portalHosts)[number];
export type ThirdPartyHost = (typeof thirdPartyHosts)[number];
export type OtherDataHost = (typeof otherDataHosts)[number];
export type FailingPortalHost = (typeof failingPortalHosts)[number];
export type MappedHost = PortalHost | ThirdPartyHost | OtherDataHost | (typeof localNetworkHosts)[number];

export const mappedHosts: readonly MappedHost[] = [
  ...portalHosts,
  ...thirdPartyHosts,
  ...otherDataHosts,
  ...localNetworkHosts,
];

/** Every host the local portal answers for (the failing portals included) and its certificate names. */
export const answeredHosts: readonly string[] = [...mappedHosts, ...failingPortalHosts];

export function isAnsweredHost(host: string): boolean {
  return answeredHosts.includes(host.toLowerCase());
}

/**
 * The hosts the observatory's end-to-end test and bench visit on the local portal: every kind of portal, the
 * broken ones, and two `data.*` sites of other platforms.
 */
export const observatoryHosts: readonly string[] = [
  ...portalHosts,
  ...failingPortalHosts,
  wrongCertificateHost,
  unresolvedPortalHost,
  'data.metropole-udata.fr',
  'data.comte-ckan.org',
];

export interface PortalPorts {
  httpsPort: number;
  httpPort: number;
  /** Where the wrong certificate is served (wrongCertificateHost). */
  wrongCertificatePort: number;
}

/**
 * Chromium's `--host-resolver-rules` value. A rule's pattern may name a port ("host:443"), so https://host/
 * reaches the HTTPS server and http://host/ the HTTP one; every other host fails to resolve (no internet here).
 */
export function chromiumHostResolverRules({ httpsPort, httpPort, wrongCertificatePort }: PortalPorts): string {
  return [
    ...answeredHosts.flatMap((host) => [
      `MAP ${host}:443 127.0.0.1:${httpsPort}`,
      `MAP ${host}:80 127.0.0.1:${httpPort}`,
    ]),
    `MAP ${wrongCertificateHost}:443 127.0.0.1:${wrongCertificatePort}`,
  ].join(', ');
}

/** A PAC script sending the mapped hosts (both schemes) to the local proxy, everything else direct. */
export function pacScript(proxyPort: number): string {
  const list = mappedHosts.map((host) => `"${host}"`).join(',');
  return `function FindProxyForURL(url, host) { if ([${list}].indexOf(host) !== -1) return "PROXY 127.0.0.1:${proxyPort}"; return "DIRECT"; }`;
}

/**
 * Firefox preferences that route the mapped hosts to the local portal through its HTTP port, which also acts as
 * a proxy: plain HTTP arrives with an absolute URL, HTTPS as `CONNECT host:443`.
 */
export function firefoxProxyPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:text/plain,${encodeURIComponent(pacScript(proxyPort))}`,
    'network.proxy.allow_hijacking_localhost': true,
    // Never ask the system resolver for these names: the proxy resolves them.
    'network.proxy.socks_remote_dns': true,
  };
}
