// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';
import { textToBlocks } from '../../src/core/charter/text-blocks.ts';

describe('textToBlocks', () => {
  it('reads tab-separated rows, headings, and skips blank and rule lines', () => {
    const text = '\n\nCookies tiers\r\n\na\tb\n----\t----\n\n\nc\t\td\n';
    expect(textToBlocks(text)).toEqual([
      { kind: 'heading', text: 'Cookies tiers' },
      { kind: 'row', table: 0, cells: ['a', 'b'] },
      { kind: 'row', table: 0, cells: ['c', '', 'd'] },
    ]);
  });

  it('reads markdown rows and headings, with <br> inside cells', () => {
    const text =
      '## Cookies de mesure d’audience\n| Nom du cookie | Durée |\n|---|:---:|\n| _pk_id<br>_pk_ses | 13 mois |';
    expect(textToBlocks(text)).toEqual([
      { kind: 'heading', text: 'Cookies de mesure d’audience' },
      { kind: 'row', table: 0, cells: ['Nom du cookie', 'Durée'] },
      { kind: 'row', table: 0, cells: ['_pk_id\n_pk_ses', '13 mois'] },
    ]);
  });

  it('reads a pipe escaped inside a markdown cell as a pipe, as GFM writes it', () => {
    expect(textToBlocks('| Opendatasoft \\| Huwise | a\\|b |')).toEqual([
      { kind: 'row', table: 0, cells: ['Opendatasoft | Huwise', 'a|b'] },
    ]);
  });
});

describe('parseCharter on text', () => {
  it('reads a markdown charter of the newer template', () => {
    const text = `# Politique de cookies

## Cookies tiers

| Nom du fournisseur | Nom du cookie | Durée | Fonction |
| --- | --- | --- | --- |
| Hotjar | \`_hjSessionUser_*\`; \`_hjid\` | 12 mois | Analyser le parcours |`;
    expect(parseCharter(text)).toEqual([
      {
        name: '_hjSessionUser_',
        match: 'prefix',
        provider: 'Hotjar',
        service: null,
        purpose: 'Analyser le parcours',
        duration: '12 mois',
        category: 'Cookies tiers',
      },
      {
        name: '_hjid',
        match: 'exact',
        provider: 'Hotjar',
        service: null,
        purpose: 'Analyser le parcours',
        duration: '12 mois',
        category: 'Cookies tiers',
      },
    ]);
  });

  it('lets a heading between rows change the category of the rows below', () => {
    const text =
      'Nom du fournisseur\tNom du cookie\tDurée\tFonction\nCookies nécessaires\nO\tsessionid\tSession\tA\nCookies tiers\nH\t_hjid\t1 an\tB';
    expect(parseCharter(text).map(({ name, category }) => ({ name, category }))).toEqual([
      { name: 'sessionid', category: 'Cookies nécessaires' },
      { name: '_hjid', category: 'Cookies tiers' },
    ]);
  });

  it('does not take a long line of prose as a category', () => {
    const prose = `Les cookies ${'très '.repeat(40)}utiles sont décrits ci-dessous.`;
    const text = `Cookies fonctionnels\n${prose}\nNom du fournisseur\tNom du cookie\tDurée\tFonction\nO\tsessionid\tSession\tA`;
    expect(parseCharter(text)[0]?.category).toBe('Cookies fonctionnels');
  });
});
