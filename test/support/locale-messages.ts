import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sayIn, type LocaleMessages } from '../../src/core/words/messages.ts';

// A path, not new URL(…, import.meta.url): Vite rewrites the latter to an http URL under jsdom.
const localeFile = (language: string) =>
  join(dirname(fileURLToPath(import.meta.url)), `../../_locales/${language}/messages.json`);

/** The shipped _locales, as the browser and the command line read them. */
export const frenchMessages = JSON.parse(readFileSync(localeFile('fr'), 'utf8')) as LocaleMessages;
export const englishMessages = JSON.parse(readFileSync(localeFile('en'), 'utf8')) as LocaleMessages;

/** The French messages said, as the background and the exports say them to word findings and files. */
export const sayInFrench = sayIn(frenchMessages);
