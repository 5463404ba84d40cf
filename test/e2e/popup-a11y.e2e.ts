/**
 * The popup as a DPO reads it, and WCAG 2.2 AA: axe-core (from npm, evaluated in the page) finds no violation in
 * light and dark mode on the popup (portal, non-portal, audit running, confirmations open, lines opened) and the
 * options page; the first screen (400 × 600) names every undeclared cookie; 500 cookies are searchable; the popup
 * reflows at 320 px and at 200 % zoom; focus is never hidden nor lost after an action. In every browser.
 * ("Ajouter … comme portail" is offered only for the active tab, never for a host named in the popup's address,
 * which is what these tests open: where focus goes after it is checked in test/unit/popup-lines.test.tsx.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserNames, popupViewport, type BrowserPage } from './support/driver.ts';
import { browserFixture } from './support/fixture.ts';
import {
  fiveUndeclaredHost,
  fiveUndeclaredNames,
  fiveUndeclaredRecord,
  floodedHost,
  floodedRecord,
  storageItems,
} from './support/seeded-portals.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

interface AxeGlobal {
  axe: {
    run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
    commons: { text: { accessibleText(element: Element): string } };
    setup(context: Document): void;
    teardown(): void;
  };
}

/** axe-core in the page: evaluated through the driver, which the page's script-src 'self' does not apply to. */
async function withAxe(page: BrowserPage): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window, undefined))) await page.runScript(axeSource);
}

/** Runs axe-core on the page against WCAG 2.0–2.2 A and AA; returns each violation in a line a person can act on. */
async function axeViolations(page: BrowserPage): Promise<string[]> {
  await withAxe(page);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as AxeGlobal;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, undefined);
  return violations.map(
    ({ id, help, nodes }) =>
      `${id} (${help}): ${nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** Both colour schemes: axe must find nothing in either. */
async function expectNoViolations(page: BrowserPage, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.setColorScheme(colorScheme);
    // The page must really be in that scheme, or a pass would say nothing of it.
    await expect
      .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined), {
        message: `${what}: ${colorScheme} mode applied`,
      })
      .toBe(colorScheme === 'dark');
    expect(await axeViolations(page), `${what}, ${colorScheme} mode`).toEqual([]);
  }
  await page.setColorScheme('light');
}

/** The page as a 400 × 600 popup shows it, whole. */
async function savePopupScreenshot(page: BrowserPage, name: string): Promise<void> {
  await page.setViewport(popupViewport.width, popupViewport.height);
  await page.screenshot(name);
}

/** The accessible name of the page's h1, as axe-core computes it (the accessible-name algorithm). */
async function headingName(page: BrowserPage): Promise<string | undefined> {
  await withAxe(page);
  return page.evaluate(() => {
    const heading = document.querySelector('h1');
    if (!heading) return undefined;
    // Outside axe.run, its accessible-name functions need the tree axe.setup builds.
    const { axe } = window as unknown as AxeGlobal;
    axe.setup(document);
    try {
      return axe.commons.text.accessibleText(heading);
    } finally {
      axe.teardown();
    }
  }, undefined);
}

/** Whether the focused element is the topmost element at its own centre: nothing covers it. */
function focusedIsVisible(page: BrowserPage): Promise<{ tag: string; visible: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return { tag: 'body', visible: false };
    focused.scrollIntoView({ block: 'nearest' });
    const box = focused.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      tag: `${focused.tagName} ${focused.textContent?.slice(0, 60) ?? ''}`,
      visible: top !== null && (top === focused || focused.contains(top)),
    };
  }, undefined);
}

const lineExpanded = (page: BrowserPage, name: RegExp) =>
  page.evaluate(
    ({ source, flags }) =>
      [...document.querySelectorAll('button.line')]
        .find((button) => new RegExp(source, flags).test((button.textContent ?? '').replace(/\s+/g, ' ').trim()))
        ?.getAttribute('aria-expanded'),
    { source: name.source, flags: name.flags },
  );

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('popup accessibility: reflows at 320 px and at 200 % zoom without scrolling sideways', async () => {
    const { driver } = browser();
    await driver.storeData(storageItems(fiveUndeclaredRecord(), floodedRecord()));
    for (const width of [320, 200]) {
      const page = await driver.openPopupFor(fiveUndeclaredHost, { width, height: 600 });
      await page.click({ role: 'button', name: /^atuserid / });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        undefined,
      );
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot(`a11y-reflow-${width}`);
      await page.close();
    }
  });

  it('popup accessibility: shows the counts and what to check of 500 cookies first, families as one line, and finds a cookie by search', async () => {
    const { driver } = browser();
    const page = await driver.openPopupFor(floodedHost);
    await page.waitFor({ role: 'button', name: /^c_\* 480 cookies/ });
    expect(
      await page.evaluate(() => document.querySelector('.counts')!.getBoundingClientRect().bottom, undefined),
    ).toBeLessThanOrEqual(600);
    expect(await page.evaluate(() => document.querySelector('.to-check-list li')?.textContent, undefined)).toMatch(
      /^c_\* 480 cookies/,
    );
    await page.type({ role: 'textbox', name: /Rechercher un cookie/ }, 'doubleclick');
    await page.waitForText(/lignes? trouvées?/);
    const lines = await page.evaluate(
      () => [...document.querySelectorAll('.group-undeclared button.line')].map((line) => line.textContent ?? ''),
      undefined,
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('doubleclick.net');
    await savePopupScreenshot(page, 'popup-500-search');
    await page.setColorScheme('dark');
    await savePopupScreenshot(page, 'popup-500-search-dark');
    await expectNoViolations(page, '500-cookie popup with a search');
    await page.close();
  });

  it('popup accessibility: axe finds nothing on a page that is not a portal, nor on a host added in the options without a sign of Opendatasoft, which keeps the focus once treated as a portal', async () => {
    const { driver } = browser();
    const host = 'www.exemple-commune.fr';
    // Named in the popup's address, a host that is not a portal is only said to be one (nothing is offered there).
    const notPortal = await driver.openPopupFor(host);
    await notPortal.waitForSelector('main[data-state="not-portal"]');
    expect(await notPortal.evaluate(() => document.body.innerText, undefined)).toContain(
      `${host} n'est pas reconnu comme un portail Opendatasoft.`,
    );
    await expectNoViolations(notPortal, 'popup of a page that is not a portal');
    await notPortal.close();

    const options = await driver.openExtensionPage('options.html', { width: 800, height: 700 });
    await options.type({ role: 'textbox', name: 'Ajouter un portail' }, host);
    await options.click({ role: 'button', name: 'Ajouter' });
    await options.waitFor({ role: 'button', name: `Retirer ${host}` });
    await options.close();

    // Added, but no sign of Opendatasoft yet: the popup says so and offers to treat it as a portal.
    const page = await driver.openPopupFor(host);
    await page.waitForSelector('main[data-state="not-opendatasoft"]');
    await expectNoViolations(page, 'popup of an added host without a sign of Opendatasoft');
    await page.click({ role: 'button', name: 'Le traiter comme un portail Opendatasoft' });
    await page.waitForSelector('main[data-state="portal"]');
    await expect.poll(() => focusedIsVisible(page)).toMatchObject({ visible: true });
    await expectNoViolations(page, 'popup after treating the host as a portal');
    await page.close();
  });

  it('options accessibility: keeps focus after "Retirer …" on the options page, and axe finds nothing there', async () => {
    const { driver } = browser();
    const page = await driver.openExtensionPage('options.html', { width: 800, height: 700 });
    await page.waitForText('Portails reconnus');
    await expectNoViolations(page, 'options page');
    await page.type({ role: 'textbox', name: 'Ajouter un portail' }, 'portail.exemple-retire.fr');
    await page.click({ role: 'button', name: 'Ajouter' });
    await page.click({ role: 'button', name: 'Retirer portail.exemple-retire.fr' });
    await page.waitForText('portail.exemple-retire.fr a été retiré des portails ajoutés.');
    expect(await focusedIsVisible(page)).toMatchObject({ visible: true });
    await expectNoViolations(page, 'options page after a removal');
    await page.close();
  });

  // Last: it starts an audit, which empties the record the other tests read.
  it('popup accessibility: names every undeclared cookie in the first screen of a portal with five, and axe finds nothing', async () => {
    const { driver } = browser();
    const page = await driver.openPopupFor(fiveUndeclaredHost);
    const firstScreen = await page.evaluate((names) => {
      const list = document.querySelector('.to-check-list');
      return names.map((name) => {
        const line = [...(list?.querySelectorAll('li') ?? [])].find(
          (item) => item.querySelector('.cookie-name')?.textContent === name,
        );
        return { name, bottom: line ? line.getBoundingClientRect().bottom : null, text: line?.textContent ?? '' };
      });
    }, fiveUndeclaredNames);
    for (const { name, bottom } of firstScreen) expect(bottom, `${name} in the first screen`).not.toBeNull();
    for (const { name, bottom } of firstScreen) expect(bottom!, `${name} within 600 px`).toBeLessThanOrEqual(600);
    expect(firstScreen.find(({ name }) => name === 'YSC')?.text).toContain('tiers');
    // The counts come with what to check, in the first screen too.
    expect(
      await page.evaluate(() => document.querySelector('.counts')!.getBoundingClientRect().bottom, undefined),
    ).toBeLessThanOrEqual(600);
    expect(await headingName(page)).toBe(fiveUndeclaredHost);
    await savePopupScreenshot(page, 'a11y-five-undeclared');
    await page.setColorScheme('dark');
    await savePopupScreenshot(page, 'a11y-five-undeclared-dark');
    await page.setColorScheme('light');
    await expectNoViolations(page, 'portal popup');

    // A refused cookie says so on its line, and its facts say why, without a lifetime as if stored.
    await page.waitFor({ role: 'button', name: /^YSC .*refusé par le navigateur/ });
    await page.click({ role: 'button', name: /^YSC / });
    expect(await lineExpanded(page, /^YSC /)).toBe('true');
    await page.click({ role: 'button', name: /^atuserid / });
    await expectNoViolations(page, 'portal popup, two lines opened');

    // "Effacer": the confirmation takes focus, which nothing covers; cancelling gives it back.
    await page.click({ role: 'button', name: 'Effacer les observations de ce portail' });
    await expect
      .poll(() => focusedIsVisible(page))
      .toEqual({ tag: expect.stringContaining('BUTTON Annuler'), visible: true });
    await expectNoViolations(page, 'portal popup, clearing confirmation open');
    await page.press('Enter');
    await expect
      .poll(() => focusedIsVisible(page))
      .toEqual({ tag: expect.stringContaining('Effacer les observations de ce portail'), visible: true });

    // A download: feedback in the flow, the button keeps focus and stays uncovered.
    await page.focus({ role: 'button', name: 'Télécharger CSV' });
    await page.downloadAfter(() => page.press('Enter'));
    await page.waitForText(/Téléchargement lancé/);
    expect(await focusedIsVisible(page)).toEqual({ tag: expect.stringContaining('Télécharger CSV'), visible: true });
    await expectNoViolations(page, 'portal popup, feedback shown');

    // The corrected charter: its preview (a scrolling text region, reachable by keyboard) and its buttons.
    await page.click({ role: 'button', name: 'Proposer une charte corrigée' });
    await page.waitForText('Projet de charte corrigée');
    expect(await focusedIsVisible(page)).toEqual({
      tag: expect.stringContaining('Proposer une charte corrigée'),
      visible: true,
    });
    await expectNoViolations(page, 'portal popup, corrected charter shown');

    // "Nouvel audit": confirmation open, then the audit running.
    await page.click({ role: 'text', name: 'Audit : aucun en cours' });
    await page.click({ role: 'button', name: 'Nouvel audit' });
    await expect.poll(() => focusedIsVisible(page)).toEqual({ tag: expect.stringContaining('Annuler'), visible: true });
    await expectNoViolations(page, 'portal popup, new audit confirmation open');
    await page.click({ role: 'button', name: "Démarrer l'audit" });
    await page.waitForText(/Audit démarré/);
    expect(await focusedIsVisible(page)).toMatchObject({ visible: true });
    await expectNoViolations(page, 'portal popup, audit running');
    await page.close();
  });
});
