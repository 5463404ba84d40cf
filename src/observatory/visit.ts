import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSettings, type ObservatoryBrowser } from './chromium-session.ts';
import { sayInFrench } from '../cli/messages.ts';
import { browserFailure, fail, firstLine, PortalFailure } from './failure.ts';
import { exportEvidence, openPopup, startAudit, type EvidenceFormat, type PopupWords } from './popup.ts';

/** The three visits of a portal, each in a fresh profile: no choice, a refusal, an acceptance in the banner. */
export const phaseNames = ['sans-choix', 'refus', 'acceptation'] as const;
export type PhaseName = (typeof phaseNames)[number];

/** Opendatasoft's banner buttons, in French and English as its portals word them. */
const bannerButtons = {
  refus: /^\s*(Tout refuser|Refuse all|Reject all)\s*$/i,
  acceptation: /^\s*(Tout accepter|Accept all)\s*$/i,
};
const BANNER_WAIT_MS = 3000;
/** Time left for the page's scripts and the extension to record what the last page set. */
const SETTLE_MS = 1000;
/** A page that has not loaded in this time will not: the portal is recorded as not answering. */
const PAGE_TIMEOUT_MS = 30_000;

export interface VisitSettings {
  chromium: BrowserSettings;
  words: PopupWords;
  /** Pause between two page loads of the same portal (politeness). */
  pauseMs: number;
  /** When the whole portal must be done. */
  deadline: number;
}

/** What one phase's visit left: the three files the popup exported, and whether a banner was found. */
export interface PhaseVisit {
  files: Record<EvidenceFormat, string>;
  bannerFound: boolean;
}

const remaining = (settings: VisitSettings) => Math.max(1000, settings.deadline - Date.now());
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One phase: the extension's audit started, the home page, the banner answered (refusal, acceptance) or left alone,
 * then one dataset page; the popup's three exports at the end. Returns 'no-banner' when a choice was to be made and
 * the portal shows no banner. Throws a PortalFailure for what the summary records (DNS, TLS, HTTP, not Opendatasoft).
 */
export async function visitPhase(
  host: string,
  phase: PhaseName,
  settings: VisitSettings,
  onBrowser: (session: ObservatoryBrowser) => void,
): Promise<PhaseVisit | 'no-banner'> {
  const session = await launchBrowser(settings.chromium, remaining(settings)).catch((error: Error) =>
    fail('extension', sayInFrench('observatoryFailureStart', firstLine(error.message))),
  );
  onBrowser(session);
  try {
    // A known portal can be audited before its first page, so that the first page's cookies get their phase.
    const before = await openPopup(session, host, remaining(settings));
    const auditedFromStart = before.state === 'portal';
    if (auditedFromStart) await startAudit(before.page, settings.words, false);
    await before.page.close();

    const tab = await session.context.newPage();
    await load(tab, `https://${host}/`, settings);
    if (!auditedFromStart) {
      // A `data.*` site shows whether it runs Opendatasoft only once visited: audit it from a clean start, then.
      const after = await openPopup(session, host, remaining(settings));
      if (after.state !== 'portal') fail('not-opendatasoft', sayInFrench('observatoryFailureNotOpendatasoft'));
      await startAudit(after.page, settings.words, true);
      await after.page.close();
      await pause(settings.pauseMs);
      await load(tab, `https://${host}/`, settings);
    }

    const bannerFound = await hasBanner(tab);
    if (phase !== 'sans-choix') {
      if (!bannerFound) return 'no-banner';
      await tab.getByRole('button', { name: bannerButtons[phase] }).first().click();
      await tab.waitForTimeout(SETTLE_MS);
    }
    const dataset = await tab
      .locator('a[href*="/explore/dataset/"]')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    if (dataset) {
      await pause(settings.pauseMs);
      await load(tab, new URL(dataset, `https://${host}/`).href, settings);
    }
    await tab.waitForLoadState('networkidle', { timeout: Math.min(5000, remaining(settings)) }).catch(() => undefined);
    await tab.waitForTimeout(SETTLE_MS / 2);

    const popup = await openPopup(session, host, remaining(settings));
    if (popup.state !== 'portal') fail('extension', sayInFrench('observatoryFailurePopupState', popup.state));
    return { files: await exportEvidence(popup.page, settings.words), bannerFound };
  } catch (error) {
    if (error instanceof PortalFailure) throw error;
    throw new PortalFailure(browserFailure((error as Error).message));
  } finally {
    await session.close();
  }
}

/** Loads a page of the portal; an answer of 400 or more stops the visit with its status. */
async function load(tab: Page, url: string, settings: VisitSettings): Promise<void> {
  const response = await tab.goto(url, { waitUntil: 'load', timeout: Math.min(PAGE_TIMEOUT_MS, remaining(settings)) });
  const status = response?.status() ?? 0;
  if (status >= 400) fail('http', sayInFrench('observatoryFailureHttp', [String(status), new URL(url).pathname]));
}

async function hasBanner(tab: Page): Promise<boolean> {
  const buttons = tab
    .getByRole('button', { name: bannerButtons.refus })
    .or(tab.getByRole('button', { name: bannerButtons.acceptation }));
  return buttons
    .first()
    .waitFor({ state: 'visible', timeout: BANNER_WAIT_MS })
    .then(() => true)
    .catch(() => false);
}
