import browser from 'webextension-polyfill';
import { formatCount, pluralForm } from '../core/words/format.ts';

/** A message of _locales in the browser's language (French by default), or the key itself when missing so a gap is visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

let locale: string | undefined;

/** The locale the messages are written in ("fr-FR", "en-GB"), from the messages themselves; read once per page. */
export function uiLocale(): string {
  if (locale === undefined) {
    const written = t('uiLocale');
    locale = written === 'uiLocale' ? 'fr-FR' : written;
  }
  return locale;
}

/** A message with a count, from the pair `<key>_one` / `<key>_other`; the count is its first placeholder. */
export function tn(key: string, count: number, ...more: string[]): string {
  const locale = uiLocale();
  return t(`${key}_${pluralForm(count, locale)}`, [formatCount(count, locale), ...more]);
}
