/**
 * The popup in real Chromium (the e2e harness's session, the built dist/chrome): a portal record of 500 cookies is
 * written to storage through the service worker, then popup.html?host=… is opened several times; each opening
 * reads its marks: 'popup-rendered' (first view painted) minus 'popup-script-start', DOMContentLoaded and
 * 'popup-complete' (every list in the page) from the navigation's start. Then two reference pages opened the same
 * way (bench/reference-pages/: what any extension page pays before a word of its own is on screen); the popup
 * opened through the toolbar button on a tab of the portal, as a user opens it; the same openings by address, each
 * right after the service worker was stopped (as Chrome does after 30 s idle): the cold start.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromiumSession, readToolbarPopup, type ChromiumSession } from '../test/e2e/support/chromium.ts';
import { startPortal } from '../test/portal/index.ts';
import { compareCookies } from '../src/core/compare.ts';
import { cookieKey } from '../src/core/cookies/kept-cookie.ts';
import { portalRecordVersion, storageKeyOf, type PortalRecord } from '../src/core/record/portal-record.ts';
import { budgets } from './budgets.ts';
import { benchFirefoxColdStart } from './popup-firefox.ts';
import { formatMs, median } from './measure.ts';
import type { BenchRow } from './report.ts';
import { benchPortalHost, declaredEntries, recordedCookies } from './synthetic.ts';

const cookieCount = 500;
/**
 * Openings of a running popup per figure: the figure is the median of 10, but with 10 the median of unchanged
 * code swung from 13.7 to 17.1 ms between runs here (the first paint waits for the display's next frame, anywhere in
 * 0-16.7 ms); 20 measure the same median with about half that spread.
 */
const openings = 20;
/** Openings right after the background was stopped (each restart takes about a second). */
const coldOpenings = 10;
const builtExtensionDir = fileURLToPath(new URL('../dist/chrome', import.meta.url));
const referencePagesDir = fileURLToPath(new URL('./reference-pages', import.meta.url));

/**
 * A copy of the built extension with the benchmark's reference pages (bench/reference-pages/) beside the popup:
 * what any extension page pays before a word of its own is on screen, with and without one storage read first.
 */
async function extensionWithReferencePages(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'charte-bench-extension-'));
  await cp(builtExtensionDir, dir, { recursive: true });
  await cp(referencePagesDir, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The record the background would have kept: 500 cookies and a charter of 50 lines, read a moment ago. */
function seededRecord(): PortalRecord {
  const declared = declaredEntries(50);
  const cookies = recordedCookies(cookieCount, declared);
  return {
    version: portalRecordVersion,
    host: benchPortalHost,
    cookies: Object.fromEntries(cookies.map((cookie) => [cookieKey(cookie, benchPortalHost), cookie])),
    charter: {
      declared,
      source: { kind: 'portal', url: `https://${benchPortalHost}/pages/charte-cookies/`, readAt: Date.now() },
    },
    audit: null,
    pastAudits: [],
    consent: null,
    visitedAt: Date.now(),
  };
}

/**
 * Waits for the popup's whole state without touching the page while it renders: Playwright's waitForSelector
 * injects its selector engine into the page and polls it every frame, which put 10-15 ms of the harness's own
 * work between the popup's first render and its paint (seen in a Chromium trace).
 */
async function untilReady(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (await page.evaluate(() => document.documentElement.dataset.ready === 'true')) return;
    if (Date.now() > deadline) throw new Error('The popup did not show a whole state within 10 s.');
  }
}

/**
 * Waits a random part of a frame before an opening. Openings spaced by whole frames (the 250 ms polls of untilReady
 * are 15 frames at 60 Hz) would all start at one point of the display's frame cycle, and the first paint waits for
 * the next frame: each run's median then reflects one phase, a few milliseconds off the next run's.
 */
function atRandomFramePhase(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * (1000 / 60)));
}

/** Stops the extension's service worker through the DevTools protocol, as Chrome does after 30 s idle. */
async function stopServiceWorker(session: ChromiumSession, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/**
 * Opens the popup for `host` `openings` times in a 400 px tab, each timed by its own marks; `cold`: each right after
 * the service worker was stopped.
 */
export function timePopupOpenings(
  session: ChromiumSession,
  host: string,
  openings: number,
  { cold = false }: { cold?: boolean } = {},
): Promise<{ page: Page; timings: Opening[] }> {
  return timePageOpenings(session, `popup.html?host=${encodeURIComponent(host)}`, openings, cold);
}

/** Opens the extension's page at `path` `openings` times in one 400 px tab, each timed by the popup's marks. */
async function timePageOpenings(
  session: ChromiumSession,
  path: string,
  openings: number,
  cold = false,
): Promise<{ page: Page; timings: Opening[] }> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  const url = `chrome-extension://${session.extensionId}/${path}`;
  const timings: Opening[] = [];
  for (let opening = 0; opening < openings; opening++) {
    if (cold) await stopServiceWorker(session, page);
    await atRandomFramePhase();
    await page.goto(url);
    await untilReady(page);
    const background = cold ? await backgroundStartUp(session) : null;
    timings.push({
      background,
      longTasksMs: await page.evaluate(longTasksOfPage),
      ...(await page.evaluate(readOpeningMarks)),
    });
  }
  return { page, timings };
}

/** The page's tasks of 50 ms or more since it started (the browser's long tasks, which it keeps for a late observer). */
function longTasksOfPage(): Promise<number[]> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().map((entry) => entry.duration));
    });
    observer.observe({ type: 'longtask', buffered: true });
    // The observer is called only when there is an entry to give.
    setTimeout(() => {
      observer.disconnect();
      resolve([]);
    }, 100);
  });
}

/** One opening's figures, read in the popup from its own marks and its navigation's timing. */
function readOpeningMarks(): Omit<Opening, 'background' | 'longTasksMs'> {
  const start = performance.getEntriesByName('popup-script-start')[0];
  const rendered = performance.getEntriesByName('popup-rendered')[0];
  const complete = performance.getEntriesByName('popup-complete')[0];
  const answered = performance.getEntriesByName('popup-answered')[0];
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Chrome shows a toolbar popup once its page's load event has fired; the page is hidden until then, and paints nothing.
  const shown = performance.getEntriesByType('visibility-state').find((entry) => entry.name === 'visible');
  return {
    state: document.querySelector('main')?.dataset.state,
    fromScriptStartMs: start && rendered ? rendered.startTime - start.startTime : null,
    fromNavigationMs: rendered ? rendered.startTime : null,
    completeFromNavigationMs: complete ? complete.startTime : null,
    answeredFromScriptStartMs: start && answered ? answered.startTime - start.startTime : null,
    shownFromScriptStartMs: start && shown ? shown.startTime - start.startTime : null,
    domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null,
  };
}

/**
 * Opens the popup `openings` times as a user does: a tab on the portal (a page of it that sets no cookie, so that the
 * record stays the seeded one), then the extension's toolbar button; the popup finds the active tab and its host
 * itself, which the openings by `?host=` skip. `popupPath`: another page for the button to open, the reference page.
 */
async function timeToolbarOpenings(
  session: ChromiumSession,
  openings: number,
  popupPath = 'popup.html',
  beforeOpening: (opening: number) => Promise<void> = async () => {},
): Promise<Opening[]> {
  const setPopup = async (popup: string) =>
    (await session.worker()).evaluate(
      (path) =>
        (
          globalThis as unknown as { chrome: { action: { setPopup(details: { popup: string }): Promise<void> } } }
        ).chrome.action.setPopup({ popup: path }),
      popup,
    );
  const tab = await session.context.newPage();
  await tab.goto(`https://${benchPortalHost}/page-absente-du-banc/`);
  await setPopup(popupPath);
  const timings: Opening[] = [];
  try {
    for (let opening = 0; opening < openings; opening++) {
      await beforeOpening(opening);
      // As the openings by address are spaced by untilReady's polls: the browser tears the closed popup down meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await atRandomFramePhase();
      const marks = await readToolbarPopup<Omit<Opening, 'background' | 'longTasksMs'>>(
        session,
        `document.documentElement.dataset.ready === 'true' ? (${readOpeningMarks.toString()})() : undefined`,
        popupPath,
      );
      timings.push({ background: null, longTasksMs: null, ...marks });
    }
  } finally {
    await setPopup('popup.html');
    await tab.close();
  }
  return timings;
}

/** What the bench calls in the service worker (evaluated there: types only). */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
interface WorkerGlobal {
  chrome: { storage: { local: StorageArea; session: StorageArea } };
}

/** Portals whose first views the background keeps besides the bench's, as a user who went through several has them. */
const otherPortalHosts = Array.from({ length: 7 }, (_, index) => `ville-${index + 1}.opendatasoft.com`);

/**
 * The same record under 7 other portals' hosts, each opened once by address so that the background keeps its first
 * view: with the bench portal's, the 8 the popup reads at once (keptFirstViewsCap). Returns how to set those 7 aside
 * and bring them back (their storage.session items, whatever their form), so that openings with one portal's view
 * kept and with eight can alternate.
 */
async function keepFirstViewsOfOtherPortals(
  session: ChromiumSession,
  record: PortalRecord,
): Promise<(kept: boolean) => Promise<void>> {
  const worker = await session.worker();
  const records = Object.fromEntries(otherPortalHosts.map((host) => [storageKeyOf(host), { ...record, host }]));
  await worker.evaluate((items) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set(items), records);
  const page = await session.context.newPage();
  for (const host of otherPortalHosts) {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?host=${encodeURIComponent(host)}`);
    await untilReady(page);
    const state = await page.evaluate(() => document.querySelector('main')?.dataset.state);
    if (state !== 'portal')
      throw new Error(`${host} was not shown as a portal (${state}): its first view is not kept.`);
  }
  await page.close();
  const views = await worker.evaluate(
    async (hosts) =>
      Object.fromEntries(
        Object.entries(await (globalThis as unknown as WorkerGlobal).chrome.storage.session.get(null)).filter(([key]) =>
          hosts.some((host) => key.endsWith(host)),
        ),
      ),
    otherPortalHosts,
  );
  if (Object.keys(views).length !== otherPortalHosts.length)
    throw new Error(
      `The background kept ${Object.keys(views).length} of the other portals' first views, not ${otherPortalHosts.length}.`,
    );
  return (kept) =>
    worker.evaluate(
      ([items, keep]) =>
        keep
          ? (globalThis as unknown as WorkerGlobal).chrome.storage.session.set(items)
          : (globalThis as unknown as WorkerGlobal).chrome.storage.session.remove(Object.keys(items)),
      [views, kept] as const,
    );
}

/** The service worker's own marks, from its start: its first statement (bundle parsed, modules evaluated), its listeners registered. */
async function backgroundStartUp(session: ChromiumSession): Promise<Opening['background']> {
  return (await session.worker()).evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const scriptStartMs = at('background-script-start');
    const listeningMs = at('background-listening');
    return scriptStartMs === null || listeningMs === null ? null : { scriptStartMs, listeningMs };
  });
}

export interface Opening {
  state: string | undefined;
  fromScriptStartMs: number | null;
  fromNavigationMs: number | null;
  completeFromNavigationMs: number | null;
  /** The background's answer, which the kept first view stands for until it comes. */
  answeredFromScriptStartMs: number | null;
  /** When the browser made the page visible: for a popup opened through the toolbar button, when Chrome showed it. */
  shownFromScriptStartMs: number | null;
  domContentLoadedMs: number | null;
  /** Cold openings: the woken service worker's first statement and its listeners registered, from its start. */
  background: { scriptStartMs: number; listeningMs: number } | null;
  /** Openings by address: each task of 50 ms or more of the page, from its start until it was whole. */
  longTasksMs: number[] | null;
}

export async function benchPopup(): Promise<{ rows: BenchRow[]; browserVersion: string }> {
  const record = seededRecord();
  if (Object.keys(record.cookies).length !== cookieCount)
    throw new Error(`The seeded record holds ${Object.keys(record.cookies).length} cookies, not ${cookieCount}.`);
  const expected = compareCookies(Object.values(record.cookies), record.charter!.declared);
  const portal = await startPortal();
  try {
    const extension = await extensionWithReferencePages();
    const session = await launchChromiumSession(portal, extension.dir);
    try {
      const worker = await session.worker();
      await worker.evaluate((items) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set(items), {
        [storageKeyOf(benchPortalHost)]: record,
      });
      const { page, timings } = await timePopupOpenings(session, benchPortalHost, openings);
      const { timings: coldTimings } = await timePopupOpenings(session, benchPortalHost, coldOpenings, { cold: true });
      const toolbarTimings = await timeToolbarOpenings(session, openings);
      // A path no tab of the bench has open, so that the toolbar's popup is the one found.
      const toolbarReferenceTimings = await timeToolbarOpenings(session, openings, 'reference.html?read&toolbar');
      const keepOtherViews = await keepFirstViewsOfOtherPortals(session, record);
      // Alternately one portal's first view kept and eight, so that both series see the same moments of the run.
      const alternating = await timeToolbarOpenings(session, 2 * openings, 'popup.html', (opening) =>
        keepOtherViews(opening % 2 === 1),
      );
      const toolbarManyViews = {
        one: alternating.filter((_, opening) => opening % 2 === 0),
        eight: alternating.filter((_, opening) => opening % 2 === 1),
      };
      const { timings: oneWordTimings } = await timePageOpenings(session, 'reference.html', openings);
      const { timings: oneReadTimings } = await timePageOpenings(session, 'reference.html?read', openings);
      // The figure counts only if the popup showed the comparison of all 500 cookies (families opened, each cookie once).
      const shown = await page.evaluate(async () => {
        for (const family of document.querySelectorAll<HTMLButtonElement>(
          '.group-undeclared button.family[aria-expanded="false"]',
        ))
          family.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        return document.querySelectorAll('.group-undeclared button.line:not(.family)').length;
      });
      const all = [...timings, ...coldTimings, ...toolbarTimings, ...alternating];
      if (
        all.some((timing) => timing.state !== 'portal' || timing.fromScriptStartMs === null) ||
        shown !== expected.undeclared.length
      ) {
        throw new Error(
          `The popup did not show the comparison (states ${all.map((timing) => timing.state).join(', ')}; ${shown} undeclared shown, ${expected.undeclared.length} expected).`,
        );
      }
      const browserVersion = await page.evaluate(
        () => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent,
      );
      return {
        rows: [
          ...popupRows(timings),
          ...referenceRows(oneWordTimings, oneReadTimings),
          ...toolbarRows(toolbarTimings, toolbarReferenceTimings, toolbarManyViews),
          ...coldStartRows(coldTimings),
          ...(await benchFirefoxColdStart(record, coldOpenings)),
        ],
        browserVersion,
      };
    } finally {
      await session.close();
      await extension.remove();
    }
  } finally {
    await portal.close();
  }
}

/** The median of one figure over the openings that have it. */
function medianOf(timings: readonly Opening[], figure: (timing: Opening) => number | null): number {
  return median(timings.map(figure).filter((value): value is number => value !== null));
}

function popupRows(timings: readonly Opening[]): BenchRow[] {
  const fromStart = timings.map((timing) => timing.fromScriptStartMs!);
  const medianMs = median(fromStart);
  const name = `first render with data, ${cookieCount} cookies, ${timings.length} openings`;
  const completeMs = medianOf(timings, (timing) => timing.completeFromNavigationMs);
  const domContentLoadedMs = medianOf(timings, (timing) => timing.domContentLoadedMs);
  const longTasks = timings.flatMap((timing) => timing.longTasksMs ?? []);
  return [
    {
      group: 'popup',
      name: `${name}: from the popup script's start`,
      result: `median ${formatMs(medianMs)} (first opening ${formatMs(fromStart[0]!)}, max ${formatMs(Math.max(...fromStart))})`,
      figures: {
        cookies: cookieCount,
        openings: timings.length,
        medianMs,
        firstOpeningMs: fromStart[0]!,
        minMs: Math.min(...fromStart),
        maxMs: Math.max(...fromStart),
      },
      budget: { limit: `${budgets.popupFirstRenderMs} ms`, met: medianMs < budgets.popupFirstRenderMs },
    },
    {
      group: 'popup',
      name: `${name}: from navigation start (page load included)`,
      result: `median ${formatMs(medianOf(timings, (timing) => timing.fromNavigationMs))}`,
      figures: {
        cookies: cookieCount,
        openings: timings.length,
        medianMs: medianOf(timings, (timing) => timing.fromNavigationMs),
      },
    },
    {
      group: 'popup',
      name: `the background's answer (the service worker running; asked once the kept first view is painted, with everything the popup shows), from the popup script's start`,
      result: `median ${formatMs(medianOf(timings, (timing) => timing.answeredFromScriptStartMs))}`,
      figures: { openings: timings.length, medianMs: medianOf(timings, (timing) => timing.answeredFromScriptStartMs) },
    },
    {
      group: 'popup',
      // Each of these openings first unloads the previous popup page of its tab, which a popup a user opens never
      // does: the budget is held by the openings through the toolbar button.
      name: `DOMContentLoaded from navigation start, the previous opening's page unloaded first, ${timings.length} openings`,
      result: `median ${formatMs(domContentLoadedMs)}`,
      figures: { openings: timings.length, medianMs: domContentLoadedMs },
    },
    {
      group: 'popup',
      name: `while the entries of ${cookieCount} cookies come: the page's tasks of 50 ms or more (long tasks, during which it cannot answer the user), ${timings.length} openings`,
      result:
        longTasks.length === 0 ? 'none' : `${longTasks.length} in all, the longest ${formatMs(Math.max(...longTasks))}`,
      figures: { openings: timings.length, longTasks: longTasks.length, longestMs: Math.max(0, ...longTasks) },
    },
    {
      group: 'popup',
      name: `every entry of ${cookieCount} cookies painted, from navigation start, ${timings.length} openings`,
      result: `median ${formatMs(completeMs)}`,
      figures: { cookies: cookieCount, openings: timings.length, medianMs: completeMs },
      budget: {
        limit: `${budgets.popupCompleteFromNavigationMs} ms`,
        met: completeMs < budgets.popupCompleteFromNavigationMs,
      },
    },
  ];
}

function referenceRows(oneWord: readonly Opening[], oneRead: readonly Opening[]): BenchRow[] {
  const row = (name: string, timings: readonly Opening[], figure: (timing: Opening) => number | null): BenchRow => {
    const medianMs = medianOf(timings, figure);
    return {
      group: 'popup',
      name: `reference, an extension page of one script opened as the popup above, ${timings.length} openings: ${name}`,
      result: `median ${formatMs(medianMs)}`,
      figures: { openings: timings.length, medianMs },
    };
  };
  return [
    row(
      "one word written at its start, painted, from the script's start",
      oneWord,
      (timing) => timing.fromScriptStartMs,
    ),
    row(
      "one word written after one storage.session read (as the popup reads its kept first view), painted, from the script's start",
      oneRead,
      (timing) => timing.fromScriptStartMs,
    ),
    row('DOMContentLoaded from navigation start', oneWord, (timing) => timing.domContentLoadedMs),
  ];
}

function toolbarRows(
  timings: readonly Opening[],
  reference: readonly Opening[],
  manyViews: { one: readonly Opening[]; eight: readonly Opening[] },
): BenchRow[] {
  const medianMs = medianOf(timings, (timing) => timing.fromScriptStartMs);
  const shownMs = medianOf(timings, (timing) => timing.shownFromScriptStartMs);
  const referenceMs = medianOf(reference, (timing) => timing.fromScriptStartMs);
  const referenceShownMs = medianOf(reference, (timing) => timing.shownFromScriptStartMs);
  const eightViewsMs = medianOf(manyViews.eight, (timing) => timing.fromScriptStartMs);
  const oneViewMs = medianOf(manyViews.one, (timing) => timing.fromScriptStartMs);
  const domContentLoadedMs = medianOf(timings, (timing) => timing.domContentLoadedMs);
  return [
    {
      group: 'popup',
      name: `through the toolbar button on the portal's tab (the popup finds the tab and its host), first render with data, ${cookieCount} cookies, ${timings.length} openings: from the popup script's start`,
      result: `median ${formatMs(medianMs)} (max ${formatMs(Math.max(...timings.map((timing) => timing.fromScriptStartMs!)))}; shown by Chrome at ${formatMs(shownMs)})`,
      figures: { cookies: cookieCount, openings: timings.length, medianMs, shownMedianMs: shownMs },
      budget: { limit: `${budgets.popupFirstRenderMs} ms`, met: medianMs < budgets.popupFirstRenderMs },
    },
    {
      group: 'popup',
      name: `through the toolbar button, the reference page instead of the popup (action.setPopup), ${reference.length} openings: one word written after one storage.session read, painted, from the script's start`,
      result: `median ${formatMs(referenceMs)} (the popup: ${formatMs(medianMs - referenceMs)} more; shown by Chrome at ${formatMs(referenceShownMs)})`,
      figures: {
        openings: reference.length,
        medianMs: referenceMs,
        popupMoreMs: medianMs - referenceMs,
        shownMedianMs: referenceShownMs,
      },
    },
    {
      group: 'popup',
      name: `through the toolbar button, the first views of ${otherPortalHosts.length + 1} portals kept (the popup reads them all at once), first render with data, ${cookieCount} cookies, ${manyViews.eight.length} openings: from the popup script's start`,
      result: `median ${formatMs(eightViewsMs)} (one portal's kept, in openings alternating with these: ${formatMs(oneViewMs)})`,
      figures: {
        portals: otherPortalHosts.length + 1,
        openings: manyViews.eight.length,
        medianMs: eightViewsMs,
        onePortalMedianMs: oneViewMs,
      },
    },
    {
      group: 'popup',
      name: `through the toolbar button: DOMContentLoaded from navigation start, ${timings.length} openings`,
      result: `median ${formatMs(domContentLoadedMs)}`,
      figures: { openings: timings.length, medianMs: domContentLoadedMs },
      budget: {
        limit: `${budgets.popupDomContentLoadedMs} ms`,
        met: domContentLoadedMs < budgets.popupDomContentLoadedMs,
      },
    },
  ];
}

function coldStartRows(timings: readonly Opening[]): BenchRow[] {
  const medianMs = medianOf(timings, (timing) => timing.fromScriptStartMs);
  const answeredMs = medianOf(timings, (timing) => timing.answeredFromScriptStartMs);
  const scriptStartMs = medianOf(timings, (timing) => timing.background?.scriptStartMs ?? null);
  const listeningMs = medianOf(timings, (timing) => timing.background?.listeningMs ?? null);
  return [
    {
      group: 'popup',
      name: `cold start in Chromium (service worker stopped before each opening), first render with data, ${cookieCount} cookies, ${timings.length} openings: from the popup script's start`,
      result: `median ${formatMs(medianMs)} (max ${formatMs(Math.max(...timings.map((timing) => timing.fromScriptStartMs!)))})`,
      figures: { cookies: cookieCount, openings: timings.length, medianMs },
      budget: {
        limit: `${budgets.popupColdStartFirstRenderMs} ms`,
        met: medianMs < budgets.popupColdStartFirstRenderMs,
      },
    },
    {
      group: 'popup',
      name: `cold start in Chromium: the background's answer (asked once the kept first view is painted: service worker start, bundle parse, storage read, everything the popup shows), from the popup script's start`,
      result: `median ${formatMs(answeredMs)}`,
      figures: { openings: timings.length, medianMs: answeredMs },
    },
    {
      group: 'popup',
      name: `cold start in Chromium: the woken background's own start-up, from the service worker's start: its first statement (bundle parsed, modules evaluated), then every listener registered`,
      result: `median ${formatMs(scriptStartMs)}, then ${formatMs(listeningMs)}`,
      figures: { openings: timings.length, scriptStartMedianMs: scriptStartMs, listeningMedianMs: listeningMs },
    },
  ];
}
