import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import openCookieDatabase from '../../src/core/knowledge/open-cookie-database.json';
import { openCookieDatabaseEntries } from '../../src/core/knowledge/open-cookie-database.ts';

const knowledgeFolder = fileURLToPath(new URL('../../src/core/knowledge/', import.meta.url));
const script = fileURLToPath(new URL('../../build/open-cookie-database.mjs', import.meta.url));

describe('the shipped Open Cookie Database file', () => {
  it('carries its attribution, and its licence ships beside it', () => {
    expect(openCookieDatabase.attribution).toMatchObject({
      name: 'Open Cookie Database',
      source: 'https://github.com/jkwakman/Open-Cookie-Database',
      licence: 'Apache-2.0',
      licenceFile: 'OPEN-COOKIE-DATABASE-LICENSE',
    });
    expect(openCookieDatabase.attribution.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync(join(knowledgeFolder, openCookieDatabase.attribution.licenceFile), 'utf8')).toContain(
      'Apache License',
    );
  });

  it('reads into entries of the CNIL vocabulary, in English', () => {
    const entries = openCookieDatabaseEntries(openCookieDatabase);
    expect(entries.length).toBeGreaterThan(2000);
    expect(entries.every((entry) => entry.knowledge.purposeLanguage === 'en' && entry.knowledge.purpose !== '')).toBe(
      true,
    );
    expect(new Set(entries.map((entry) => entry.knowledge.category))).toEqual(
      new Set(['strictement-necessaire', 'fonctionnel', 'mesure-audience', 'publicite', 'securite']),
    );
  });

  it('leaves out rows of an unknown category or without a name', () => {
    const file = {
      attribution: { source: 'https://example.org' },
      columns: openCookieDatabase.columns,
      cookies: [
        ['a', '', 'Other', 'X', 'd', '', 0],
        ['', '', 'Analytics', 'X', 'd', '', 0],
        ['b', 'x.com y.com', 'Analytics', 'X', 'd', 'Unknown', 1],
      ],
    };
    expect(openCookieDatabaseEntries(file)).toEqual([
      {
        name: 'b',
        match: 'prefix',
        domains: ['x.com', 'y.com'],
        knowledge: {
          vendor: 'X',
          category: 'mesure-audience',
          purpose: 'd',
          purposeLanguage: 'en',
          typicalLifetime: null,
          source: { kind: 'open-cookie-database', url: 'https://example.org' },
          facts: { vendor: null, category: null, purpose: null, lifetime: null },
        },
      },
    ]);
  });
});

describe('build/open-cookie-database.mjs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ocd-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps the columns used, reads quoted fields, host names, wildcards, and drops duplicates and placeholders', () => {
    const csv = [
      'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match',
      '1,Acme,Analytics,zeta,"acme.com (3rd party) or .cdn.acme.net",ID used to identify users,1 year,Acme,https://acme.example,0',
      '2,Acme,Marketing,alpha*,,"Says ""hello"", twice\nover two lines",30 days,Acme,,0',
      '3,Acme,Analytics,zeta,"acme.com (3rd party) or .cdn.acme.net",Duplicate,1 year,Acme,,0',
      '4,Acme,Functional,beta,,Pending,session,Acme,,0',
      '5,Acme,Functional,Site History,,A note,session,Acme,,0',
      '',
    ].join('\r\n');
    writeFileSync(join(folder, 'open-cookie-database.csv'), csv);
    writeFileSync(
      join(folder, 'SOURCE.txt'),
      'Open Cookie Database, commit 0123456789abcdef0123456789abcdef01234567 2026-01-21',
    );
    writeFileSync(join(folder, 'LICENSE'), 'Apache License');
    execFileSync(process.execPath, [script, folder, folder]);
    const written = JSON.parse(readFileSync(join(folder, 'open-cookie-database.json'), 'utf8'));
    expect(written.attribution.commit).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(written.cookies).toEqual([
      ['alpha', '', 'Marketing', 'Acme', 'Says "hello", twice over two lines', '30 days', 1],
      ['zeta', 'acme.com cdn.acme.net', 'Analytics', 'Acme', 'ID used to identify users', '1 year', 0],
    ]);
    expect(existsSync(join(folder, 'OPEN-COOKIE-DATABASE-LICENSE'))).toBe(true);
  });
});
