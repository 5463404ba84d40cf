import { describe, expect, it } from 'vitest';
import { auditSummary } from '../../src/cli/audit-summary.ts';
import { evidenceToCsv } from '../../src/core/export/csv.ts';
import { buildEvidence } from '../../src/core/export/evidence.ts';
import { evidenceToHtml } from '../../src/core/export/html.ts';
import { evidenceToJson } from '../../src/core/export/json.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { AUDIT_START, declaredLine, evidenceInput } from '../support/evidence-input.ts';
import { sayInFrench } from '../support/locale-messages.ts';

/** Attack 4 of issue 12: terminal escape sequences, bidi and invisible characters in a site's words. */
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J';
const BIDI = 'fr\u202eaé\u2066x\u2069\u200b\u200f';
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Attack 3 of issue 12: a session id in the path, as Java servers put it. */
const SESSION = 'jsessionid=0A1B2C3D4E5F60718293A4B5C6D7E8F9';

const evidence = buildEvidence(
  evidenceInput({
    charter: {
      declared: [
        declaredLine(`sessionid${BIDI}`, {
          purpose: `Session ${ESCAPES}`,
          duration: `13 mois${BIDI}`,
          category: `Cookies ${BIDI}`,
        }),
      ],
      source: {
        kind: 'portal',
        url: `https://data.montreuil.fr/pages/charte;${SESSION}?token=abc#x`,
        readAt: AUDIT_START,
      },
    },
    cookies: [
      {
        ...keptCookie(`sessionid${BIDI}`, AUDIT_START, { path: `/${BIDI}`, domain: 'data.montreuil.fr' }),
        firstPage: `https://data.montreuil.fr/explore/;${SESSION}?q=1`,
        setByResponse: `https://data.montreuil.fr/api/;${SESSION}`,
      },
      {
        ...keptCookie(`x${ESCAPES}`, AUDIT_START + 1, { party: 'third', domain: `tiers${BIDI}.example` }),
        firstPage: null,
        setByResponse: null,
      },
    ],
  }),
);

describe('site text in every export and on the terminal', () => {
  it('the CSV, the HTML report and the terminal show every control, bidi and invisible character as a mark', async () => {
    for (const output of [
      evidenceToCsv(evidence, sayInFrench),
      await evidenceToHtml(evidence, sayInFrench),
      auditSummary(evidence, { portalUrl: 'https://data.montreuil.fr/', entries: 2 }, sayInFrench),
    ]) {
      expect(output).not.toMatch(RAW);
      expect(output).toContain('␛]0;pwned␇␛[2J');
      expect(output).toContain('⟨U+202E⟩');
      expect(output).toContain('⟨U+2066⟩');
    }
  });

  it('the JSON keeps the exact text, its invisible characters written as escapes', async () => {
    const json = await evidenceToJson(evidence, sayInFrench);
    expect(json).not.toMatch(RAW);
    const parsed = JSON.parse(json) as { rows: { name: string; domain: string; declaredPurpose: string }[] };
    expect(parsed.rows.map((row) => row.name)).toEqual([`x${ESCAPES}`, `sessionid${BIDI}`]);
    expect(parsed.rows[1]?.declaredPurpose).toBe(`Session ${ESCAPES}`);
  });

  it('no export keeps a path parameter, a query or a fragment of any address', async () => {
    const csv = evidenceToCsv(evidence, sayInFrench);
    const withCharter = [
      await evidenceToHtml(evidence, sayInFrench),
      await evidenceToJson(evidence, sayInFrench),
      auditSummary(evidence, { portalUrl: `https://data.montreuil.fr/;${SESSION}`, entries: 2 }, sayInFrench),
    ];
    for (const output of [csv, ...withCharter]) {
      expect(output).not.toContain('jsessionid');
      expect(output).not.toContain('token=abc');
    }
    expect(csv).toContain(';https://data.montreuil.fr/explore/;https://data.montreuil.fr/api/');
    for (const output of withCharter) expect(output).toContain('https://data.montreuil.fr/pages/charte');
  });
});

describe('why the portal’s charter could not be read, in every export', () => {
  it('names the page asked for as keptUrl keeps it', async () => {
    const fallback = buildEvidence(
      evidenceInput({
        charter: {
          declared: [declaredLine('sessionid')],
          source: {
            kind: 'standard',
            readAt: AUDIT_START,
            reason: {
              kind: 'no-table',
              url: `https://data.montreuil.fr/terms/cookies-policy/;${SESSION}?flg=fr`,
              redirectedFrom: `https://data.montreuil.fr/x;${SESSION}`,
            },
          },
        },
      }),
    );
    for (const output of [
      await evidenceToHtml(fallback, sayInFrench),
      await evidenceToJson(fallback, sayInFrench),
      auditSummary(fallback, { portalUrl: 'https://data.montreuil.fr/', entries: 1 }, sayInFrench),
    ]) {
      expect(output).toContain(
        'aucun tableau sur https://data.montreuil.fr/terms/cookies-policy/, après redirection depuis https://data.montreuil.fr/x',
      );
      expect(output).not.toContain('jsessionid');
    }
  });
});
