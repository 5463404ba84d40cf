/**
 * Firefox ESR: the same visit of data.montreuil.fr, asserted on the state the background prints
 * (`charte-e2e-state` lines of the test build), since the popup page cannot be driven in Firefox.
 */
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/core/report/tab-state.ts';
import { montreuil } from './support/expected.ts';
import { firefoxFixture } from './support/fixture.ts';
import { insightKey } from '../../src/core/cookies/slot-key.ts';

const firefox = firefoxFixture();

type PortalState = Extract<TabState, { kind: 'portal' }>;

/** Every cookie of the visit recorded, and the charter tried (read, or replaced by the standard one after a failure). */
const hasEveryCookie = (state: TabState): boolean =>
  state.kind === 'portal' &&
  !(state.report.charter.source.kind === 'standard' && state.report.charter.source.reason.kind === 'not-read-yet') &&
  montreuil.undeclared.every((cookie) => state.report.comparison.undeclared.some((seen) => seen.name === cookie.name)) &&
  montreuil.declared.every((line) => state.report.comparison.declaredAndSeen.some((seen) => seen.declared.name === line.name));

describe('Firefox ESR', () => {
  it('data.montreuil.fr: the background records declared, undeclared and third-party cookies', async () => {
    const { session } = firefox();
    const page = await session.browser.newPage();
    await page.goto(`https://${montreuil.host}/`, { waitUntil: 'load' });
    await page.locator('button[data-consent="accept"]').click();
    await page.waitForSelector('html[data-consent="accepted"]');

    const state = (await session.states.waitFor(montreuil.host, hasEveryCookie, 20_000, `every cookie of the visit (log: ${session.logPath})`)) as PortalState;
    const { comparison, charter } = state.report;

    expect(charter.source, 'the charter read from the portal, not the standard one').toMatchObject({
      kind: 'portal',
      url: `https://${montreuil.host}/terms/cookies-policy/?flg=fr`,
    });
    expect(comparison.declaredAndSeen.map((line) => line.declared.name).sort()).toEqual(montreuil.declared.map((line) => line.name).sort());
    for (const line of montreuil.declared) {
      const seen = comparison.declaredAndSeen.find((candidate) => candidate.declared.name === line.name);
      expect(seen?.declared.purpose, line.name).toBe(line.purpose);
    }
    expect(comparison.declaredNotSeen).toEqual([]);
    // One entry per real cookie: a third-party cookie Firefox partitions must not also appear unpartitioned.
    const summary = comparison.undeclared
      .map((cookie) => `${cookie.name} @ ${cookie.domain} (partition: ${cookie.partitionKey ?? 'none'}; seen by: ${cookie.seenBy.join(', ')})`)
      .join('; ');
    expect(comparison.undeclared.length, `undeclared cookies: ${summary}`).toBe(montreuil.undeclared.length);
    expect(comparison.undeclared.map((cookie) => cookie.name).sort()).toEqual(montreuil.undeclared.map((cookie) => cookie.name).sort());
    for (const expected of montreuil.undeclared) {
      const cookie = comparison.undeclared.find((candidate) => candidate.name === expected.name);
      expect(cookie, expected.name).toMatchObject({ domain: expected.domain, party: expected.party });
    }
    // The knowledge data files are read by the background in Firefox too (CSP connect-src 'self').
    const atuserid = comparison.undeclared.find((cookie) => cookie.name === 'atuserid')!;
    const insight = state.report.insights[insightKey(atuserid)];
    expect(insight?.knowledge).toMatchObject({ vendor: 'AT Internet (Piano)', category: 'mesure-audience', source: { kind: 'project' } });
    expect(state.report.findings.map((finding) => finding.check)).toContain('audience-lifetime-over-13-months');
    await page.close();
  });
});
