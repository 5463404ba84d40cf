import knownPortals from './known-portal-hosts.json';
import type { PortalSettings } from './settings.ts';

const knownPortalHosts = new Set(knownPortals.hosts);

/** Opendatasoft's own sites: they live under the portal domains but are not portals. */
const vendorSites = new Set([
  'opendatasoft.com',
  'www.opendatasoft.com',
  'help.opendatasoft.com',
  'userguide.opendatasoft.com',
  'academy.opendatasoft.com',
  'codelibrary.opendatasoft.com',
  'status.opendatasoft.com',
  'legal.opendatasoft.com',
  'huwise.com',
  'www.huwise.com',
  'help.huwise.com',
  'legal.huwise.com',
  'status.huwise.com',
]);

/** Lower-case, without a trailing dot: the form every host is compared in. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** A host as Opendatasoft names it (the built-in list and the naming rules), before the user's own choices. */
export function isPortalByDefault(host: string): boolean {
  const normalized = normalizeHost(host);
  if (vendorSites.has(normalized)) return false;
  return (
    normalized.endsWith('.opendatasoft.com') ||
    normalized.endsWith('.huwise.com') ||
    (normalized.startsWith('data.') && normalized.length > 'data.'.length) ||
    knownPortalHosts.has(normalized)
  );
}

/** Whether the extension watches this host: the user's additions and removals win over the defaults. */
export function isPortalHost(host: string, settings: PortalSettings): boolean {
  const normalized = normalizeHost(host);
  if (settings.removedHosts.includes(normalized)) return false;
  return settings.addedHosts.includes(normalized) || isPortalByDefault(normalized);
}

/** The host of a web page URL, or null for anything that is not http(s) (new tab, extension pages, files). */
export function webHostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? normalizeHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}
