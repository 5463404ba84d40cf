import { describe, expect, it } from 'vitest';
import { currentPhase, followConsent, phaseAt, startAudit, switchPhaseByHand } from '../../src/core/audit/audit.ts';
import { diffAudits, type AuditSnapshot } from '../../src/core/audit/diff.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { keptCookie } from '../support/kept-cookie.ts';

describe('audit phases', () => {
  it('starts before any choice and follows the consent cookie', () => {
    let audit = startAudit(100);
    expect(currentPhase(audit)).toBe('before-choice');
    audit = followConsent(audit, 'accepted', 200);
    audit = followConsent(audit, 'accepted', 250);
    audit = followConsent(audit, 'refused', 300);
    expect(audit.phases.map((change) => [change.at, change.phase, change.by])).toEqual([
      [100, 'before-choice', 'start'],
      [200, 'after-accept', 'consent'],
      [300, 'after-refusal', 'consent'],
    ]);
  });

  it('gives each moment the phase then in force', () => {
    const audit = followConsent(followConsent(startAudit(100), 'accepted', 200), 'none', 400);
    expect([50, 100, 199, 200, 399, 400].map((at) => phaseAt(audit, at))).toEqual([
      'before-choice',
      'before-choice',
      'before-choice',
      'after-accept',
      'after-accept',
      'before-choice',
    ]);
  });

  it('lets the user switch by hand, after which the consent cookie no longer switches', () => {
    let audit = switchPhaseByHand(startAudit(100), 'after-refusal', 150);
    audit = followConsent(audit, 'accepted', 200);
    expect(currentPhase(audit)).toBe('after-refusal');
    expect(switchPhaseByHand(audit, 'after-accept', 300).phases.at(-1)).toEqual({
      at: 300,
      phase: 'after-accept',
      by: 'user',
    });
  });
});

describe('comparing two audits', () => {
  const line = (name: string, purpose: string): DeclaredCookie => ({
    name,
    match: 'exact',
    provider: 'Opendatasoft',
    service: null,
    purpose,
    duration: null,
    category: null,
  });
  const cookie = (name: string): KeptCookie => keptCookie(name, 1);
  const snapshot = (declared: DeclaredCookie[], cookies: KeptCookie[]): AuditSnapshot => ({
    audit: startAudit(1),
    charter: {
      declared,
      source: { kind: 'portal', url: 'https://data.montreuil.fr/terms/cookies-policy/', readAt: 1 },
    },
    cookies,
  });

  it('lists the cookies that appeared or went, and the charter lines added, removed or reworded', () => {
    const earlier = snapshot(
      [line('sessionid', 'Se souvenir'), line('csrftoken', 'API')],
      [cookie('sessionid'), cookie('_ga')],
    );
    const later = snapshot(
      [line('sessionid', 'Se souvenir de vous'), line('cookies_preferences', 'Choix')],
      [cookie('sessionid'), cookie('_pk_id.1.ab12')],
    );
    const diff = diffAudits(earlier, later);
    expect(diff.cookiesAppeared.map((c) => c.name)).toEqual(['_pk_id.1.ab12']);
    expect(diff.cookiesGone.map((c) => c.name)).toEqual(['_ga']);
    expect(diff.declaredAdded.map((l) => l.name)).toEqual(['cookies_preferences']);
    expect(diff.declaredRemoved.map((l) => l.name)).toEqual(['csrftoken']);
    expect(diff.declaredReworded.map(({ before, after }) => [before.purpose, after.purpose])).toEqual([
      ['Se souvenir', 'Se souvenir de vous'],
    ]);
  });

  it('finds nothing between an audit and itself', () => {
    const same = snapshot([line('sessionid', 'Se souvenir')], [cookie('sessionid')]);
    expect(diffAudits(same, same)).toEqual({
      cookiesAppeared: [],
      cookiesGone: [],
      declaredAdded: [],
      declaredRemoved: [],
      declaredReworded: [],
    });
  });
});
