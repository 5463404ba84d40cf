import type { CnilReference } from './types.ts';

/** The CNIL pages the checks rest on (addresses as published on cnil.fr, read in November 2026). */
export const cnil = {
  law: {
    title: 'CNIL — Cookies et autres traceurs : que dit la loi ?',
    url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/que-dit-la-loi',
  },
  guidelines: {
    title: 'CNIL — Lignes directrices et recommandation « cookies et autres traceurs » du 17 septembre 2020',
    url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/lignes-directrices-modificatives-et-recommandation',
  },
  compliance: {
    title: 'CNIL — Cookies et traceurs : comment mettre mon site web en conformité ?',
    url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/comment-mettre-mon-site-web-en-conformite',
  },
  audienceMeasurement: {
    title: "CNIL — Cookies : solutions pour les outils de mesure d'audience",
    url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience',
  },
  security: {
    title: 'CNIL — Sécuriser vos sites web, vos applications et vos serveurs',
    url: 'https://www.cnil.fr/fr/securiser-vos-sites-web-vos-applications-et-vos-serveurs',
  },
} satisfies Record<string, CnilReference>;
