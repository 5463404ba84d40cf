import knownPortals from './known-portal-hosts.json';

// Built at the first question: a page that never asks it (the popup) leaves the list out of its bundle.
let knownPortalHosts: Set<string> | undefined;

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

/** A host known to run Opendatasoft: the shipped list of known portals, or a portal name on Opendatasoft's domains. */
export function isKnownOpendatasoftHost(host: string): boolean {
  const normalized = normalizeHost(host);
  if (vendorSites.has(normalized)) return false;
  return (
    normalized.endsWith('.opendatasoft.com') ||
    normalized.endsWith('.huwise.com') ||
    (knownPortalHosts ??= new Set(knownPortals.hosts)).has(normalized)
  );
}

/**
 * A host the extension watches by default: the known Opendatasoft hosts, and `data.*` sites, which may be
 * Opendatasoft portals or not (platform.ts tells them apart from what the browser shows).
 */
export function isPortalByDefault(host: string): boolean {
  const normalized = normalizeHost(host);
  if (vendorSites.has(normalized)) return false;
  return isKnownOpendatasoftHost(normalized) || (normalized.startsWith('data.') && normalized.length > 'data.'.length);
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
