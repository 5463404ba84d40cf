/** The local Opendatasoft-like test portal: used by the end-to-end tests and by `npm start`. */
export { startPortal, type Portal, type PortalOptions, type PortalRequest } from './server.ts';
export { firefoxCertOverride } from './certificate.ts';
export {
  chromiumHostResolverRules,
  firefoxProxyPrefs,
  localNetworkHosts,
  mappedHosts,
  observatoryHosts,
  otherDataHosts,
  pacScript,
  portalHosts,
  thirdPartyHosts,
  unresolvedPortalHost,
  wrongCertificateHost,
  type MappedHost,
  type PortalHost,
} from './hosts.ts';
export { failingSites, sites, siteFor, type FailingSite, type PortalSite } from './sites.ts';
export { hostileRedirectTarget, otherSites, type OtherSite } from './other-sites.ts';
