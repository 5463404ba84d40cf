import type { CnilReference } from './types.ts';

/**
 * The CNIL texts the checks rest on, each with its exact title and the date it bears, at the address where it was
 * read on 2026-11-29 (docs/sources.md). The security page alone could not be read again that day.
 */
export const cnil = {
  compliance: {
    title: 'CNIL — « Cookies et traceurs : comment mettre mon site web en conformité ? » (1er octobre 2020)',
    url: 'https://www.cnil.fr/cookies-et-traceurs-comment-mettre-mon-site-web-en-conformite',
  },
  audienceMeasurement: {
    title: "CNIL — « Cookies : solutions pour les outils de mesure d'audience » (4 juillet 2025)",
    url: 'https://www.cnil.fr/fr/node/167364',
  },
  security: {
    title: 'CNIL — Sécuriser vos sites web, vos applications et vos serveurs',
    url: 'https://www.cnil.fr/fr/securiser-vos-sites-web-vos-applications-et-vos-serveurs',
  },
} satisfies Record<string, CnilReference>;
