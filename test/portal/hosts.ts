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
] as const;

/** Hosts that embed into portals (map tiles, video player) and set third-party cookies. Not portals. */
export const thirdPartyHosts = ['tuiles.carto-tiers.fr', 'video.lecteur-tiers.com'] as const;

/**
 * `data.*` sites that are not Opendatasoft portals (one like udata, one like CKAN, one like Socrata), and one
 * hostile `data.*` page that looks like Opendatasoft but points its charter at the local network (other-sites.ts).
 */
export const otherDataHosts = ['data.metropole-udata.fr', 'data.comte-ckan.org', 'data.cityofexample.us', 'data.piege-exemple.fr'] as const;

/**
 * Local-network names the hostile page points its charter at. Mapped here so that any request to them would reach
 * the local portal and be logged (the tests prove there is none); nothing is ever sent to a real private address.
 */
export const localNetworkHosts = ['wiki.mairie.internal'] as const;

export type PortalHost = (typeof portalHosts)[number];
export type ThirdPartyHost = (typeof thirdPartyHosts)[number];
export type OtherDataHost = (typeof otherDataHosts)[number];
export type MappedHost = PortalHost | ThirdPartyHost | OtherDataHost | (typeof localNetworkHosts)[number];

export const mappedHosts: readonly MappedHost[] = [...portalHosts, ...thirdPartyHosts, ...otherDataHosts, ...localNetworkHosts];

export function isMappedHost(host: string): host is MappedHost {
  return (mappedHosts as readonly string[]).includes(host.toLowerCase());
}

export interface PortalPorts {
  httpsPort: number;
  httpPort: number;
}

/**
 * Chromium's `--host-resolver-rules` value. A rule's pattern may name a port ("host:443"), so https://host/
 * reaches the HTTPS server and http://host/ the HTTP one; every other host fails to resolve (no internet here).
 */
export function chromiumHostResolverRules({ httpsPort, httpPort }: PortalPorts): string {
  return mappedHosts
    .flatMap((host) => [`MAP ${host}:443 127.0.0.1:${httpsPort}`, `MAP ${host}:80 127.0.0.1:${httpPort}`])
    .join(', ');
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
