/**
 * Charter pages of a given size that stress the parser where it could be slow: every case a hostile or broken
 * page can make of it. Tests read them at a few hundred kilobytes (no throw); the benchmark times them at 5 MB.
 */
const OLDER_HEADER =
  '<tr><th>Nom du prestataire</th><th>Service et emplacement</th><th>Nom du cookie</th><th>Finalités</th></tr>';
const ROW =
  "<tr><td>Opendatasoft</td><td>Authentification</td><td>sessionid</td><td>Se souvenir de l'utilisateur</td></tr>\n";

/** `unit` repeated up to at least `bytes` characters. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

export function largeHostilePages(bytes: number): Record<string, string> {
  return {
    'a charter table of many rows': `<table>${OLDER_HEADER}${repeatTo(ROW, bytes)}</table>`,
    'a header row every other line (text)': repeatTo(
      'Nom du prestataire\tService\tNom du cookie\tFinalités\nO\tS\tc\tF\n',
      bytes,
    ),
    'one row of endless cells': `<table>${OLDER_HEADER}${repeatTo('<td>x', bytes)}`,
    'endless unclosed paragraphs': repeatTo('<p>x', bytes),
    'endless nesting': repeatTo('<div><table><tr><td>', bytes),
    'stray closing tags': `${'<span>'.repeat(900)}${repeatTo('</b></i></td>', bytes)}`,
    'thousands of invented tag names': Array.from({ length: Math.ceil(bytes / 12) }, (_, index) => `<x${index}>t`).join(
      '',
    ),
    'entities everywhere': `<p>${repeatTo('&amp;&eacute;&#233;&#x1F600;', bytes)}`,
    'one line of text without a break': repeatTo('Nom du cookie ', bytes),
    'one huge cookie-name cell': `<table>${OLDER_HEADER}<tr><td>O</td><td>S</td><td>${repeatTo('commençant par ', bytes)}</td><td>F</td></tr></table>`,
    'an unclosed comment': `<!--${repeatTo('<table><tr><td>x</td></tr></table>', bytes)}`,
    'huge spans': repeatTo('<table><tr><td colspan="99999" rowspan="0">x</td></tr></table>', bytes),
  };
}
