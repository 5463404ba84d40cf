import { isPortalByDefault, normalizeHost } from './detect.ts';

/** Hosts the user added as portals, and hosts recognised by default that the user removed. */
export interface PortalSettings {
  addedHosts: string[];
  removedHosts: string[];
  /** Watched hosts showing no sign of Opendatasoft that the user chose to treat as Opendatasoft portals anyway. */
  treatedAsPortalHosts?: string[];
}

export const defaultPortalSettings: PortalSettings = { addedHosts: [], removedHosts: [] };

const hostPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The host the user meant, from a bare host or a pasted URL; null when it is not a host name. */
export function parseHostInput(input: string): string | null {
  const trimmed = input.trim();
  let candidate = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    try {
      candidate = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  }
  const host = normalizeHost(candidate.replace(/[/?#].*$/, ''));
  return hostPattern.test(host) ? host : null;
}

/** Whether the extension watches this host: the user's additions and removals win over the defaults. */
export function isPortalHost(host: string, settings: PortalSettings): boolean {
  const normalized = normalizeHost(host);
  if (settings.removedHosts.includes(normalized)) return false;
  return settings.addedHosts.includes(normalized) || isPortalByDefault(normalized);
}

export function withPortalAdded(settings: PortalSettings, host: string): PortalSettings {
  const removedHosts = settings.removedHosts.filter((removed) => removed !== host);
  const addedHosts =
    isPortalByDefault(host) || settings.addedHosts.includes(host)
      ? settings.addedHosts
      : [...settings.addedHosts, host].sort();
  return { ...settings, addedHosts, removedHosts };
}

export function withPortalRemoved(settings: PortalSettings, host: string): PortalSettings {
  const addedHosts = settings.addedHosts.filter((added) => added !== host);
  const removedHosts =
    isPortalByDefault(host) && !settings.removedHosts.includes(host)
      ? [...settings.removedHosts, host].sort()
      : settings.removedHosts;
  const treatedAsPortalHosts = (settings.treatedAsPortalHosts ?? []).filter((treated) => treated !== host);
  return treatedAsPortalHosts.length > 0
    ? { addedHosts, removedHosts, treatedAsPortalHosts }
    : { addedHosts, removedHosts };
}

/** The user chose to treat a watched host without signs of Opendatasoft as an Opendatasoft portal. */
export function withHostTreatedAsPortal(settings: PortalSettings, host: string): PortalSettings {
  const treated = settings.treatedAsPortalHosts ?? [];
  return treated.includes(host) ? settings : { ...settings, treatedAsPortalHosts: [...treated, host].sort() };
}
