// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../popup/components/App.tsx';
import { UndeclaredGroup } from '../../popup/components/CookieGroups.tsx';
import { cookieNotes } from '../../popup/components/cookie-notes.ts';
import { FirstFrame, firstFrameEntries } from '../../popup/components/first-frame.ts';
import type { CookieRecord } from '../../src/core/cookies/types.ts';
import { cookieRecord } from '../support/cookie-record.ts';
import { fakeBackground } from '../support/fake-background.ts';

const HOST = 'data.montreuil.fr';
const AT = Date.UTC(2026, 10, 23, 14, 42);

const cookies = (count: number): CookieRecord[] =>
  Array.from({ length: count }, (_, index) => cookieRecord(`traceur_${index}`, AT, { domain: 'mesure-tiers.example', hostOnly: false, party: 'third' }));

const undeclaredGroup = () => screen.getByRole('region', { name: /^Observés mais non déclarés/ });

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.ready;
});

describe('popup: a portal with many cookies', () => {
  it('paints the first entries of a long list in its first frame, with the whole count', () => {
    render(
      <FirstFrame.Provider value>
        <UndeclaredGroup cookies={cookies(40)} notes={cookieNotes({ insights: {}, findings: [] })} />
      </FirstFrame.Provider>,
    );
    expect(within(undeclaredGroup()).getAllByRole('listitem')).toHaveLength(firstFrameEntries);
    expect(within(undeclaredGroup()).getByText('40')).toBeTruthy();
  });

  it('shows every entry once ready for the end-to-end harness', async () => {
    fakeBackground({
      getTabState: () => ({
        kind: 'portal',
        report: {
          host: HOST,
          charter: { source: { kind: 'portal', url: `https://${HOST}/pages/cookies/`, readAt: AT }, declaredCount: 0 },
          comparison: { declaredAndSeen: [], undeclared: cookies(40), declaredNotSeen: [] },
          insights: {},
          findings: [],
          consent: null,
          audit: null,
          pastAudits: [],
          recordingSince: AT,
          notices: [],
        },
      }),
    });
    render(<App findTarget={async () => ({ host: HOST })} />);
    await screen.findByRole('heading', { level: 1, name: HOST });
    await expect.poll(() => document.documentElement.dataset.ready).toBe('true');
    expect(within(undeclaredGroup()).getAllByRole('listitem')).toHaveLength(40);
    expect(performance.getEntriesByName('popup-rendered').length).toBeGreaterThan(0);
  });
});
