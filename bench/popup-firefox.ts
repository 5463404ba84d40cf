/**
 * The popup's cold start in Firefox ESR (the e2e harness's driver, the built dist/firefox): the same portal record
 * of 500 cookies, the popup opened once as a user would, then opened again each time right after the background's
 * event page was terminated (what Firefox does once it has been idle); each opening reads its 'popup-rendered' mark
 * minus its 'popup-script-start' mark.
 */
import { launchFirefox } from '../test/e2e/support/firefox.ts';
import { startPortal } from '../test/portal/index.ts';
import { storageKeyOf, type PortalRecord } from '../src/core/record/portal-record.ts';
import { budgets } from './budgets.ts';
import { formatMs, median } from './measure.ts';
import type { BenchRow } from './report.ts';
import { benchPortalHost } from './synthetic.ts';

export async function benchFirefoxColdStart(record: PortalRecord, openings: number): Promise<BenchRow[]> {
  const portal = await startPortal();
  try {
    const driver = await launchFirefox(portal);
    try {
      await driver.storeData({ [storageKeyOf(benchPortalHost)]: record });
      await (await driver.openPopupFor(benchPortalHost)).close();
      const fromStart: number[] = [];
      const backgroundStarts: { scriptStartMs: number; listeningMs: number }[] = [];
      for (let opening = 0; opening < openings; opening++) {
        await driver.stopBackground();
        const popup = await driver.openPopupFor(benchPortalHost);
        const ms = await popup.evaluate(() => {
          const start = performance.getEntriesByName('popup-script-start')[0];
          const rendered = performance.getEntriesByName('popup-rendered')[0];
          return document.querySelector('main')?.dataset.state === 'portal' && start && rendered
            ? rendered.startTime - start.startTime
            : null;
        }, null);
        // The woken event page's own marks, from its start: its first statement, its listeners registered.
        const background = await popup.evaluate(async () => {
          const page = (await (
            globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }
          ).browser.runtime.getBackgroundPage()) as Window;
          const at = (name: string) => page.performance.getEntriesByName(name)[0]?.startTime ?? null;
          return { scriptStartMs: at('background-script-start'), listeningMs: at('background-listening') };
        }, null);
        await popup.close();
        if (ms === null)
          throw new Error('The popup did not show the portal after the background was stopped (Firefox).');
        fromStart.push(ms);
        if (background.scriptStartMs !== null && background.listeningMs !== null)
          backgroundStarts.push(background as { scriptStartMs: number; listeningMs: number });
      }
      const medianMs = median(fromStart);
      const scriptStartMs = median(backgroundStarts.map((start) => start.scriptStartMs));
      const listeningMs = median(backgroundStarts.map((start) => start.listeningMs));
      return [
        {
          group: 'popup',
          name: `cold start in Firefox ESR (background terminated before each opening), first render with data, ${Object.keys(record.cookies).length} cookies, ${openings} openings: from the popup script's start`,
          result: `median ${formatMs(medianMs)} (max ${formatMs(Math.max(...fromStart))})`,
          figures: { openings, medianMs, maxMs: Math.max(...fromStart) },
          budget: {
            limit: `${budgets.popupColdStartFirstRenderMs} ms`,
            met: medianMs < budgets.popupColdStartFirstRenderMs,
          },
        },
        {
          group: 'popup',
          name: `cold start in Firefox ESR: the woken background's own start-up, from its event page's start: its first statement (bundle parsed, modules evaluated), then every listener registered`,
          result:
            backgroundStarts.length === 0
              ? 'not measured (no mark read)'
              : `median ${formatMs(scriptStartMs)}, then ${formatMs(listeningMs)}`,
          figures: {
            openings: backgroundStarts.length,
            scriptStartMedianMs: scriptStartMs,
            listeningMedianMs: listeningMs,
          },
        },
      ];
    } finally {
      await driver.close();
    }
  } finally {
    await portal.close();
  }
}
