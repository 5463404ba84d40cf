import { pluralForm } from './format.ts';

/** The messages of one language, as `_locales/<language>/messages.json` holds them: plain data, the core reads no file. */
export type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A message by its key with its substitutions: the browser's i18n, or the same rules over a locale's messages. */
export type Say = (key: string, substitutions?: string | string[]) => string;

/**
 * A message's words as the browser's `i18n.getMessage` gives them: named `$placeholders$` become their `$1`…`$9`,
 * then those take the substitutions; '' for a key the locale lacks.
 */
export function messageOf(messages: LocaleMessages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withPositions = entry.message.replace(
    /\$([A-Za-z0-9_]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return withPositions.replace(/\$(\d)/g, (_whole, position: string) => values[Number(position) - 1] ?? '');
}

/** Says the messages of one locale; a missing key says itself, so that a gap shows (as the popup's `t` does). */
export function sayIn(messages: LocaleMessages): Say {
  return (key, substitutions) => messageOf(messages, key, substitutions) || key;
}

/** A count in words: `<key>_one` or `<key>_other`, as the French plural rule picks (0 and 1 take the first). */
export const sayCounted = (say: Say, key: string, count: number) => say(`${key}_${pluralForm(count)}`, String(count));
