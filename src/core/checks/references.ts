import type { Say } from '../words/messages.ts';
import type { CnilReference } from './types.ts';

/**
 * The CNIL texts the checks rest on, each at the address where it was read on 2026-11-29 (docs/sources.md); their
 * exact titles, with the date each bears, are in _locales (cnilTitle…). The security page alone could not be read
 * again that day.
 */
const cnilTexts = {
  compliance: {
    titleKey: 'cnilTitleCompliance',
    url: 'https://www.cnil.fr/cookies-et-traceurs-comment-mettre-mon-site-web-en-conformite',
  },
  audienceMeasurement: { titleKey: 'cnilTitleAudienceMeasurement', url: 'https://www.cnil.fr/fr/node/167364' },
  security: {
    titleKey: 'cnilTitleSecurity',
    url: 'https://www.cnil.fr/fr/securiser-vos-sites-web-vos-applications-et-vos-serveurs',
  },
};

export type CnilText = keyof typeof cnilTexts;

/** A CNIL text with its title as `say` words it. */
export function cnilReference(text: CnilText, say: Say): CnilReference {
  const { titleKey, url } = cnilTexts[text];
  return { title: say(titleKey), url };
}
