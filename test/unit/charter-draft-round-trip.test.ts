// @vitest-environment node
/**
 * The draft's promise, checked by reading it back: the project's own charter reader, given the drafted charter
 * (Markdown, HTML or plain text), finds every row of the current charter word for word, and, compared with the
 * same observations, no cookie left undeclared. On every charter fixture (the real ones included), and as a
 * property on generated observations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followConsent, startAudit } from '../../src/core/audit/audit.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import { parseDeclaredDuration } from '../../src/core/duration/parse-declared-duration.ts';
import { standardCharter } from '../../src/core/charter/standard/index.ts';
import { buildCharterDraft } from '../../src/core/draft/build-draft.ts';
import { draftToHtml } from '../../src/core/draft/render-html.ts';
import { draftToMarkdown } from '../../src/core/draft/render-markdown.ts';
import { draftToText } from '../../src/core/draft/render-text.ts';
import type { CharterDraft } from '../../src/core/draft/types.ts';
import type { EvidenceCookie } from '../../src/core/export/evidence-rows.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { charterFrom, draftInput, readBack } from '../support/draft-input.ts';
import { AUDIT_START } from '../support/evidence-input.ts';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;
const CHARTERS = fileURLToPath(new URL('../fixtures/charters/', import.meta.url));
const fixtures = [
  ...readdirSync(CHARTERS).filter((file) => /\.(?:txt|html)$/.test(file)),
  ...readdirSync(`${CHARTERS}real/`)
    .filter((file) => /\.(?:txt|html)$/.test(file))
    .map((file) => `real/${file}`),
].map((file) => ({ file, charter: charterFrom(readFileSync(`${CHARTERS}${file}`, 'utf8')) }));
/** The local test portals' charters (test/portal/), and the two standard ones that stand in for a portal without any. */
const PORTAL_CHARTERS = fileURLToPath(new URL('../portal/charters/', import.meta.url));
const portalCharters = readdirSync(PORTAL_CHARTERS)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ file: `portal/${file}`, charter: charterFrom(readFileSync(`${PORTAL_CHARTERS}${file}`, 'utf8')) }));
const standard = (['older', 'newer'] as const).map((template) => ({
  file: `standard/${template}`,
  charter: standardCharter({ kind: 'not-read-yet' }, AUDIT_START, template),
}));
const charters = [...fixtures, ...portalCharters, ...standard];

const renderers: [string, (draft: CharterDraft) => string][] = [
  ['Markdown', draftToMarkdown],
  ['HTML', draftToHtml],
  ['plain text', draftToText],
];

const key = (line: DeclaredCookie) => JSON.stringify(line);
const sortedKeys = (lines: readonly DeclaredCookie[]) => lines.map(key).sort();
const addedPatterns = (draft: CharterDraft) =>
  new Set(
    draft.sections.flatMap((section) =>
      section.rows
        .filter((row) => row.kind === 'added')
        .flatMap((row) => row.names.map(({ name, match }) => `${match}:${name}`)),
    ),
  );

/** Reads each rendering back: no cookie undeclared, the charter's lines all there word for word, and only the added lines besides. */
function expectRoundTrip(
  draft: CharterDraft,
  original: readonly DeclaredCookie[],
  cookies: readonly EvidenceCookie[],
): void {
  const added = addedPatterns(draft);
  for (const [form, render] of renderers) {
    const { declared, undeclared } = readBack(render(draft), cookies);
    expect(undeclared, form).toEqual([]);
    const kept = declared.filter((line) => !added.has(`${line.match}:${line.name}`));
    expect(sortedKeys(kept), form).toEqual(sortedKeys(original));
    expect(
      new Set(
        declared.filter((line) => added.has(`${line.match}:${line.name}`)).map((line) => `${line.match}:${line.name}`),
      ),
      form,
    ).toEqual(added);
  }
}

/** A visit of every kind of cookie the draft handles: known or not, first or third party, a family, a near name, a duration longer than declared. */
function variedCookies(declared: readonly DeclaredCookie[]): EvidenceCookie[] {
  const firstExact = declared.find((line) => line.match === 'exact');
  const withDuration = declared.find(
    (line) =>
      line.match === 'exact' && line.duration !== null && parseDeclaredDuration(line.duration)?.kind === 'duration',
  );
  return [
    ...(firstExact
      ? [keptCookie(firstExact.name, AUDIT_START + MINUTE, { expiresAt: AUDIT_START + MINUTE + 14 * DAY })]
      : []),
    ...(withDuration
      ? [
          keptCookie(withDuration.name, AUDIT_START + MINUTE, {
            expiresAt: AUDIT_START + MINUTE + 400 * DAY,
            requestedLifetimeMs: 761 * DAY,
          }),
        ]
      : []),
    ...(firstExact ? [keptCookie(`${firstExact.name}.3.ffff`, AUDIT_START + 2 * MINUTE)] : []),
    keptCookie('atuserid', AUDIT_START + MINUTE, {
      expiresAt: AUDIT_START + MINUTE + 400 * DAY,
      requestedLifetimeMs: 761 * DAY,
      seenBy: ['set-cookie-header'],
      setByResponse: 'https://data.montreuil.fr/',
    }),
    keptCookie('_pk_id.1.ab12', AUDIT_START + 3 * MINUTE, { expiresAt: AUDIT_START + 3 * MINUTE + 393 * DAY }),
    keptCookie('_ga_ABC123', AUDIT_START + 3 * MINUTE, { expiresAt: AUDIT_START + 3 * MINUTE + 730 * DAY }),
    keptCookie('_ga_XYZ789', AUDIT_START + 4 * MINUTE, { expiresAt: AUDIT_START + 4 * MINUTE + 730 * DAY }),
    keptCookie('carto_uid', AUDIT_START + 2 * MINUTE, {
      domain: 'tuiles.carto-tiers.fr',
      party: 'third',
      sameSite: 'none',
      expiresAt: AUDIT_START + 2 * MINUTE + 365 * DAY,
    }),
    keptCookie('YSC', AUDIT_START + 2 * MINUTE, {
      domain: 'youtube.com',
      hostOnly: false,
      party: 'third',
      sameSite: 'none',
    }),
    keptCookie('a|b', AUDIT_START + 5 * MINUTE),
  ];
}

const audit = followConsent(startAudit(AUDIT_START), 'accepted', AUDIT_START + 2 * MINUTE);

describe('the drafted charter read back', () => {
  it('covers every charter fixture, the real pages included, the local portals and the standard charters', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(16);
    expect(portalCharters.map(({ file }) => file)).toEqual(
      expect.arrayContaining([
        'portal/data.montreuil.fr.txt',
        'portal/data.orleans-metropole.fr.txt',
        'portal/valenciennesmetro.opendatasoft.com.txt',
      ]),
    );
    expect(fixtures.filter(({ file }) => file.startsWith('real/')).length).toBeGreaterThanOrEqual(7);
  });

  it.each(charters.map(({ file, charter }) => [file, charter] as const))(
    '%s: every row kept word for word, no cookie undeclared',
    (_file, charter) => {
      const cookies = variedCookies(charter.declared);
      const draft = buildCharterDraft(draftInput(charter, cookies, { audit }));
      expect(
        draft.sections.flatMap((section) => section.rows).filter((row) => row.kind === 'added').length,
      ).toBeGreaterThanOrEqual(5);
      // A duration declared shorter than observed gets the observed one beside it, in a column the reader leaves aside.
      const declaresDurations = charter.declared.some(
        (line) =>
          line.match === 'exact' && line.duration !== null && parseDeclaredDuration(line.duration)?.kind === 'duration',
      );
      expect(draft.columns.some((column) => column.field === 'proposedDuration')).toBe(declaresDurations);
      expectRoundTrip(draft, charter.declared, cookies);
    },
  );

  it('holds for generated observations on any fixture charter', () => {
    /** Names as sites write them: letters, digits, "_", ".", "-", a few ending in an identifier (a family). */
    const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,15}$/);
    const name = fc.oneof(
      word,
      fc
        .tuple(word, fc.constantFrom('_', '.', '-'), fc.stringMatching(/^[0-9a-f]{4,10}$/))
        .map(([stem, separator, id]) => `${stem}${separator}${id}`),
      fc.constantFrom(
        '_ga',
        '_gid',
        '_pk_ses.1.ff00',
        '_hjSessionUser_123456',
        'atuserid',
        'sessionid',
        'csrftoken',
        'YSC',
        'AWSALB',
        'c_42',
      ),
    );
    const cookie = fc.record({
      name,
      third: fc.boolean(),
      at: fc.integer({ min: -10, max: 30 }),
      lifetimeDays: fc.option(fc.integer({ min: 0, max: 900 })),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...charters),
        fc.array(cookie, { maxLength: 25 }),
        fc.boolean(),
        ({ charter }, seen, inAudit) => {
          const cookies = seen.map(({ name: cookieName, third, at, lifetimeDays }) =>
            keptCookie(cookieName, AUDIT_START + at * MINUTE, {
              ...(third ? { domain: 'tiers.example.com', party: 'third' as const } : {}),
              expiresAt: lifetimeDays === null ? null : AUDIT_START + at * MINUTE + Math.min(lifetimeDays, 400) * DAY,
              requestedLifetimeMs: lifetimeDays !== null && lifetimeDays > 400 ? lifetimeDays * DAY : null,
            }),
          );
          const draft = buildCharterDraft(draftInput(charter, cookies, { audit: inAudit ? audit : null }));
          expectRoundTrip(draft, charter.declared, cookies);
        },
      ),
      { numRuns: 100 },
    );
    // Each run reads three renderings back: a few seconds on a loaded machine.
  }, 30_000);
});
