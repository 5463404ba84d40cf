import { describe, expect, it } from 'vitest';
import { parseDeclaredDuration } from '../../src/core/duration/parse-declared-duration.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const duration = (maxMs: number) => ({ kind: 'duration', maxMs });
const session = { kind: 'session' };

describe('parseDeclaredDuration', () => {
  it.each([
    ['2 semaines', duration(14 * DAY)],
    ['2 semaines par défaut', duration(14 * DAY)],
    ["jusqu'à 12 mois", duration(12 * MONTH)],
    ['Jusqu’à 12 mois', duration(12 * MONTH)],
    ['13 mois', duration(13 * MONTH)],
    ['6 mois', duration(6 * MONTH)],
    ['13 mois maximum', duration(13 * MONTH)],
    ['1 an', duration(YEAR)],
    ['un an', duration(YEAR)],
    ['2 ans', duration(2 * YEAR)],
    ['1,5 an', duration(1.5 * YEAR)],
    ['24 heures', duration(24 * HOUR)],
    ['24h', duration(24 * HOUR)],
    ['vingt-quatre heures', duration(24 * HOUR)],
    ['30 minutes', duration(30 * MINUTE)],
    ['30 min', duration(30 * MINUTE)],
    ['une semaine', duration(7 * DAY)],
    ['400 jours', duration(400 * DAY)],
    ['par défaut 6 mois, configurable', duration(6 * MONTH)],
  ])('reads the French %j', (text, expected) => {
    expect(parseDeclaredDuration(text)).toEqual(expected);
  });

  it.each([
    ['2 weeks', duration(14 * DAY)],
    ['2 weeks by default', duration(14 * DAY)],
    ['up to 13 months', duration(13 * MONTH)],
    ['1 year', duration(YEAR)],
    ['a year', duration(YEAR)],
    ['an hour', duration(HOUR)],
    ['twenty four hours', duration(24 * HOUR)],
    ['30 min', duration(30 * MINUTE)],
    ['13 months by default, can be configured', duration(13 * MONTH)],
  ])('reads the English %j', (text, expected) => {
    expect(parseDeclaredDuration(text)).toEqual(expected);
  });

  it.each([
    'session',
    'Session',
    'durée de la session',
    'Fin de session',
    'End of session (browser)',
    'session cookie',
  ])('reads %j as a session cookie', (text) => {
    expect(parseDeclaredDuration(text)).toEqual(session);
  });

  it('keeps the longest duration stated, even when the wording also speaks of sessions', () => {
    expect(
      parseDeclaredDuration("Jeton renouvelé aléatoirement entre deux requêtes ou deux sessions. Jusqu'à 12 mois"),
    ).toEqual(duration(12 * MONTH));
    expect(parseDeclaredDuration('Token randomly reset between two requests or two sessions. Up to 12 months')).toEqual(
      duration(12 * MONTH),
    );
    expect(parseDeclaredDuration('entre 1 et 2 ans')).toEqual(duration(2 * YEAR));
    expect(parseDeclaredDuration('30 minutes ou 13 mois')).toEqual(duration(13 * MONTH));
  });

  it('does not take a number without a unit, nor an article, for a duration', () => {
    expect(parseDeclaredDuration('Cookie n°2 de la liste')).toBeNull();
    expect(parseDeclaredDuration('a définir')).toBeNull();
    expect(parseDeclaredDuration('il a 2 ans')).toEqual(duration(2 * YEAR));
  });

  it.each(['', 'Persistant', 'Permanent', 'Unknown', '0 jours', '—', '12345678901 ans'])(
    'finds no duration in %j',
    (text) => {
      expect(parseDeclaredDuration(text)).toBeNull();
    },
  );

  // Its time on such text, linear, is measured by `npm run bench` (group hostile), not asserted here.
  it('never throws on long or hostile text, and finds a duration at the end of a long one', () => {
    expect(parseDeclaredDuration(undefined as unknown as string)).toBeNull();
    const hostile = `${'1'.repeat(200_000)}${',1'.repeat(100_000)}${' a'.repeat(100_000)} mois`;
    expect(() => parseDeclaredDuration(hostile)).not.toThrow();
    expect(parseDeclaredDuration(`${'x '.repeat(100_000)}13 mois`)).toEqual(duration(13 * MONTH));
  });
});
