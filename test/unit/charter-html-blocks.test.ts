// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/core/charter/html-blocks.ts';
import { parseCharter } from '../../src/core/charter/parse.ts';

const rowsOf = (html: string) => htmlToBlocks(html).flatMap((block) => (block.kind === 'row' ? [block.cells] : []));

describe('htmlToBlocks tables', () => {
  it('repeats a rowspan cell in the rows it spans', () => {
    const html = `<table>
      <tr><td rowspan="3">Opendatasoft</td><td>sessionid</td><td>a</td></tr>
      <tr><td>csrftoken</td><td>b</td></tr>
      <tr><td>django_language</td><td>c</td></tr>
      <tr><td>Matomo</td><td>_pk_id</td><td>d</td></tr>
    </table>`;
    expect(rowsOf(html)).toEqual([
      ['Opendatasoft', 'sessionid', 'a'],
      ['Opendatasoft', 'csrftoken', 'b'],
      ['Opendatasoft', 'django_language', 'c'],
      ['Matomo', '_pk_id', 'd'],
    ]);
  });

  it('places a rowspan cell of a middle or last column', () => {
    const html = `<table>
      <tr><td>a</td><td rowspan="2">shared</td><td>1</td><td rowspan="2">end</td></tr>
      <tr><td>b</td><td>2</td></tr>
    </table>`;
    expect(rowsOf(html)).toEqual([
      ['a', 'shared', '1', 'end'],
      ['b', 'shared', '2', 'end'],
    ]);
  });

  it('fills every column a colspan cell covers', () => {
    expect(rowsOf('<table><tr><td>a</td><td colspan="2">merged</td><td>d</td></tr></table>')).toEqual([
      ['a', 'merged', 'merged', 'd'],
    ]);
  });

  it('keeps empty cells as empty strings, in place', () => {
    expect(rowsOf('<table><tr><td>a</td><td></td><td>&nbsp;</td><td>d</td></tr></table>')).toEqual([
      ['a', '', '', 'd'],
    ]);
  });

  it('keeps the rows of a nested table out of the outer row', () => {
    const html = `<table><tr>
      <td>outer 1</td>
      <td><table><tr><td>inner a</td><td>inner b</td></tr></table></td>
      <td>outer 3</td>
    </tr></table>`;
    expect(rowsOf(html)).toEqual([
      ['inner a', 'inner b'],
      ['outer 1', '', 'outer 3'],
    ]);
  });

  it('gives each table its own id, also to a nested one', () => {
    const tables = htmlToBlocks(
      '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table><table><tr><td>y</td></tr></table>',
    ).flatMap((block) => (block.kind === 'row' ? [block.table] : []));
    expect(new Set(tables).size).toBe(3);
  });

  it('reads rows whose tags are left unclosed', () => {
    expect(rowsOf('<table><tr><td>a<td>b<tr><td>c<td>d</table>')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('splits a cell on <br> and paragraphs, collapses whitespace, decodes entities', () => {
    expect(
      rowsOf(
        '<table><tr><td>_ga<br/>_gid<p>_gat</p></td><td>  Se\n  souvenir &agrave;&#160;vie &amp; plus </td></tr></table>',
      ),
    ).toEqual([['_ga\n_gid\n_gat', 'Se souvenir à vie & plus']]);
  });

  it('ignores text of scripts and styles', () => {
    expect(
      rowsOf('<table><tr><td>a<script>var b = "<td>x</td>";</script><style>td{}</style></td></tr></table>'),
    ).toEqual([['a']]);
  });
});

describe('htmlToBlocks headings', () => {
  const headingsOf = (html: string) =>
    htmlToBlocks(html).flatMap((block) => (block.kind === 'heading' ? [block.text] : []));

  it('reads h1–h6, captions, bold-only paragraphs and divs', () => {
    const html = `<h1>Un</h1><h4> Deux&nbsp; </h4><table><caption>Trois</caption></table>
      <p><strong>Quatre</strong></p><div><b>Cinq</b> <b><span>six</span></b></div><p>Sept <b>huit</b></p>
      <div><p>Neuf</p></div><div><p><b>Dix</b></p></div><div><b>Onze</b><p>douze</p></div><p><b>Treize</b><br><b>quatorze</b></p>`;
    expect(headingsOf(html)).toEqual(['Un', 'Deux', 'Trois', 'Quatre', 'Cinq six', 'Dix', 'Treize quatorze']);
  });
});

describe('parseCharter on awkward tables', () => {
  const header =
    '<tr><th>Nom du prestataire</th><th>Service et emplacement</th><th>Nom du cookie</th><th>Finalités</th></tr>';

  it('gives null for empty cells and skips rows without a cookie name', () => {
    const html = `<table>${header}
      <tr><td></td><td>Authentification</td><td>sessionid</td><td></td></tr>
      <tr><td>Opendatasoft</td><td>Langue</td><td> </td><td>Se souvenir de la langue</td></tr>
      <tr><td>Opendatasoft</td></tr>
    </table>`;
    expect(parseCharter(html)).toEqual([
      {
        name: 'sessionid',
        match: 'exact',
        provider: null,
        service: 'Authentification',
        purpose: null,
        duration: null,
        category: null,
      },
    ]);
  });

  it('applies a provider spanning several rows to each of them', () => {
    const html = `<table>${header}
      <tr><td rowspan="2">Opendatasoft</td><td>Authentification</td><td>sessionid</td><td>Session</td></tr>
      <tr><td>API</td><td>csrftoken</td><td>CSRF</td></tr>
    </table>`;
    expect(parseCharter(html).map(({ name, provider }) => ({ name, provider }))).toEqual([
      { name: 'sessionid', provider: 'Opendatasoft' },
      { name: 'csrftoken', provider: 'Opendatasoft' },
    ]);
  });

  it('does not read rows of another table with the header of the cookie table', () => {
    const html = `<table>${header}<tr><td>O</td><td>S</td><td>sessionid</td><td>F</td></tr></table>
      <table><tr><td>Jeu de données</td><td>Producteur</td><td>arbres</td><td>2025</td></tr></table>`;
    expect(parseCharter(html).map(({ name }) => name)).toEqual(['sessionid']);
  });

  it('keeps a purpose written over several lines as one sentence', () => {
    const html = `<table>${header}<tr><td>O</td><td>S</td><td>sessionid</td><td>Se souvenir<br>de l'utilisateur</td></tr></table>`;
    expect(parseCharter(html)[0]?.purpose).toBe("Se souvenir de l'utilisateur");
  });
});
