import { readFileSync } from 'node:fs';

export const HAR_FIXTURE = new URL('../fixtures/har/data.montreuil.fr.har', import.meta.url);
export const harFixtureText = () => readFileSync(HAR_FIXTURE, 'utf8');

/** The values the fixture's cookies hold: none may appear in anything the audit prints or writes. */
export const FIXTURE_COOKIE_VALUES = [
  's3cr3t-session-value-ABC',
  'csrf-T0KEN-value-XYZ',
  '8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  'a1b2c3d4e5f60718',
  'carto-UID-77aa88bb99cc',
  // The consent cookie's raw value: only the decoded choice may be used.
  '%7B%22functional_cookies',
];

export interface SmallEntry {
  at: string;
  url: string;
  pageref?: string;
  type?: string;
  cookie?: string;
  setCookies?: string[];
}

/** A HAR 1.2 file with just what the audit reads, in Chrome's form. */
export function smallHar(entries: SmallEntry[], pages = [{ id: 'page_1', title: entries[0]?.url ?? '' }]): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages,
      entries: entries.map(({ at, url, pageref = 'page_1', type = 'fetch', cookie, setCookies = [] }) => ({
        pageref,
        _resourceType: type,
        startedDateTime: at,
        request: { method: 'GET', url, headers: cookie ? [{ name: 'Cookie', value: cookie }] : [] },
        response: {
          status: 200,
          headers: setCookies.map((value) => ({ name: 'Set-Cookie', value })),
          content: { mimeType: 'text/plain' },
        },
      })),
    },
  });
}
