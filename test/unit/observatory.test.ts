import { describe, expect, it } from 'vitest';
import { sayInFrench } from '../../src/cli/messages.ts';
import { dashboardRow } from '../../src/observatory/dashboard.ts';
import { browserFailure } from '../../src/observatory/failure.ts';
import { hostsOfList, parseObserveOptions } from '../../src/observatory/options.ts';
import { progressLine } from '../../src/observatory/progress.ts';
import { parseResolveRules, resolveByRules } from '../../src/observatory/resolve-rules.ts';
import {
  phaseSummary,
  thirdPartyOrganisations,
  type PhaseEvidence,
  type PortalSummary,
} from '../../src/observatory/summary.ts';

describe('the observatory reads Chromium host-resolver rules as Chromium does', () => {
  const rules = parseResolveRules(
    'MAP data.montreuil.fr:443 127.0.0.1:8443, MAP *.opendatasoft.com 127.0.0.1, EXCLUDE local.opendatasoft.com, MAP gone.example ~NOTFOUND',
  );
  it.each([
    ['data.montreuil.fr', 443, { host: '127.0.0.1', port: 8443 }],
    ['data.montreuil.fr', 80, 'system'],
    ['dreux.opendatasoft.com', 443, { host: '127.0.0.1', port: 443 }],
    ['gone.example', 443, 'not-found'],
    ['data.angers.fr', 443, 'system'],
  ])('%s:%i goes to %j', (host, port, expected) => expect(resolveByRules(rules, host, port)).toEqual(expected));
  it('the first matching rule wins: an EXCLUDE after a MAP of the same name is never reached', () => {
    expect(resolveByRules(rules, 'local.opendatasoft.com', 443)).toEqual({ host: '127.0.0.1', port: 443 });
  });
  it('refuses a rule it does not understand, before any visit', () => {
    expect(() => parseResolveRules('MAP onlyone')).toThrow(/non comprise/);
  });
});

describe('the host list and options', () => {
  it('takes the first column of each line, skips comments and blanks, and says which lines are not host names', () => {
    expect(
      hostsOfList('# portails\ndata.montreuil.fr\tMontreuil\n\nDATA.ANGERS.FR\nhttps://x.fr/\ndata.montreuil.fr\n'),
    ).toEqual({ hosts: ['data.montreuil.fr', 'data.angers.fr'], rejected: ['https://x.fr/'] });
  });
  it('refuses a URL given as --host, and --hosts with --host', () => {
    expect(parseObserveOptions(['--host', 'https://data.montreuil.fr'])).toMatchObject({ ok: false });
    expect(parseObserveOptions(['--host', 'a.fr', '--hosts', 'list.txt'])).toMatchObject({ ok: false });
    expect(
      parseObserveOptions(['--host', 'a.fr', '--concurrency', '4', '--timeout', '30', '--insecure']),
    ).toMatchObject({ ok: true, options: { hosts: ['a.fr'], concurrency: 4, timeoutMs: 30_000, insecure: true } });
  });
});

describe("the browser's errors in the summary's terms", () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED at https://x.fr/', 'dns'],
    ['net::ERR_CERT_COMMON_NAME_INVALID at https://x.fr/', 'tls'],
    ['net::ERR_CONNECTION_REFUSED at https://x.fr/', 'network'],
    ['page.goto: Timeout 30000ms exceeded.', 'timeout'],
  ])('%s is %s', (message, kind) => expect(browserFailure(message).kind).toBe(kind));
});

describe('the progress line', () => {
  it('gives done, failures and the time left at the pace of the portals visited in this run', () => {
    const line = progressLine({ done: 6, total: 10, failures: 1, resumed: 2, startedAt: 0 }, 4 * 60_000);
    // 4 portals in 4 minutes, 4 left: about 4 minutes.
    expect(line).toBe('[##############----------] 6/10 portails · 1 échec · 2 déjà faits · reste ≈ 4 min');
  });
});

const row = (name: string, party: '1re' | '3e', domain: string, status: PhaseEvidence['rows'][number]['status']) =>
  ({ name, party, domain, status }) as PhaseEvidence['rows'][number];

describe('what the summary keeps of a phase', () => {
  const evidence = {
    counts: { declaredAndSeen: 1, undeclared: 3, declaredNotSeen: 0, findings: 2 },
    rows: [
      row('atuserid', '1re', 'data.montreuil.fr', 'non déclaré'),
      row('_ga', '3e', '.doubleclick.net', 'non déclaré'),
      row('_ga', '3e', '.doubleclick.net', 'non déclaré'),
      row('sessionid', '1re', 'data.montreuil.fr', 'déclaré et observé'),
    ],
    findings: [{ check: 'set-before-consent' }, { check: 'set-before-consent' }],
    charter: { source: 'portal', url: 'https://data.montreuil.fr/terms/cookies-policy/', fallbackReason: null },
    consent: { services: [{ service: 'matomo', accepted: false }], decidedAt: '2026-11-30T02:00:00.000Z' },
  } as unknown as PhaseEvidence;
  it('counts findings by type, names each undeclared cookie once, and keeps the decoded choice', () => {
    expect(phaseSummary(evidence, { csv: 'h/refus.csv', json: 'h/refus.json', html: 'h/refus.html' })).toMatchObject({
      findingsByType: { 'set-before-consent': 2 },
      undeclared: ['atuserid', '_ga'],
      consent: { services: [{ service: 'matomo', accepted: false }], decidedAt: '2026-11-30T02:00:00.000Z' },
    });
  });
  it('names third parties by their organisation, or by their domain when unknown', () => {
    const withUnknown = {
      ...evidence,
      rows: [...evidence.rows, row('uid', '3e', 'tuiles.carto-tiers.fr', 'non déclaré')],
    };
    expect(
      thirdPartyOrganisations([withUnknown], (domain) => (domain.endsWith('doubleclick.net') ? 'Google' : null)),
    ).toEqual(['Google', 'tuiles.carto-tiers.fr']);
  });
});

describe('the dashboard', () => {
  it('escapes what comes from a portal and links only to the reports in the output folder', () => {
    const portal: PortalSummary = {
      host: 'data.example.fr',
      outcome: 'failed',
      failure: { kind: 'http', reason: 'Le portail a répondu 500 à /<script>alert(1)</script>.' },
      banner: 'present',
      charter: { source: 'standard', url: null, fallbackReason: '<img src=x onerror=alert(1)>' },
      phases: {
        'sans-choix': {
          consent: null,
          counts: { declaredAndSeen: 0, undeclared: 1, declaredNotSeen: 0, findings: 0 },
          findingsByType: {},
          undeclared: ['<b>x</b>'],
          files: {
            csv: 'data.example.fr/sans-choix.csv',
            json: 'data.example.fr/sans-choix.json',
            html: 'data.example.fr/sans-choix.html',
          },
        },
        refus: null,
        acceptation: null,
      },
      thirdPartyOrganisations: [],
      visitedAt: '2026-11-30T02:00:00.000Z',
      durationMs: 1,
    };
    const html = dashboardRow(portal, sayInFrench);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="data.example.fr/sans-choix.html">sans choix</a>');
  });
});
