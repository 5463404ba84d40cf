// Locale convention: every message the popup and the options page ask for exists in French and English,
// with the same placeholders in the same order. No DOM needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, LocaleMessage>;
const french = readJson('_locales/fr/messages.json');
const english = readJson('_locales/en/messages.json');

const uiSources = ['popup', 'options', 'ui']
  .flatMap((folder) => readdirSync(join(root, folder), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)));

/** Keys named literally in `t('…')`, `tNodes('…')`, and `tn('…')` (which reads `<key>_one` and `<key>_other`). */
function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const path of uiSources) {
    const text = readFileSync(join(root, path), 'utf8');
    for (const match of text.matchAll(/\b(t|tNodes|tn)\(\s*'([A-Za-z0-9_]+)'/g)) {
      const [, helper, key] = match as unknown as [string, string, string];
      if (helper === 'tn') {
        keys.set(`${key}_one`, path);
        keys.set(`${key}_other`, path);
      } else keys.set(key, path);
    }
  }
  return keys;
}

/** Placeholder names in the order of their $1, $2… positions. */
function placeholderOrder(entry: LocaleMessage): string[] {
  return Object.entries(entry.placeholders ?? {})
    .sort(([, a], [, b]) => a.content.localeCompare(b.content))
    .map(([name, { content }]) => `${name}=${content}`);
}

describe('locales of the popup and the options page', () => {
  it('finds the messages the interface uses', () => {
    expect(uiSources.length).toBeGreaterThan(5);
    expect(usedKeys().size).toBeGreaterThan(50);
  });

  it('has every used message in French and English', () => {
    const missing = [...usedKeys()]
      .filter(([key]) => !french[key] || !english[key])
      .map(([key, path]) => `${key} (${path})`);
    expect(missing).toEqual([]);
  });

  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(french).sort());
    for (const [key, entry] of Object.entries(french)) {
      expect(placeholderOrder(english[key] as LocaleMessage), key).toEqual(placeholderOrder(entry));
    }
  });

  it('declares every $NAME$ a message uses, and uses every one it declares', () => {
    for (const [language, messages] of [
      ['fr', french],
      ['en', english],
    ] as const) {
      for (const [key, entry] of Object.entries(messages)) {
        const used = new Set(
          [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => (match[1] as string).toLowerCase()),
        );
        expect([...used].sort(), `${language} ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      }
    }
  });

  it('keeps the names WebExtensions allow', () => {
    for (const key of Object.keys(french)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
