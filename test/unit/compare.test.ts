import { describe, expect, it } from 'vitest';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import { compareCookies } from '../../src/core/compare.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { keptCookie } from '../support/kept-cookie.ts';

function declared(name: string, match: 'exact' | 'prefix' = 'exact', purpose = `Finalité de ${name}`): DeclaredCookie {
  return { name, match, provider: 'Opendatasoft', service: null, purpose, duration: null, category: null };
}

function seen(name: string, domain = 'data.montreuil.fr', party: 'first' | 'third' = 'first'): KeptCookie {
  return keptCookie(name, 1, { domain, party });
}

describe('comparing the charter with what was seen', () => {
  it('sorts cookies into the three groups', () => {
    const charter = [declared('sessionid'), declared('csrftoken'), declared('cookies_preferences')];
    const result = compareCookies(
      [seen('sessionid'), seen('csrftoken'), seen('_pk_id.1.ab12'), seen('tile', 'tuiles.carto-tiers.fr', 'third')],
      charter,
    );
    expect(result.declaredAndSeen.map((group) => group.declared.name)).toEqual(['sessionid', 'csrftoken']);
    expect(result.undeclared.map((cookie) => cookie.name)).toEqual(['_pk_id.1.ab12', 'tile']);
    expect(result.declaredNotSeen.map((line) => line.name)).toEqual(['cookies_preferences']);
  });

  it('matches prefixes, preferring an exact name and then the longest prefix', () => {
    const charter = [declared('_pk_', 'prefix'), declared('_pk_id', 'prefix'), declared('_pk_ses.1.ab12')];
    const result = compareCookies([seen('_pk_id.1.ab12'), seen('_pk_ses.1.ab12'), seen('_pk_ref.1.ab12')], charter);
    const byLine = Object.fromEntries(
      result.declaredAndSeen.map((group) => [group.declared.name, group.cookies.map((cookie) => cookie.name)]),
    );
    expect(byLine).toEqual({
      _pk_: ['_pk_ref.1.ab12'],
      _pk_id: ['_pk_id.1.ab12'],
      '_pk_ses.1.ab12': ['_pk_ses.1.ab12'],
    });
    expect(result.undeclared).toEqual([]);
  });

  it('compares names case-sensitively, as browsers do', () => {
    const result = compareCookies([seen('SessionId')], [declared('sessionid')]);
    expect(result.undeclared.map((cookie) => cookie.name)).toEqual(['SessionId']);
  });

  it('groups one name seen on several domains under its one charter line', () => {
    const result = compareCookies([seen('csrftoken'), seen('csrftoken', 'montreuil.fr')], [declared('csrftoken')]);
    expect(result.declaredAndSeen[0]?.cookies.map((cookie) => cookie.domain)).toEqual([
      'data.montreuil.fr',
      'montreuil.fr',
    ]);
  });

  it('shows a name the charter lists twice as seen on both lines', () => {
    const charter = [
      declared('sessionid', 'exact', 'Première section'),
      declared('sessionid', 'exact', 'Seconde section'),
    ];
    const result = compareCookies([seen('sessionid')], charter);
    expect(result.declaredAndSeen.map((group) => group.declared.purpose)).toEqual([
      'Première section',
      'Seconde section',
    ]);
    expect(result.declaredNotSeen).toEqual([]);
  });
});
