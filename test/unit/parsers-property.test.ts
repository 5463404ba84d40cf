// @vitest-environment node
/**
 * Property tests: the parsers that read what pages send (charter pages, Set-Cookie headers, charter durations)
 * never throw, whatever the input, and what they return is well formed. Their time is measured by the benchmark
 * (`npm run bench`), not here; `largeHostilePages` below builds the 5 MB inputs it can reuse.
 */
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { runHtmlParser } from '../../src/core/charter/html-parse.ts';
import { parseCharter, readCharter } from '../../src/core/charter/parse.ts';
import { cleanCellText, collapseWhitespace } from '../../src/core/charter/normalize.ts';
import { parseSetCookie, splitSetCookieHeaders } from '../../src/core/cookies/set-cookie.ts';
import { parseDeclaredDuration } from '../../src/core/duration/parse-declared-duration.ts';
import { largeHostilePages } from '../support/hostile-pages.ts';

/** Pieces that HTML charter pages are made of, and broken forms of them: arbitrary strings rarely form tags. */
const htmlPiece = fc.oneof(
  fc.constantFrom(
    '<table>',
    '</table>',
    '<tr>',
    '</tr>',
    '<td>',
    '</td>',
    '<th>',
    '</th>',
    '<td colspan="3">',
    '<td rowspan="0">',
    '<td rowspan="-1">',
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<b>',
    '</b>',
    '<strong>',
    '<br>',
    '</br>',
    '<h2>',
    '</h2>',
    '<caption>',
    '<svg><path/>',
    '</svg>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '&amp;',
    '&eacute;',
    '&#0;',
    '&#x110000;',
    '&',
    '<',
    '>',
    '"',
    "'",
    '\t',
    '\n',
    '|',
    'Nom du cookie',
    'Nom du prestataire',
    'Finalités',
    'Durée',
    'Cookie name',
    'Zweck',
    'sessionid',
    '_ga_*',
    'Tout cookie commençant par _pk_',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const htmlLike = fc.array(htmlPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));
/** Tab- and pipe-separated lines, as a charter copied from a browser. */
const textLike = fc
  .array(
    fc.array(fc.oneof(fc.string(), fc.constantFrom('Nom du cookie', 'Finalité', 'Prestataire', '_ga', '')), {
      maxLength: 6,
    }),
    { maxLength: 20 },
  )
  .map((rows) => rows.map((cells, index) => cells.join(index % 2 === 0 ? '\t' : ' | ')).join('\n'));

const runs = { numRuns: 300 };

describe('the charter parser on any input', () => {
  it('never throws, and every declared cookie has a name fit for a cookie', () => {
    fc.assert(
      fc.property(fc.oneof(htmlLike, textLike, fc.string({ unit: 'binary' })), (page) => {
        const reading = readCharter(page);
        for (const cookie of reading.declared) {
          expect(cookie.name).not.toBe('');
          expect(cookie.name).not.toMatch(/[\s;=,\u0000-\u001f\u007f]/);
          expect(['exact', 'prefix']).toContain(cookie.match);
        }
        expect(reading.tables).toBeGreaterThanOrEqual(0);
        expect(reading.headerFound || reading.columnsGuessed || reading.declared.length === 0).toBe(true);
      }),
      runs,
    );
  });

  it('reads a hidden table however much garbage surrounds it', () => {
    const table =
      '<table><tr><th>Nom du cookie</th><th>Prestataire</th><th>Finalité</th></tr><tr><td>sessionid</td><td>O</td><td>F</td></tr></table>';
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        // Garbage may open a comment or a script that swallows the table: only well-closed garbage is fair.
        const safe = (text: string) => text.replace(/[<&]/g, ' ');
        expect(parseCharter(`${safe(before)}${table}${safe(after)}`).map(({ name }) => name)).toEqual(['sessionid']);
      }),
      runs,
    );
  });

  it('cleans cells as the line-by-line definition does', () => {
    // The definition the fast version replaces: collapse each line, drop the empty ones.
    const byLines = (text: string) =>
      text
        .split('\n')
        .map(collapseWhitespace)
        .filter((line) => line !== '')
        .join('\n');
    const cellText = fc
      .array(fc.constantFrom('a', 'é', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', 'x y'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(cellText, fc.string()), (text) => {
        expect(cleanCellText(text)).toBe(byLines(text));
      }),
      { numRuns: 1000 },
    );
  });

  it.each(Object.entries(largeHostilePages(256 * 1024)))('survives a large hostile page: %s', (_name, page) => {
    expect(() => parseCharter(page)).not.toThrow();
  });
});

const receivedAt = Date.UTC(2026, 10, 23, 12);
const hosts = [
  'data.montreuil.fr',
  'montreuil.fr',
  '127.0.0.1',
  '[::1]',
  'localhost',
  'xn--bcher-kva.example',
  'tuiles.carto-tiers.fr',
];
const attribute = fc.oneof(
  fc.constantFrom(
    'Secure',
    'HttpOnly',
    'Partitioned',
    'SameSite=None',
    'SameSite=lax',
    'SameSite=bogus',
    'Path=/',
    'Path=relative',
    'Max-Age=0',
    'Max-Age=-1',
    'Max-Age=99999999999999999999',
  ),
  fc.constantFrom(
    'Domain=.montreuil.fr',
    'Domain=montreuil.fr.',
    'Domain=fr',
    'Domain=bücher.example',
    'Domain=0.0.1',
    'Domain=127.0.0.1',
    'Domain=',
    'Domain=..x',
  ),
  fc.string().map((text) => `Expires=${text}`),
  fc.string().map((text) => `Domain=${text}`),
  fc.string(),
);
/** A value no name or attribute can contain: if it shows up in what the parser returns, the value leaked. */
const SECRET = 'Zq9-SECRET-VALUE-kX2';

describe('the Set-Cookie parser on any header', () => {
  it('never throws, never keeps the value, and keeps only what a browser could store', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.array(attribute, { maxLength: 8 }),
        fc.constantFrom(...hosts),
        (name, attributes, host) => {
          const header = [`${name}=${SECRET}`, ...attributes].join('; ');
          const effect = parseSetCookie(header, {
            url: `https://${host}/a/b`,
            topLevelUrl: 'https://data.montreuil.fr/',
            receivedAt,
          });
          expect(JSON.stringify(effect)).not.toContain(SECRET);
          if (!effect) return;
          const { observation } = effect;
          expect(observation.name).not.toMatch(/[;=\u0000-\u0008\u000a-\u001f\u007f]/);
          expect(observation.domain).toBe(observation.domain.toLowerCase());
          expect(observation.domain.startsWith('.') || observation.domain.endsWith('.')).toBe(false);
          expect(observation.path.startsWith('/')).toBe(true);
          if (observation.expiresAt !== null)
            expect(observation.expiresAt).toBeLessThanOrEqual(receivedAt + 400 * 86_400_000);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on any header lines, in either browser form', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (values) => {
        for (const line of splitSetCookieHeaders(values)) {
          expect(() =>
            parseSetCookie(line, {
              url: 'https://data.montreuil.fr/',
              topLevelUrl: 'https://data.montreuil.fr/',
              receivedAt,
            }),
          ).not.toThrow();
        }
      }),
      runs,
    );
  });
});

describe('the charter duration parser on any text', () => {
  const durationText = fc
    .array(
      fc.constantFrom(
        '13',
        'mois',
        'jusqu’à',
        "jusqu'à",
        '2',
        'semaines',
        'par défaut',
        'session',
        'weeks',
        'an',
        '1,5',
        '-3',
        'douze',
        ' ',
        '/',
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(' '));

  it('never throws, and a duration it reads is a positive number of milliseconds', () => {
    fc.assert(
      fc.property(fc.oneof(durationText, fc.string({ unit: 'binary' })), (text) => {
        const duration = parseDeclaredDuration(text);
        if (duration?.kind === 'duration') expect(duration.maxMs).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the HTML reader against htmlparser2’s own Parser', () => {
  /** Tags whose handling is the same in both; the Parser's special cases (nested forms, <image>, SVG's camelCase names) are left out. */
  const piece = fc.oneof(
    fc.constantFrom(
      '<table>',
      '</table>',
      '<tr>',
      '</tr>',
      '<td>',
      '</td>',
      '<th>',
      '<thead>',
      '<tbody>',
      '</tbody>',
      '<tfoot>',
      '<caption>',
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<b>',
      '</b>',
      '<br>',
      '</br>',
      '<br/>',
      '<img src="x">',
      '<h2>',
      '</h2>',
      '<h3>',
      '<li>',
      '<ul>',
      '</ul>',
      '<a href="/x?a=1&amp;b=2">',
      '</a>',
      '<TD ROWSPAN=2>',
      '</TR>',
      '<select>',
      '<option>',
      '<input>',
      '<dd>',
      '<dt>',
      '<span>',
      '</span>',
      '<svg>',
      '<path/>',
      '</svg>',
      '<script>x<y</script>',
      '<style>a{}</style>',
      '<!-- c -->',
      '&eacute;',
      'text',
      ' ',
    ),
    fc.string({ maxLength: 5 }),
  );
  type Event = [string, string, string?];

  /** Ours gives attributes as a Map, htmlparser2's Parser as an object: both are compared as entries. */
  type Attributes = ReadonlyMap<string, string> | Record<string, string>;
  const entriesOf = (attributes: Attributes) =>
    attributes instanceof Map ? [...attributes] : Object.entries(attributes);

  function eventsOf(
    run: (events: {
      onopentag(name: string, attributes: Attributes): void;
      onclosetag(name: string): void;
      ontext(text: string): void;
    }) => void,
  ): Event[] {
    const events: Event[] = [];
    run({
      onopentag: (name, attributes) => events.push(['open', name, JSON.stringify(entriesOf(attributes))]),
      onclosetag: (name) => events.push(['close', name]),
      ontext: (text) => {
        const last = events.at(-1);
        // Both split text differently around entities: compare it joined.
        if (last?.[0] === 'text') last[1] += text;
        else events.push(['text', text]);
      },
    });
    return events;
  }

  it('opens, closes and reads text exactly as the Parser does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        const ours = eventsOf((events) => runHtmlParser(html, events));
        const theirs = eventsOf((events) => new Parser(events, { decodeEntities: true }).end(html));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 500 },
    );
  });
});
