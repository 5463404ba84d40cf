// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBackground } from '../support/fake-background.ts';
import { cookie, group, HOST, plain, portal, READ_AT, renderPopup, report, shown } from '../support/popup-report.tsx';

afterEach(cleanup);

describe('popup: what reading the charter could not settle', () => {
  it('says when the column titles were guessed', async () => {
    const source = { kind: 'portal' as const, url: `https://${HOST}/terms/cookies-policy/`, readAt: READ_AT, columnsGuessed: true as const };
    fakeBackground({ getTabState: () => portal({ charter: { source, declaredCount: 3 } }) });
    renderPopup();
    await shown();
    expect(screen.getByText(/la colonne des noms de cookies a été devinée d'après son contenu/)).toBeTruthy();
  });

  it('says nothing of guessed titles for a charter whose titles were understood', async () => {
    fakeBackground({ getTabState: () => portal() });
    renderPopup();
    await shown();
    expect(screen.queryByText(/devinée/)).toBeNull();
  });

  it('says which charter line an undeclared cookie is close to', async () => {
    const near = cookie({ name: '_pk_ses.3.ffff', httpOnly: false });
    const whole = report();
    const comparison = { ...whole.comparison, undeclared: [near, ...whole.comparison.undeclared], nearLines: { '_pk_ses.3.ffff': '_pk_ses' } };
    fakeBackground({ getTabState: () => portal({ comparison, counts: { ...whole.counts, undeclared: 3 } }) });
    renderPopup();
    await shown();
    const entry = within(group('Observés mais non déclarés')).getByText('_pk_ses.3.ffff').closest('li')!;
    expect(plain(entry.textContent)).toContain('proche de la ligne « _pk_ses »');
    expect(within(group('Observés mais non déclarés')).getAllByText(/proche de la ligne/)).toHaveLength(1);
  });
});
