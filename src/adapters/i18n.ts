import browser from 'webextension-polyfill';

/** A message of _locales in the browser's language (French by default), or the key itself when missing so a gap is visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
