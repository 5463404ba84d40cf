/**
 * Builders for popup tests: a report of data.montreuil.fr as the background would send it (plain data), and the
 * ways a test finds what a user sees.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../popup/components/App.tsx';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { comparisonCounts } from '../../src/core/compare.ts';
import type { PortalDetails, PortalSummary, TabState } from '../../src/core/report/tab-state.ts';
import { firstViewToCheck, whatToCheck } from '../../src/core/report/to-check.ts';
import type { TabTarget } from '../../src/messaging/protocol.ts';
import { keptCookie } from './kept-cookie.ts';
import { standardCharters } from '../../src/core/charter/standard/index.ts';
import { withId, type IdentifiedCookie } from '../../src/core/cookies/slot-key.ts';

export const HOST = 'data.montreuil.fr';
/** 23/11/2026 15:42, Paris time. */
export const READ_AT = Date.UTC(2026, 10, 23, 14, 42);
export const DAY = 86_400_000;

/** A session cookie of the portal, HttpOnly (as sessionid is), recorded at READ_AT, with its id as the report carries it. */
export function cookie(overrides: Partial<KeptCookie> = {}): IdentifiedCookie {
  return withId(keptCookie('sessionid', READ_AT, { httpOnly: true, ...overrides }));
}

/** The standard charter's sessionid line, as real charters word it; tests override what they look at. */
export function declared(overrides: Partial<DeclaredCookie> = {}): DeclaredCookie {
  return { ...standardCharters.older.declared[0]!, ...overrides };
}

const matomo = declared({
  name: '_pk_',
  match: 'prefix',
  provider: 'Matomo',
  service: null,
  purpose: "Mesure d'audience anonymisée de la fréquentation du portail.",
  duration: '13 mois',
  category: 'Cookies de statistiques',
});

/** What a test says of a portal: the summary's fields, and the details' but for what to check (derived from them). */
export type ReportFields = Omit<PortalSummary, 'firstEntries' | 'toCheck'> & Omit<PortalDetails, 'toCheck'>;

/** A report of data.montreuil.fr; its counts are those of its comparison unless a test gives them. */
export function report(overrides: Partial<ReportFields> = {}): ReportFields {
  const whole: Omit<ReportFields, 'counts'> = {
    host: HOST,
    charter: { source: { kind: 'portal', url: `https://${HOST}/pages/cookies/`, readAt: READ_AT }, declaredCount: 4 },
    comparison: {
      declaredAndSeen: [
        { declared: declared(), cookies: [cookie()] },
        {
          declared: matomo,
          cookies: [
            cookie({ name: '_pk_id.1.a1b2', httpOnly: false, expiresAt: READ_AT + 395 * DAY }),
            cookie({ name: '_pk_ses.1.a1b2', httpOnly: false, expiresAt: READ_AT + 30 * 60_000 }),
          ],
        },
        {
          declared: declared({
            name: 'csrftoken',
            service: 'API (CSRF)',
            purpose: 'Récupérer des données via des appels API',
          }),
          cookies: [cookie({ name: 'csrftoken' })],
        },
      ],
      undeclared: [
        cookie({
          name: 'IDE',
          domain: 'doubleclick.net',
          hostOnly: false,
          httpOnly: true,
          sameSite: 'none',
          party: 'third',
          expiresAt: READ_AT + 395 * DAY,
          seenBy: ['set-cookie-header'],
        }),
        cookie({
          name: 'lang',
          path: '/explore',
          secure: false,
          httpOnly: false,
          sameSite: 'unspecified',
          removedAt: READ_AT + 60_000,
          seenBy: ['inventory', 'cookie-event'],
        }),
      ],
      declaredNotSeen: [
        declared({
          name: 'django_language',
          service: 'Sélection de la langue',
          purpose: 'Se souvenir de la langue du visiteur',
        }),
      ],
    },
    insights: {},
    findings: [],
    consent: null,
    audit: null,
    pastAudits: [],
    recordingSince: READ_AT - DAY,
    notices: [],
    ...overrides,
  };
  return { ...whole, counts: overrides.counts ?? comparisonCounts(whole.comparison) };
}

/**
 * A portal's state as the background sends it, its summary's first entries the whole comparison; with
 * `summaryOnly`, as the first reply carries it (the details to be asked for), else as an action's reply.
 */
export function portal(overrides: Partial<ReportFields> = {}, { summaryOnly = false } = {}): TabState {
  const { comparison, insights, findings, ...summary } = report(overrides);
  return {
    kind: 'portal',
    summary: {
      ...summary,
      firstEntries: comparison,
      toCheck: firstViewToCheck(comparison.undeclared, summary.counts.undeclared),
    },
    details: summaryOnly ? null : { comparison, insights, findings, toCheck: whatToCheck(comparison, findings) },
  };
}

export function renderPopup(target: TabTarget = { host: HOST }) {
  return render(<App findTarget={async () => ({ target })} />);
}

/** Text with its no-break spaces (French typography) read as plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Once the popup shows `host`; a portal's report with the part below its first screen too, which is a script of its own. */
export async function shown(host = HOST) {
  const heading = await screen.findByRole('heading', { level: 1, name: host });
  await waitFor(() => {
    if (document.querySelector('main')?.dataset.state === 'portal' && !document.querySelector('.footer'))
      throw new Error('the lists are not in yet');
  });
  return heading;
}

export function group(title: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${title}`) });
}

/** Once the popup shows a whole state, details included (the e2e harness waits for the same flag). */
export async function ready(host = HOST) {
  await shown(host);
  await waitFor(() => {
    if (document.documentElement.dataset.ready !== 'true') throw new Error('the popup is not ready');
  });
}

/** Opens every cookie line in `scope` (a line's facts, a family's members, a charter line's cookies), as a user would one by one. */
export function openLines(scope: ParentNode = document): void {
  for (let round = 0; round < 5; round++) {
    const closed = [...scope.querySelectorAll<HTMLButtonElement>('button.line[aria-expanded="false"]')];
    if (closed.length === 0) return;
    for (const button of closed) fireEvent.click(button);
  }
}

/** Opens the line whose name is `name` in `scope` and returns its list entry, its facts shown. */
export function openLine(scope: HTMLElement, name: string): HTMLElement {
  const button = [...scope.querySelectorAll<HTMLButtonElement>('button.line')].find(
    (line) => line.querySelector('.cookie-name')?.textContent === name,
  );
  if (!button) throw new Error(`No line named ${name} in: ${plain(scope.textContent)}`);
  if (button.getAttribute('aria-expanded') === 'false') fireEvent.click(button);
  return button.closest('li') as HTMLElement;
}

/** The text of a fact ("Durée de vie :") in `scope`'s opened facts. */
export function fact(scope: HTMLElement, label: string): string {
  const term = [...scope.querySelectorAll('dt')].find((dt) => plain(dt.textContent) === label);
  if (!term) throw new Error(`No fact "${label}" in: ${plain(scope.textContent)}`);
  return plain(term.nextElementSibling?.textContent);
}
