import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { messageOf, type LocaleMessages } from '../core/words/messages.ts';
import { sayInFrench } from '../cli/messages.ts';
import type { ObservatoryBrowser } from './chromium-session.ts';

/** The popup's words the observatory clicks, read from the built extension's French messages (never copied here). */
export interface PopupWords {
  auditNone: string;
  newAudit: string;
  newAuditDeleteCookies: string;
  startAuditConfirm: string;
  exportCsv: string;
  exportJson: string;
  exportHtml: string;
}

/** The built extension's French messages: the words its popup shows, and those of its exports. */
export async function readFrenchMessages(extensionDir: string): Promise<LocaleMessages> {
  return JSON.parse(await readFile(join(extensionDir, '_locales', 'fr', 'messages.json'), 'utf8')) as LocaleMessages;
}

export function popupWords(messages: LocaleMessages): PopupWords {
  const word = (key: keyof PopupWords) => {
    const text = messageOf(messages, key);
    if (!text) throw new Error(sayInFrench('observatoryMissingPopupWord', key));
    return text;
  };
  return {
    auditNone: word('auditNone'),
    newAudit: word('newAudit'),
    newAuditDeleteCookies: word('newAuditDeleteCookies'),
    startAuditConfirm: word('startAuditConfirm'),
    exportCsv: word('exportCsv'),
    exportJson: word('exportJson'),
    exportHtml: word('exportHtml'),
  };
}

/** What the popup shows for a host: `portal`, `not-opendatasoft`, `not-portal`… (its data-state). */
export type PopupState = string;

/** Opens the popup told its host (popup.html?host=…), as a tab, once it shows a whole state. */
export async function openPopup(
  session: ObservatoryBrowser,
  host: string,
  timeoutMs: number,
): Promise<{ page: Page; state: PopupState }> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?host=${encodeURIComponent(host)}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: timeoutMs });
  const state = (await page.getAttribute('main.popup', 'data-state')) ?? '';
  return { page, state };
}

/**
 * Starts an audit as a user does ("Nouvel audit", then "Démarrer l'audit"), so that each cookie gets the consent
 * phase it appeared in; the portal's cookies are deleted too when some were set before.
 */
export async function startAudit(page: Page, words: PopupWords, deleteCookies: boolean): Promise<void> {
  await page.getByText(words.auditNone, { exact: true }).click();
  await page.getByRole('button', { name: words.newAudit, exact: true }).click();
  if (deleteCookies) await page.getByRole('checkbox', { name: words.newAuditDeleteCookies }).check();
  await page.getByRole('button', { name: words.startAuditConfirm, exact: true }).click();
  await page.locator('html[data-ready="true"] main.popup[data-state="portal"]').waitFor();
  await page.getByText(words.auditNone, { exact: true }).waitFor({ state: 'detached' });
}

export type EvidenceFormat = 'csv' | 'json' | 'html';

/** The three evidence files, downloaded with the popup's own buttons; the texts as the extension wrote them. */
export async function exportEvidence(page: Page, words: PopupWords): Promise<Record<EvidenceFormat, string>> {
  const download = async (label: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label, exact: true }).click(),
    ]);
    const path = await file.path();
    return readFile(path, 'utf8');
  };
  return {
    csv: await download(words.exportCsv),
    json: await download(words.exportJson),
    html: await download(words.exportHtml),
  };
}
