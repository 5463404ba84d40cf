import english from '../../_locales/en/messages.json';
import french from '../../_locales/fr/messages.json';
import type { LocaleMessages } from '../core/words/messages.ts';

/** The extension's own messages (_locales), bundled into the command, so that it words what the popup words, the same way. */
export const frenchMessages: LocaleMessages = french;
export const englishMessages: LocaleMessages = english;
