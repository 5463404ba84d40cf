import { describe, expect, it } from 'vitest';
import {
  acceptedServices,
  consentVerdict,
  decodeConsentChoice,
  isRefusal,
} from '../../src/core/consent/consent-choice.ts';

const encoded = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('decodeConsentChoice', () => {
  it('reads the URL-encoded JSON Opendatasoft stores', () => {
    expect(
      decodeConsentChoice(
        '%7B%22functional_cookies%22%3Atrue%2C%22matomo%22%3Afalse%2C%22timestamp%22%3A1732370000000%7D',
      ),
    ).toEqual({
      choices: { functional_cookies: true, matomo: false },
      decidedAt: 1732370000000,
    });
  });

  it('reads every service key of the consent banner', () => {
    const value = encoded({
      functional_cookies: true,
      ga: false,
      matomo: true,
      xiti: false,
      at: false,
      piano: false,
      eulerian: false,
      timestamp: 1732370000000,
    });
    expect(decodeConsentChoice(value)?.choices).toEqual({
      functional_cookies: true,
      ga: false,
      matomo: true,
      xiti: false,
      at: false,
      piano: false,
      eulerian: false,
    });
  });

  it('reads a value encoded twice, plain JSON, or within quotes', () => {
    const expected = { choices: { ga: true }, decidedAt: 1732370000000 };
    expect(decodeConsentChoice(encodeURIComponent(encoded({ ga: true, timestamp: 1732370000000 })))).toEqual(expected);
    expect(decodeConsentChoice('{"ga":true,"timestamp":1732370000000}')).toEqual(expected);
    expect(decodeConsentChoice(`"${encoded({ ga: true, timestamp: 1732370000000 })}"`)).toEqual(expected);
  });

  it('keeps only boolean choices of service-shaped keys and the moment: nothing else of the value', () => {
    const value = encoded({
      ga: true,
      uid: 'a1b2c3',
      matomo: 'yes',
      nested: { ga: false },
      list: [true],
      'Bad Key': true,
      __proto__x: true,
      timestamp: 1732370000000,
    });
    expect(decodeConsentChoice(value)).toEqual({ choices: { ga: true }, decidedAt: 1732370000000 });
    expect(JSON.stringify(decodeConsentChoice(value))).not.toContain('a1b2c3');
  });

  it('reads a timestamp in seconds or as digits, and drops an implausible one', () => {
    expect(decodeConsentChoice(encoded({ ga: true, timestamp: 1732370000 }))?.decidedAt).toBe(1732370000000);
    expect(decodeConsentChoice(encoded({ ga: true, timestamp: '1732370000000' }))?.decidedAt).toBe(1732370000000);
    expect(decodeConsentChoice(encoded({ ga: true, timestamp: 42 }))?.decidedAt).toBeNull();
    expect(decodeConsentChoice(encoded({ ga: true, timestamp: 9e15 }))?.decidedAt).toBeNull();
    expect(decodeConsentChoice(encoded({ ga: true, timestamp: 'hier' }))?.decidedAt).toBeNull();
    expect(decodeConsentChoice(encoded({ ga: true }))?.decidedAt).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['garbage', 'abc%ZZ'],
    ['a malformed escape', '%E0%A4%A'],
    ['an array', encoded([true, false])],
    ['a number', '42'],
    ['JSON null', 'null'],
    ['an object without choices', encoded({ foo: 'bar' })],
    ['truncated JSON', '%7B%22ga%22%3Atru'],
    ['a huge value', encoded({ ga: true, padding: 'x'.repeat(10_000) })],
    [
      'encoded too many times',
      encodeURIComponent(encodeURIComponent(encodeURIComponent(encodeURIComponent(encoded({ ga: true }))))),
    ],
  ])('returns null for %s, without throwing', (_, value) => {
    expect(decodeConsentChoice(value)).toBeNull();
  });

  it('never throws on values of the wrong type', () => {
    expect(decodeConsentChoice(undefined as unknown as string)).toBeNull();
    expect(decodeConsentChoice({} as unknown as string)).toBeNull();
  });

  it('keeps at most fifty choices', () => {
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, index) => [`service${index}`, true]));
    expect(Object.keys(decodeConsentChoice(encoded(many))?.choices ?? {})).toHaveLength(50);
  });
});

describe('what a choice means for the consent phases', () => {
  const choice = (choices: Record<string, boolean>) => ({ choices, decidedAt: null });

  it('is an acceptance when any measurement service was accepted', () => {
    const accepted = choice({ functional_cookies: true, ga: false, matomo: true, xiti: true });
    expect(acceptedServices(accepted)).toEqual(['matomo', 'xiti']);
    expect(isRefusal(accepted)).toBe(false);
    expect(consentVerdict(accepted)).toBe('accepted');
  });

  it('is a refusal when every measurement service was refused, whatever the functional cookies', () => {
    const refused = choice({ functional_cookies: true, ga: false, matomo: false });
    expect(acceptedServices(refused)).toEqual([]);
    expect(isRefusal(refused)).toBe(true);
    expect(consentVerdict(refused)).toBe('refused');
  });

  it('is neither when no service was chosen', () => {
    const functionalOnly = choice({ functional_cookies: false });
    expect(isRefusal(functionalOnly)).toBe(false);
    expect(acceptedServices(functionalOnly)).toEqual([]);
    expect(consentVerdict(functionalOnly)).toBe('none');
    expect(consentVerdict(null)).toBe('none');
  });
});
