import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvHeaders, csvText, evidenceToCsv } from '../../src/core/export/csv.ts';
import { buildEvidence } from '../../src/core/export/evidence.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import { parseCsv } from '../support/csv.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { AUDIT_START, declaredLine, evidenceInput } from '../support/evidence-input.ts';
import { sayInFrench } from '../support/locale-messages.ts';

/**
 * What a field reads as: its invisible and control characters made visible (line breaks and tabs kept), then
 * defused, a leading "'" before what a spreadsheet would run as a formula.
 */
const defused = (value: string) => {
  const visible = visibleText(value, { keepLineBreaks: true });
  return /^[=+\-@\t\r]/.test(visible) ? `'${visible}` : visible;
};

describe('a CSV field', () => {
  it.each([
    ['sessionid', 'sessionid'],
    ['', ''],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    [' padded', '" padded"'],
    ['padded ', '"padded "'],
    ["L'arbre", "L'arbre"],
  ])('%j is written %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+33 1 23', '-1+1', '@SUM(A1)', '\tcmd', '\r=1'])(
    'defuses the formula %j with a leading quote',
    (value) => {
      const field = csvField(value);
      expect(parseCsv(`${field}\r\n`)).toEqual([[`'${value}`]]);
    },
  );

  it('parses back to the same fields, whatever text they hold (invisible characters shown, formulas defused)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const textWithSpecials = fc.oneof(
      text,
      fc.constantFrom(';', '"', '\r\n', '\n', '\r', ' ', '=', '-', '@', '+', '\t', '""', ';"\r\n'),
      fc
        .array(fc.constantFrom(';', '"', '\r', '\n', ' ', 'a', '=', 'é'), { maxLength: 12 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(textWithSpecials, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (records) => {
          expect(parseCsv(csvText(records))).toEqual(records.map((fields) => fields.map(defused)));
        },
      ),
      { numRuns: 500 },
    );
    // 500 runs take ~1 s alone, up to 4 s on the shared machine under load: more than vitest's default 5 s is kept.
  }, 20_000);
});

describe('the CSV export', () => {
  const input = evidenceInput({
    charter: {
      ...evidenceInput().charter,
      declared: [
        declaredLine('sessionid', { purpose: 'Se souvenir ; de "vous"\r\nsur deux lignes' }),
        declaredLine('xtvrn'),
      ],
    },
    cookies: [
      keptCookie('sessionid', AUDIT_START, { httpOnly: true }),
      keptCookie('=cmd|calc', AUDIT_START + 1, {
        secure: false,
        domain: 'tiers.example',
        party: 'third',
        hostOnly: false,
        sameSite: 'none',
        partitionKey: 'https://montreuil.fr',
      }),
    ],
  });
  const evidence = buildEvidence(input);
  const csv = evidenceToCsv(evidence, sayInFrench);

  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFNum;Domaine;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The strict reader refuses a bare LF or CR outside quotes: header and three rows, each ending with CRLF.
    expect(parseCsv(csv.slice(1))).toHaveLength(4);
  });

  it('has the CNIL Cookies List columns without the value, then the project columns, in order', () => {
    const [header] = parseCsv(csv.slice(1));
    expect(header).toEqual(csvHeaders(sayInFrench));
    expect(header).toEqual([
      'Num',
      'Domaine',
      'Chemin',
      'Nom',
      'Expiration',
      'sameSite',
      'httpOnly',
      'hostOnly',
      'isSecure',
      'Partie',
      'Partition',
      'Statut',
      'Catégorie',
      'Fournisseur',
      'Finalité connue',
      'Durée habituelle',
      'Source',
      'Finalité déclarée',
      'Durée déclarée',
      'Écart',
      'Constats',
      'Phase',
      'Première observation',
      'Page',
      'Origine',
      'Choix décodé',
    ]);
    expect(header).not.toContain('Valeur');
  });

  it('parses back to the evidence rows', () => {
    const [, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toEqual(
      evidence.rows.map((row) =>
        [
          String(row.num),
          row.domain,
          row.path,
          row.name,
          row.expiration,
          row.sameSite ?? '',
          row.httpOnly === null ? '' : String(row.httpOnly),
          row.hostOnly === null ? '' : String(row.hostOnly),
          row.secure === null ? '' : String(row.secure),
          row.party,
          row.partition,
          row.status,
          row.category,
          row.knownVendor,
          row.knownPurpose,
          row.knownLifetime,
          row.knownSource,
          row.declaredPurpose,
          row.declaredDuration,
          row.lifetimeGap,
          row.findings.join(' ; '),
          row.phase,
          row.firstSeen,
          row.page,
          row.origin,
          '',
        ].map(defused),
      ),
    );
    expect(rows.map((row) => row[3])).toEqual(["'=cmd|calc", 'sessionid', 'xtvrn']);
    expect(rows[1]?.[17]).toBe('Se souvenir ; de "vous"\r\nsur deux lignes');
  });

  it("states the visitor's decoded choice on the portal's consent cookie's line alone, never its value", () => {
    const withChoice = buildEvidence({
      ...input,
      cookies: [...input.cookies, keptCookie('cookies_preferences', AUDIT_START + 2)],
      consent: { choices: { functional_cookies: true, matomo: false }, decidedAt: Date.UTC(2026, 10, 30, 2, 0) },
    });
    const [, ...rows] = parseCsv(evidenceToCsv(withChoice, sayInFrench).slice(1));
    const choiceOf = (name: string) => rows.find((row) => row[3] === name)?.at(-1);
    expect(choiceOf('cookies_preferences')).toBe(
      'functional_cookies\u00a0: accepté, matomo\u00a0: refusé — choix du 30/11/2026 03:00:00',
    );
    expect(choiceOf('sessionid')).toBe('');
  });

  it('parses back the same, rows of arbitrary text in every field', () => {
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text, text, text), { minLength: 1, maxLength: 4 }), (cookies) => {
        const hostile = buildEvidence(
          evidenceInput({
            charter: {
              ...evidenceInput().charter,
              declared: cookies.map(([name, , purpose, duration, category]) =>
                declaredLine(`d${name}`, { purpose, duration, category }),
              ),
            },
            cookies: cookies.map(([name, domain, path], index) =>
              keptCookie(name, AUDIT_START + index, { domain, path }),
            ),
          }),
        );
        const [, ...rows] = parseCsv(evidenceToCsv(hostile, sayInFrench).slice(1));
        expect(rows.map((row) => row.slice(1, 4))).toEqual(
          hostile.rows.map((row) => [row.domain, row.path, row.name].map(defused)),
        );
        expect(rows.map((row) => row[17])).toEqual(hostile.rows.map((row) => defused(row.declaredPurpose)));
      }),
      { numRuns: 200 },
    );
  });
});
