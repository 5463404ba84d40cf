import english from '../../_locales/en/messages.json';
import french from '../../_locales/fr/messages.json';
import { sayIn, type LocaleMessages } from '../core/words/messages.ts';

/** The extension's own messages (_locales), bundled into the command, so that it words what the popup words, the same way. */
export const frenchMessages: LocaleMessages = french;
export const englishMessages: LocaleMessages = english;
export const sayInFrench = sayIn(frenchMessages);
export const sayInEnglish = sayIn(englishMessages);

/** A message in French, then in English, as the command says what is not a report: "… / …". */
export const sayInBoth = (key: string, substitutions?: string | string[]) =>
  `${sayInFrench(key, substitutions)} / ${sayInEnglish(key, substitutions)}`;

/** A message in both languages about one thing (a file, an option…): "… / … : thing". */
export const sayInBothAbout = (key: string, subject: string) => `${sayInBoth(key)} : ${subject}`;
