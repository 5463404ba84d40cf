import browser from 'webextension-polyfill';

/** The host permissions the user grants (optional in Chrome, revocable in Firefox). */
export const permissions = {
  hasHost(host: string): Promise<boolean> {
    return browser.permissions.contains({ origins: [`*://${host}/*`] });
  },

  /** Asks for every host; called inside the click itself, as Firefox grants permissions only there. */
  requestAllHosts(): Promise<boolean> {
    return browser.permissions.request({ origins: ['<all_urls>'] });
  },
};

export type PermissionsApi = typeof permissions;
