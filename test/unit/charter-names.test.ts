// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCookieNames } from '../../src/core/charter/names.ts';

const exact = (name: string) => ({ name, match: 'exact' });
const prefix = (name: string) => ({ name, match: 'prefix' });

describe('parseCookieNames', () => {
  it.each([
    ['sessionid', [exact('sessionid')]],
    ['_hjSessionUser; _hjid', [exact('_hjSessionUser'), exact('_hjid')]],
    ['_ga, _gid', [exact('_ga'), exact('_gid')]],
    ['_ga\n_gid', [exact('_ga'), exact('_gid')]],
    ['_ga et _gid', [exact('_ga'), exact('_gid')]],
    ['_ga ou _gid', [exact('_ga'), exact('_gid')]],
    ['_ga and _gid or _gat', [exact('_ga'), exact('_gid'), exact('_gat')]],
    ['_ga / _gid', [exact('_ga'), exact('_gid')]],
    ['a/b', [exact('a'), exact('b')]],
    ['CamelCase_Name', [exact('CamelCase_Name')]],
  ])('splits %j', (cell, expected) => {
    expect(parseCookieNames(cell)).toEqual(expected);
  });

  it.each([
    ['_ga_*', [prefix('_ga_')]],
    ['_pk_id.*', [prefix('_pk_id.')]],
    ['_pk_ses.**', [prefix('_pk_ses.')]],
    ['Tout cookie commençant par _hs', [prefix('_hs')]],
    ['Tous les cookies commençant par _pk_', [prefix('_pk_')]],
    ['cookies débutant par mtm_', [prefix('mtm_')]],
    ['Les cookies dont le nom commence par _hj', [prefix('_hj')]],
    ['Any cookie starting with _pk_', [prefix('_pk_')]],
    ['Cookies beginning with AMCV_', [prefix('AMCV_')]],
    ['préfixe _ga_', [prefix('_ga_')]],
    ['Préfixe : _ga_', [prefix('_ga_')]],
    ['Tout cookie commençant par « _pk_ »', [prefix('_pk_')]],
    ['Tout cookie commençant par _pk_* (Matomo)', [prefix('_pk_')]],
    ['Tout cookie commençant par _pk_ ou _hj', [prefix('_pk_'), prefix('_hj')]],
    ['sessionid; Tout cookie commençant par _pk_', [exact('sessionid'), prefix('_pk_')]],
  ])('reads the prefix in %j', (cell, expected) => {
    expect(parseCookieNames(cell)).toEqual(expected);
  });

  it.each([
    ['"sessionid"', [exact('sessionid')]],
    ['`csrftoken`', [exact('csrftoken')]],
    ['« django_language »', [exact('django_language')]],
    ['“_ga”', [exact('_ga')]],
  ])('strips the quotes around %j', (cell, expected) => {
    expect(parseCookieNames(cell)).toEqual(expected);
  });

  it.each(['', '   ', '-', '—', 'Aucun cookie déposé', 'Tout cookie commençant par', 'nom=valeur', 'Début de session'])(
    'finds no name in %j',
    (cell) => {
      expect(parseCookieNames(cell)).toEqual([]);
    },
  );

  it('lists a name once', () => {
    expect(parseCookieNames('_ga; _ga, _ga_*; _ga_*')).toEqual([exact('_ga'), prefix('_ga_')]);
  });
});
