/**
 * Locale helpers shared by the popup and the options page: messages with elements inside,
 * and dates and lifetimes in the language of the messages (not of the browser, which may differ).
 */
import type { ComponentChild } from 'preact';
import { t, uiLocale } from '../src/adapters/i18n.ts';
import type { KeptCookie } from '../src/core/cookies/types.ts';
import { describeLifetime, formatCount, formatDateTime, pluralForm } from '../src/core/words/format.ts';

/** A message whose placeholders may be elements (a link in a sentence), in the order the translation puts them. */
export function tNodes(key: string, substitutions: ComponentChild[]): ComponentChild[] {
  const marker = (index: number) => `\uE000${index}\uE001`;
  const text = t(
    key,
    substitutions.map((value, index) => (typeof value === 'string' ? value : marker(index))),
  );
  return text.split(/\uE000(\d+)\uE001/).map((part, index) => (index % 2 === 1 ? substitutions[Number(part)] : part));
}

export function dateTime(epochMs: number): string {
  return formatDateTime(epochMs, uiLocale());
}

/**
 * Makes the date and number formatters a first screen uses (~1 ms: the browser builds each from its locale data on
 * first use), so that a page can make them while it waits for what it shows rather than while it renders it.
 */
export function prepareFormatters(): void {
  const locale = uiLocale();
  formatDateTime(0, locale);
  formatCount(0, locale);
  pluralForm(0, locale);
}

export function lifetime(cookie: Pick<KeptCookie, 'expiresAt' | 'setAt'>): string {
  return describeLifetime(cookie, uiLocale(), { session: t('lifetimeSession'), expired: t('lifetimeExpired') });
}

/** The text of anything thrown, for a message shown to the user. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
