import { describe, expect, it } from 'vitest';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { Finding } from '../../src/core/checks/types.ts';
import { compareCookies } from '../../src/core/compare.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import {
  cookieLines,
  familyStem,
  keptByBrowser,
  matchesSearch,
  searchKey,
} from '../../src/core/report/cookie-lines.ts';
import { firstViewUndeclared } from '../../src/core/report/build-report.ts';
import { firstViewToCheck, TO_CHECK_SHOWN, whatToCheck } from '../../src/core/report/to-check.ts';
import { withId, type IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';
import { keptCookie } from '../support/kept-cookie.ts';

const AT = Date.UTC(2026, 10, 23, 14, 0);
const cookie = (name: string, overrides: Partial<KeptCookie> = {}) => withId(keptCookie(name, AT, overrides));
const describeLines = (cookies: KeptCookie[]) =>
  cookieLines(cookies).map((line) =>
    line.kind === 'cookie' ? line.cookie.name : `${line.stem}* ×${line.cookies.length} (${line.domain})`,
  );

describe('cookie families', () => {
  it('finds the part of a name its family shares: the name before a tail of identifiers', () => {
    expect(familyStem('_pk_id.1.a1b2')).toBe('_pk_id.');
    expect(familyStem('_pk_ses.12.ffe3')).toBe('_pk_ses.');
    expect(familyStem('_ga_2ZQ1B8KLM3')).toBe('_ga_');
    expect(familyStem('c_0')).toBe('c_');
    expect(familyStem('c_499')).toBe('c_');
    expect(familyStem('_hjSessionUser_3521874')).toBe('_hjSessionUser_');
  });

  it('gives no family to a name without an identifier at its end, or with nothing before it', () => {
    for (const name of ['sessionid', 'csrftoken', 'AMP_TOKEN', '__Secure-3PSID', '_ga', 'x1', '_123', '__', ''])
      expect(familyStem(name), name).toBeNull();
  });

  it('groups the members of a family set on one domain into one line, where its first member stands', () => {
    const flood = Array.from({ length: 500 }, (_, index) => cookie(`c_${index}`));
    const lines = describeLines([
      cookie('sessionid'),
      ...flood.slice(0, 2),
      cookie('_pk_id.1.a1b2'),
      ...flood.slice(2),
      cookie('_pk_id.2.c3d4'),
    ]);
    expect(lines).toEqual(['sessionid', 'c_* ×500 (data.montreuil.fr)', '_pk_id.* ×2 (data.montreuil.fr)']);
  });

  it('keeps one cookie of a would-be family on its own line, and keeps domains apart', () => {
    expect(describeLines([cookie('_ga_ABC123'), cookie('_ga_DEF456', { domain: 'autre.fr' }), cookie('c_1')])).toEqual([
      '_ga_ABC123',
      '_ga_DEF456',
      'c_1',
    ]);
  });
});

describe('cookies the browser refused', () => {
  it('calls refused a cookie only ever seen in a Set-Cookie header, kept one the cookies API reported', () => {
    expect(keptByBrowser({ seenBy: ['set-cookie-header'] })).toBe(false);
    expect(keptByBrowser({ seenBy: ['set-cookie-header', 'cookie-event'] })).toBe(true);
    expect(keptByBrowser({ seenBy: ['set-cookie-header', 'inventory'] })).toBe(true);
    expect(keptByBrowser({ seenBy: [] })).toBe(true);
  });
});

describe('search', () => {
  it('finds a query in any word of a line, whatever its case and accents', () => {
    expect(matchesSearch(searchKey(' Médiamétrie'), ['estat', 'mediametrie.fr'])).toBe(true);
    expect(matchesSearch(searchKey('GOOGLE'), ['_ga', null, 'Google Analytics'])).toBe(true);
    expect(matchesSearch(searchKey('matomo'), ['_ga', 'data.montreuil.fr', undefined])).toBe(false);
    expect(matchesSearch(searchKey(''), [])).toBe(true);
  });
});

describe('what to check first', () => {
  const declared: DeclaredCookie[] = [
    {
      name: 'sessionid',
      match: 'exact',
      provider: 'Opendatasoft',
      service: null,
      purpose: 'Session',
      duration: 'Session',
      category: null,
    },
  ];
  const finding = (check: Finding['check'], subject: IdentifiedCookie): Finding => ({
    check,
    cookie: { id: subject.id, name: subject.name, domain: subject.domain, path: subject.path },
    explanation: '…',
    reference: { title: 'CNIL', url: 'https://www.cnil.fr/' },
  });

  it('lists the undeclared cookies (a family once, with its size; larger ones, then third parties first), then the declared cookies a finding flags', () => {
    const session = cookie('sessionid', { expiresAt: AT + 86_400_000 });
    const youtube = cookie('YSC', { domain: 'youtube.com', party: 'third', seenBy: ['set-cookie-header'] });
    const pk = [cookie('_pk_id.1.a1b2'), cookie('_pk_id.2.c3d4')];
    const comparison = compareCookies([cookie('lang'), session, youtube, ...pk], declared);
    const toCheck = whatToCheck(comparison, [
      finding('declared-session-but-persistent', session),
      finding('undeclared-third-party', youtube),
    ]);
    expect(toCheck.total).toBe(4);
    expect(
      toCheck.entries.map(({ cookie: first, familyStem: stem, count, undeclared, checks }) => ({
        name: first.name,
        stem,
        count,
        undeclared,
        checks,
      })),
    ).toEqual([
      { name: '_pk_id.1.a1b2', stem: '_pk_id.', count: 2, undeclared: true, checks: [] },
      { name: 'YSC', stem: null, count: 1, undeclared: true, checks: ['undeclared-third-party'] },
      { name: 'lang', stem: null, count: 1, undeclared: true, checks: [] },
      { name: 'sessionid', stem: null, count: 1, undeclared: false, checks: ['declared-session-but-persistent'] },
    ]);
  });

  it('shows the first lines only, and says how many there are', () => {
    const many = Array.from({ length: 20 }, (_, index) => cookie(`traceur${String.fromCharCode(97 + index)}`));
    const toCheck = whatToCheck(compareCookies(many, declared), []);
    expect(toCheck.entries).toHaveLength(TO_CHECK_SHOWN);
    expect(toCheck.total).toBe(20);
  });

  it('names the first undeclared cookies one by one while only the first view is there, with the whole count', () => {
    // The first reply carries as many undeclared cookies as the list names.
    expect(firstViewUndeclared).toBe(TO_CHECK_SHOWN);
    const firstView = Array.from({ length: 8 }, (_, index) => cookie(`c_${index}`));
    const toCheck = firstViewToCheck(firstView, 480);
    expect(
      toCheck.entries.map(({ cookie: first, familyStem: stem, count }) => `${first.name} ${stem} ${count}`),
    ).toEqual(firstView.slice(0, TO_CHECK_SHOWN).map(({ name }) => `${name} null 1`));
    expect(toCheck.total).toBe(480);
  });

  it('is empty when every cookie is declared and nothing is flagged', () => {
    expect(whatToCheck(compareCookies([cookie('sessionid')], declared), [])).toEqual({ entries: [], total: 0 });
  });
});
