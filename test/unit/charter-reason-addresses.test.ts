import { describe, expect, it } from 'vitest';
import type { Charter, CharterFallbackReason } from '../../src/core/charter/types.ts';
import { storableCharter } from '../../src/core/record/record-cap.ts';
import { withKeptAddresses } from '../../src/core/words/charter-reason.ts';

/** A hostile page answers its charter address with a redirect whose target carries a token. */
const refused: CharterFallbackReason = {
  kind: 'refused-redirect',
  url: 'https://data.piege-exemple.fr/terms/cookies-policy/?flg=fr',
  target: 'http://wiki.mairie.internal/charte;jsessionid=abc/?token=SECRET#frag',
  why: 'local-name',
};

function standardWith(reason: CharterFallbackReason): Charter {
  return { declared: [], source: { kind: 'standard', template: 'newer', reason, readAt: 0 } };
}

describe('a refused redirect keeps its addresses as every address is kept', () => {
  it('in storage: no query, fragment or path parameter of the target the page answered', () => {
    const source = storableCharter(standardWith(refused)).source;
    expect(source.kind === 'standard' && source.reason).toMatchObject({
      url: 'https://data.piege-exemple.fr/terms/cookies-policy/',
      target: 'http://wiki.mairie.internal/charte/',
    });
  });

  it('in the exports and the terminal', () => {
    expect(withKeptAddresses(refused)).toMatchObject({ target: 'http://wiki.mairie.internal/charte/' });
  });

  it('an unknown target stays unknown', () => {
    expect(withKeptAddresses({ ...refused, target: null })).toMatchObject({ target: null });
  });
});
