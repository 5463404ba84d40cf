import browser from 'webextension-polyfill';
import { createCookieKnowledgeLookup } from '../core/knowledge/lookup.ts';
import { openCookieDatabaseEntries, type OpenCookieDatabaseFile } from '../core/knowledge/open-cookie-database.ts';
import type { VendorCookies } from '../core/knowledge/types.ts';
import { createOrganisationLookup, thirdPartyWebFallback } from '../core/knowledge/organisations.ts';
import type { ReportKnowledge } from '../core/report/build-report.ts';
import type { LocaleMessages } from '../core/words/messages.ts';

/** The data files the build writes beside background.js (build/build.mjs), read only when a report needs them. */
export const knowledgeDataFiles = {
  projectKnowledge: 'data/project-knowledge.json',
  openCookieDatabase: 'data/open-cookie-database.json',
  thirdPartyOrganisations: 'data/third-party-organisations.json',
} as const;

async function extensionJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let loadingFrenchMessages: Promise<LocaleMessages> | undefined;

/** The French messages the exports are worded in (whatever the browser's language), read from the extension's own _locales once. */
export function loadFrenchMessages(): Promise<LocaleMessages> {
  loadingFrenchMessages ??= extensionJson<LocaleMessages>('_locales/fr/messages.json').catch((error: unknown) => {
    loadingFrenchMessages = undefined;
    throw error;
  });
  return loadingFrenchMessages;
}

let loading: Promise<ReportKnowledge> | undefined;

/**
 * The project's knowledge base, the Open Cookie Database and third-party-web's organisations (~130 KB gzipped
 * together), fetched from the extension's own files the first time a report is built, then kept. Should a file
 * fail to load, the report goes without that knowledge (the organisations of the project's table still answer),
 * and the next report tries again.
 */
export function loadReportKnowledge(): Promise<ReportKnowledge> {
  loading ??= Promise.all([
    extensionJson<VendorCookies[]>(knowledgeDataFiles.projectKnowledge),
    extensionJson<OpenCookieDatabaseFile>(knowledgeDataFiles.openCookieDatabase),
    extensionJson<Record<string, string>>(knowledgeDataFiles.thirdPartyOrganisations),
  ]).then(
    ([projectVendors, openCookieDatabase, organisations]) => ({
      cookies: createCookieKnowledgeLookup(projectVendors, openCookieDatabaseEntries(openCookieDatabase)),
      organisations: createOrganisationLookup(thirdPartyWebFallback(organisations)),
    }),
    () => {
      loading = undefined;
      return { cookies: createCookieKnowledgeLookup([]), organisations: createOrganisationLookup() };
    },
  );
  return loading;
}
