import { describe, expect, it } from 'vitest';
import { describeFallbackReason as popupWords } from '../../popup/components/CharterSource.tsx';
import { describeFallbackReason as commandLineWords } from '../../src/cli/describe-reason.ts';
import type { CharterFallbackReason } from '../../src/core/charter/types.ts';
import { buildEvidence } from '../../src/core/export/evidence.ts';
import { AUDIT_START, evidenceInput } from '../support/evidence-input.ts';

const page = 'https://data.montreuil.fr/pages/cookies/';

/** What the export says of a standard charter standing in for this reason. */
function exportWords(reason: CharterFallbackReason): string | null {
  const charter = {
    declared: [],
    source: { kind: 'standard' as const, reason, readAt: AUDIT_START, template: 'newer' as const },
  };
  return buildEvidence(evidenceInput({ charter, charterTextSha256: null })).charter.fallbackReason;
}

// Written by hand from _locales/fr and _locales/en: what a user reads, whichever of the three says it.
const reasons: [CharterFallbackReason, french: string, english: string][] = [
  [{ kind: 'not-read-yet' }, 'charte pas encore lue', 'charter not read yet'],
  [
    { kind: 'http-error', url: page, status: 404, redirectedFrom: 'https://montreuil.fr/x' },
    `page introuvable (HTTP 404)\u00a0: ${page}, après redirection depuis https://montreuil.fr/x`,
    `page not found (HTTP 404): ${page}, redirected from https://montreuil.fr/x`,
  ],
  [
    { kind: 'refused-redirect', url: page, target: 'https://tracker.example/c', why: 'other-site' },
    `${page} redirige vers https://tracker.example/c, un autre site que celui du portail, qui n'est pas un portail connu\u00a0: l'extension n'a pas suivi cette redirection et n'en a rien lu`,
    `${page} redirects to https://tracker.example/c, a site other than the portal's, and not a known portal: the extension did not follow this redirect and read nothing of it`,
  ],
  [
    { kind: 'too-large', url: page, limitBytes: 5 * 1024 * 1024 },
    `page de plus de 5\u00a0Mo, lecture arrêtée\u00a0: ${page}`,
    `page over 5 MB, reading stopped: ${page}`,
  ],
];

describe('why the portal’s charter could not be read, worded once in _locales', () => {
  it.each(reasons)('says %j the same way in the popup, the exports and the command line', (reason, french, english) => {
    expect(popupWords(reason)).toBe(french);
    expect(exportWords(reason)).toBe(french);
    expect(commandLineWords(reason)).toBe(`${french} / ${english}`);
  });
});
