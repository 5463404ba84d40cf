// Convention: every sentence a user reads is worded once, in _locales, and the code says it by its key. A French
// sentence written in a string of the code (extension, command line, exports) fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFilesUnder } from '../support/import-graph.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where French in the code is data, not wording: what the charter reader looks for in French pages (column and
 * section titles, the words of durations), the standard charters as Opendatasoft publishes them, and the knowledge
 * base (vendors' purposes, organisations' names), each fact with its source, shown as it is.
 */
const FRENCH_DATA = [
  'src/core/charter/',
  'src/core/duration/',
  'src/core/knowledge/project/',
  'src/core/knowledge/organisations.ts',
  'src/core/checks/section-category.ts',
];

/** The export's status values: the JSON schema lists them (evidence.schema.json), so they are values, not wording. */
const schemaStatuses = (): string[] => {
  const schema = JSON.parse(readFileSync(join(root, 'src/core/export/evidence.schema.json'), 'utf8')) as unknown;
  const found: string[][] = [];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const members = node as Record<string, unknown>;
    const status = members.status as { enum?: string[] } | undefined;
    if (status?.enum) found.push(status.enum);
    Object.values(members).forEach(visit);
  };
  visit(schema);
  return found.flat();
};

const FRENCH_LETTERS = /[àâæçéèêëîïôœûùüÿÀÂÆÇÉÈÊËÎÏÔŒÛÙÜŸ«»]/;
/** Words only French uses, between spaces or punctuation: with another word beside them, a French sentence. */
const FRENCH_WORDS =
  /(?:^|[\s(])(?:le|la|les|des|du|une|est|sont|pas|aucun|aucune|avec|dans|pour|sur|depuis|cette|ces|qui|que|et|ou|au|aux|n'est|d'un|d'une|vos|votre|vous)(?=[\s,.;:!?)]|$)/i;

/** The string literals of a source (a template's static parts), comments left out, with their line. */
export function stringsOf(source: string): { text: string; line: number }[] {
  const tokens = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.|\$\{[^}]*\})*`/g;
  return [...source.matchAll(tokens)]
    .filter(([token]) => !token.startsWith('/'))
    .map((match) => ({
      text: match[0].slice(1, -1).replace(/\$\{[^}]*\}/g, ' '),
      line: source.slice(0, match.index).split('\n').length,
    }));
}

export function looksFrench(text: string): boolean {
  return FRENCH_LETTERS.test(text) || (/\S\s+\S/.test(text) && FRENCH_WORDS.test(text));
}

describe('words in _locales, not in the code', () => {
  it('tells French wording from the rest', () => {
    const source = [
      'const a = `La charte annonce « ${wording} »`;',
      '// Lue le 29/11/2026: a comment says what it likes',
      "const b = 'aucun écart';",
      "const c = 'pas de charte';",
      "const d = 'cookies_preferences';",
      "const e = 'Set-Cookie header without a cookie';",
      "const f = '_pk_id.1.a1b2';",
    ].join('\n');
    expect(
      stringsOf(source)
        .filter(({ text }) => looksFrench(text))
        .map(({ line }) => line),
    ).toEqual([1, 3, 4]);
  });

  it('has no French sentence in the code of the extension, the command line, the exports or the observatory', () => {
    const files = sourceFilesUnder(root, ['src', 'popup', 'options', 'ui']).filter(
      (file) => !FRENCH_DATA.some((folder) => file.startsWith(folder)),
    );
    expect(files.length).toBeGreaterThan(120);
    const values = new Set(schemaStatuses());
    expect(values.size).toBe(3);
    const wording = files.flatMap((file) =>
      stringsOf(readFileSync(join(root, file), 'utf8'))
        .filter(({ text }) => looksFrench(text) && !values.has(text))
        .map(({ text, line }) => `${file}:${line}: ${text}`),
    );
    expect(wording).toEqual([]);
  });
});
