import type { Charter } from '../../src/core/charter/types.ts';
import { parseCharter } from '../../src/core/charter/parse.ts';
import { compareCookies } from '../../src/core/compare.ts';
import type { DraftInput } from '../../src/core/draft/build-draft.ts';
import type { CharterDraft } from '../../src/core/draft/types.ts';
import { sayIn } from '../../src/core/words/messages.ts';
import type { EvidenceCookie } from '../../src/core/export/evidence-rows.ts';
import { AUDIT_START, knowledge } from './evidence-input.ts';
import { frenchMessages } from './locale-messages.ts';

/** A draft's input for data.montreuil.fr, observed in Firefox; tests give the charter, cookies and audit they look at. */
export function draftInput(
  charter: Charter,
  cookies: readonly EvidenceCookie[],
  overrides: Partial<DraftInput> = {},
): DraftInput {
  return {
    portalHost: 'data.montreuil.fr',
    portalIsHttps: true,
    charter,
    cookies,
    audit: null,
    knowledge,
    observation: { kind: 'browser', browser: { name: 'Firefox', version: '153.8.0esr' }, extensionVersion: '0.1.0' },
    madeAt: AUDIT_START + 10 * 60_000,
    say: sayIn(frenchMessages),
    ...overrides,
  };
}

/** A charter read from a page at an address, as the extension keeps it. */
export const charterFrom = (text: string, url = 'https://data.montreuil.fr/terms/cookies-policy/'): Charter => ({
  declared: parseCharter(text),
  source: { kind: 'portal', url, readAt: AUDIT_START - 5000 },
});

/** What reading a drafted charter back with the project's reader finds, against the same cookies. */
export function readBack(draftText: string, cookies: readonly EvidenceCookie[]) {
  const declared = parseCharter(draftText);
  return { declared, undeclared: compareCookies(cookies, declared).undeclared.map((cookie) => cookie.name) };
}

/** A draft's rows as the charter would show them: section, then each cell by column. */
export function draftTables(draft: CharterDraft): [string | null, string[][]][] {
  return draft.sections.map((section) => [
    section.title,
    section.rows.map((row) =>
      draft.columns.map(({ field }) =>
        field === 'name'
          ? row.names.map(({ name, match }) => (match === 'prefix' ? `${name}*` : name)).join(', ')
          : (row[field] ?? ''),
      ),
    ),
  ]);
}
