import type { BrowserInfo } from '../export/evidence.ts';

/**
 * What the audit needs of a HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/), read defensively: the file
 * comes from anyone. Cookie values pass through here inside the raw headers, and go no further than the audit's
 * reading of them (names, attributes, and the consent choice alone).
 */
export interface HarEntryFacts {
  /** startedDateTime, epoch milliseconds. */
  at: number;
  url: string;
  pageref: string | null;
  /** A top-level or frame document (Chrome's _resourceType, or an HTML response). */
  isDocument: boolean;
  /** The request's Cookie header values. */
  cookieHeaders: string[];
  /** The response's Set-Cookie header values: one a cookie (Chrome) or several joined by newlines (Firefox). */
  setCookieHeaders: string[];
}

export interface HarPageFacts {
  id: string;
  /** Chrome writes the page's URL here, Firefox its title. */
  title: string;
}

export interface HarLogFacts {
  /** log.browser (Firefox), else the requests' User-Agent (Chrome writes only "WebInspector" as creator), else log.creator. */
  browser: BrowserInfo | null;
  pages: HarPageFacts[];
  /** In order of time; entries without a readable time or URL are left out. */
  entries: HarEntryFacts[];
  skippedEntries: number;
}

export type HarProblem = 'not-json' | 'not-a-har' | 'no-entries';
export type HarReading = { ok: true; log: HarLogFacts } | { ok: false; problem: HarProblem };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown) => (typeof value === 'string' ? value : null);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function readHar(text: string): HarReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const log = isObject(parsed) ? parsed.log : undefined;
  if (!isObject(log) || !Array.isArray(log.entries)) return { ok: false, problem: 'not-a-har' };
  const entries = log.entries.map(entryFacts).filter((entry) => entry !== null);
  if (entries.length === 0) return { ok: false, problem: 'no-entries' };
  // Stable: entries of the same millisecond keep the file's order.
  entries.sort((a, b) => a.at - b.at);
  const pages = listOf(log.pages).flatMap((page) => {
    const id = isObject(page) ? stringOf(page.id) : null;
    return id === null || !isObject(page) ? [] : [{ id, title: stringOf(page.title) ?? '' }];
  });
  const browser = browserOf(log.browser) ?? browserOfUserAgent(log.entries) ?? browserOf(log.creator);
  return { ok: true, log: { browser, pages, entries, skippedEntries: log.entries.length - entries.length } };
}

/** Checked in this order: Edge's User-Agent also names Chrome, and Chrome's names Safari. */
const USER_AGENT_BROWSERS: [token: string, name: string][] = [
  ['Firefox', 'Firefox'],
  ['Edg', 'Edge'],
  ['Chrome', 'Chrome'],
];

function browserOfUserAgent(entries: readonly unknown[]): BrowserInfo | null {
  const userAgent = entries.flatMap((entry) => (isObject(entry) && isObject(entry.request) ? headerValues(entry.request.headers, 'user-agent') : []))[0];
  if (!userAgent) return null;
  for (const [token, name] of USER_AGENT_BROWSERS) {
    const version = new RegExp(`\\b${token}/([\\d.]+)`).exec(userAgent)?.[1];
    if (version) return { name, version };
  }
  return null;
}

function browserOf(value: unknown): BrowserInfo | null {
  if (!isObject(value)) return null;
  const name = stringOf(value.name);
  return name ? { name, version: stringOf(value.version) ?? '' } : null;
}

function entryFacts(entry: unknown): HarEntryFacts | null {
  if (!isObject(entry) || !isObject(entry.request)) return null;
  const at = Date.parse(stringOf(entry.startedDateTime) ?? '');
  const url = stringOf(entry.request.url);
  if (Number.isNaN(at) || url === null || !URL.canParse(url)) return null;
  const response = isObject(entry.response) ? entry.response : {};
  const mimeType = isObject(response.content) ? (stringOf(response.content.mimeType) ?? '') : '';
  return {
    at,
    url,
    pageref: stringOf(entry.pageref),
    isDocument: entry._resourceType === 'document' || /^text\/html\b/i.test(mimeType),
    cookieHeaders: headerValues(entry.request.headers, 'cookie'),
    setCookieHeaders: headerValues(response.headers, 'set-cookie'),
  };
}

function headerValues(headers: unknown, name: string): string[] {
  return listOf(headers).flatMap((header) => {
    if (!isObject(header) || stringOf(header.name)?.toLowerCase() !== name) return [];
    const value = stringOf(header.value);
    return value === null ? [] : [value];
  });
}
