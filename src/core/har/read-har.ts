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

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown) => (typeof value === 'string' ? value : null);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Gathers what the audit needs of a HAR file one part at a time, so that a streaming reader (the command line's)
 * can hand over each entry and forget it: only these facts stay in memory, never the whole parsed file.
 */
export class HarFactsCollector {
  private readonly entries: HarEntryFacts[] = [];
  private readonly pages: HarPageFacts[] = [];
  private skippedEntries = 0;
  private logBrowser: BrowserInfo | null = null;
  private creator: BrowserInfo | null = null;
  private userAgentBrowser: BrowserInfo | null = null;
  private sawEntries = false;

  addEntry(entry: unknown): void {
    this.sawEntries = true;
    const facts = entryFacts(entry);
    if (facts) this.entries.push(facts);
    else this.skippedEntries++;
    this.userAgentBrowser ??= browserOfUserAgent(entry);
  }

  addPage(page: unknown): void {
    const id = isObject(page) ? stringOf(page.id) : null;
    if (id !== null && isObject(page)) this.pages.push({ id, title: stringOf(page.title) ?? '' });
  }

  /** log.browser (Firefox writes it) and log.creator. */
  setBrowser(value: unknown): void {
    this.logBrowser = browserOf(value);
  }

  setCreator(value: unknown): void {
    this.creator = browserOf(value);
  }

  /** `hasEntries`: the file's log.entries is a list, even an empty one (a streaming reader knows it from its first entry). */
  finish(hasEntries = this.sawEntries): HarReading {
    if (!hasEntries) return { ok: false, problem: 'not-a-har' };
    if (this.entries.length === 0) return { ok: false, problem: 'no-entries' };
    // Stable: entries of the same millisecond keep the file's order.
    this.entries.sort((a, b) => a.at - b.at);
    const browser = this.logBrowser ?? this.userAgentBrowser ?? this.creator;
    return {
      ok: true,
      log: { browser, pages: this.pages, entries: this.entries, skippedEntries: this.skippedEntries },
    };
  }
}

/** A whole HAR file's text (tests, small files); the command line streams instead (src/cli/read-har-file.ts). */
export function readHar(text: string): HarReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const log = isObject(parsed) ? parsed.log : undefined;
  if (!isObject(log) || !Array.isArray(log.entries)) return { ok: false, problem: 'not-a-har' };
  const collector = new HarFactsCollector();
  for (const entry of log.entries) collector.addEntry(entry);
  for (const page of listOf(log.pages)) collector.addPage(page);
  collector.setBrowser(log.browser);
  collector.setCreator(log.creator);
  return collector.finish(true);
}

/** Checked in this order: Edge's User-Agent also names Chrome, and Chrome's names Safari. */
const USER_AGENT_BROWSERS: [token: string, name: string][] = [
  ['Firefox', 'Firefox'],
  ['Edg', 'Edge'],
  ['Chrome', 'Chrome'],
];

function browserOfUserAgent(entry: unknown): BrowserInfo | null {
  const userAgent =
    isObject(entry) && isObject(entry.request) ? headerValues(entry.request.headers, 'user-agent')[0] : undefined;
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
