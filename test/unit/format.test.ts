import { describe, expect, it } from 'vitest';
import {
  describeLifetime,
  formatDateTime,
  formatMegabytes,
  isWebUrl,
  lifetimeOf,
  pluralForm,
} from '../../src/core/words/format.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const setAt = Date.UTC(2026, 10, 23, 14, 42);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Intl puts no-break spaces between a number and its unit (as French typography wants); compare words only. */
function plain(text: string): string {
  return text.replace(/\s/g, ' ');
}

/** The French words for a session cookie and an expired one, as the locale says them. */
const frenchWords = { session: sayInFrench('lifetimeSession'), expired: sayInFrench('lifetimeExpired') };

function lifetimeAfter(span: number | null): string {
  return plain(describeLifetime({ setAt, expiresAt: span === null ? null : setAt + span }, 'fr-FR', frenchWords));
}

describe('describeLifetime', () => {
  it.each([
    [null, 'session'],
    [0, 'expiré'],
    [-DAY, 'expiré'],
    [20 * SECOND, '20 secondes'],
    [300, '1 seconde'],
    [30 * MINUTE, '30 minutes'],
    [59 * MINUTE + 40 * SECOND, '1 heure'],
    [HOUR, '1 heure'],
    [2 * HOUR, '2 heures'],
    [23 * HOUR + 50 * MINUTE, '1 jour'],
    [3 * DAY, '3 jours'],
    [7 * DAY, '1 semaine'],
    [14 * DAY, '2 semaines'],
    [10 * DAY, '10 jours'],
    [29 * DAY, '29 jours'],
    [30 * DAY, '1 mois'],
    [180 * DAY, '6 mois'],
    [364 * DAY, '12 mois'],
    [365 * DAY, '1 an'],
    [366 * DAY, '1 an'],
    [393 * DAY, '13 mois'],
    [395 * DAY, '13 mois'],
    [730 * DAY, '2 ans'],
    [761 * DAY, '25 mois'],
    [1000 * DAY, '33 mois'],
    [1500 * DAY, '4 ans'],
  ] as const)('%s ms → %s', (span, expected) => {
    expect(lifetimeAfter(span)).toBe(expected);
  });

  it('counts from when the cookie was set, not from now', () => {
    expect(plain(describeLifetime({ setAt: 0, expiresAt: 395 * DAY }, 'fr-FR', frenchWords))).toBe('13 mois');
  });

  it('words units in another locale and takes its own words for session and expired', () => {
    const words = { session: 'session', expired: 'expired' };
    expect(plain(describeLifetime({ setAt, expiresAt: setAt + 395 * DAY }, 'en-GB', words))).toBe('13 months');
    expect(describeLifetime({ setAt, expiresAt: setAt - 1 }, 'en-GB', words)).toBe('expired');
  });

  it('gives the unit and count for callers that word it themselves', () => {
    expect(lifetimeOf({ setAt, expiresAt: setAt + 2 * 365 * DAY })).toEqual({
      kind: 'duration',
      count: 2,
      unit: 'year',
    });
    expect(lifetimeOf({ setAt, expiresAt: null })).toEqual({ kind: 'session' });
  });
});

describe('formatDateTime', () => {
  it('writes French dates in Paris time', () => {
    expect(plain(formatDateTime(Date.UTC(2026, 10, 23, 14, 42)))).toBe('23/11/2026 15:42');
    // Summer time: UTC+2.
    expect(plain(formatDateTime(Date.UTC(2026, 6, 1, 8, 5)))).toBe('01/07/2026 10:05');
  });

  it('follows the locale and time zone it is given', () => {
    expect(plain(formatDateTime(Date.UTC(2026, 10, 23, 14, 42), 'en-GB', 'UTC'))).toBe('23/11/2026, 14:42');
  });
});

describe('formatMegabytes', () => {
  it('writes megabytes with at most one decimal, in French by default', () => {
    expect(formatMegabytes(5 * 1_048_576)).toBe('5');
    expect(formatMegabytes(1.5 * 1_048_576)).toBe('1,5');
  });
});

describe('pluralForm', () => {
  it('treats 0 and 1 as singular in French, only 1 in English', () => {
    expect([0, 1, 2, 13].map((count) => pluralForm(count))).toEqual(['one', 'one', 'other', 'other']);
    expect([0, 1, 2].map((count) => pluralForm(count, 'en-GB'))).toEqual(['other', 'one', 'other']);
  });
});

describe('isWebUrl', () => {
  it('accepts only http and https', () => {
    expect(isWebUrl('https://data.montreuil.fr/pages/cookies/')).toBe(true);
    expect(isWebUrl('http://data.montreuil.fr/')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<b>x</b>')).toBe(false);
  });
});
