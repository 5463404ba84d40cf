import { describe, expect, it } from 'vitest';
import { visibleText, withInvisibleEscaped } from '../../src/core/report/visible-name.ts';

describe('visibleText', () => {
  it.each([
    ['an escape sequence that sets a terminal title', 'a\u001b]0;pwned\u0007b', 'a␛]0;pwned␇b'],
    ['one that clears the screen', '\u001b[2J', '␛[2J'],
    ['a C1 control introducer', 'x\u009b31m', 'x⟨U+009B⟩31m'],
    ['zero-width characters', 'a\u200bb\u200cc\u200dd\u200ee\u200ff', 'a⟨U+200B⟩b⟨U+200C⟩c⟨U+200D⟩d⟨U+200E⟩e⟨U+200F⟩f'],
    ['bidi embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e', '⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069', '⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩'],
    ['a line break and DEL', 'a\nb\u007f', 'a␊b␡'],
    ['a tag character (invisible ASCII)', 'x\u{E0041}', 'x⟨U+E0041⟩'],
  ])('shows %s', (_, text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  it('leaves French text as it is, and keeps line breaks and tabs when asked', () => {
    expect(visibleText('Mesure d’audience — « Matomo » (13 mois)')).toBe('Mesure d’audience — « Matomo » (13 mois)');
    expect(visibleText('a\r\nb\tc\u202e', { keepLineBreaks: true })).toBe('a\r\nb\tc⟨U+202E⟩');
  });
});

describe('withInvisibleEscaped', () => {
  it('writes invisible characters of JSON strings as escapes: the same data, nothing raw', () => {
    const value = { name: 'x\u202eyz\u200b', title: 'a\u001b]0;t\u0007', tag: '\u{E0041}', c1: '\u009b' };
    const json = withInvisibleEscaped(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u001b\u007f-\u009f\u200b\u202e\u{E0041}]/u);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toContain('"x\\u202eyz\\u200b"');
  });
});
