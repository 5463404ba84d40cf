/** The local Opendatasoft-like test portal: used by the end-to-end tests and by `npm start`. */
export { startPortal, type Portal, type PortalOptions, type PortalRequest } from './server.ts';
export { firefoxCertOverride } from './certificate.ts';
export {
  chromiumHostResolverRules,
  firefoxProxyPrefs,
  localNetworkHosts,
  mappedHosts,
  otherDataHosts,
  pacScript,
  portalHosts,
  thirdPartyHosts,
  type MappedHost,
  type PortalHost,
} from './hosts.ts';
export { sites, siteFor, type PortalSite } from './sites.ts';
export { hostileRedirectTarget, otherSites, type OtherSite } from './other-sites.ts';
