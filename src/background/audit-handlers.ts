import { t } from '../adapters/i18n.ts';
import { beginNewAudit, setAuditPhase } from '../core/record/audit-changes.ts';
import { diffAudits } from '../core/audit/diff.ts';
import { buildEvidence } from '../core/export/evidence.ts';
import { evidenceToCsv } from '../core/export/csv.ts';
import { exportFileName } from '../core/export/file-name.ts';
import { evidenceToHtml } from '../core/export/html.ts';
import { evidenceToJson } from '../core/export/json.ts';
import { charterOrStandard } from '../core/charter/standard/index.ts';
import type { EvidenceFile, EvidenceFormat } from '../messaging/protocol.ts';
import type { Handlers } from '../messaging/server.ts';
import { portalIsHttps, requirePortal, tabStateOf, type HandlerDeps } from './handlers.ts';
import { sayIn, type Say } from '../core/words/messages.ts';

/** Deletes the portal's cookies from the browser, for an audit that starts as a first visit would. */
async function deletePortalCookies(host: string, deps: HandlerDeps): Promise<void> {
  for (const cookie of await deps.browser.cookies.ofPortal(host)) await deps.browser.cookies.remove(cookie);
}

const mimeTypes: Record<EvidenceFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

const renderers: Record<
  EvidenceFormat,
  (evidence: ReturnType<typeof buildEvidence>, say: Say) => string | Promise<string>
> = {
  csv: evidenceToCsv,
  json: evidenceToJson,
  html: evidenceToHtml,
};

async function exportEvidence(host: string, format: EvidenceFormat, deps: HandlerDeps): Promise<EvidenceFile> {
  const record = await deps.recordStore.record(host);
  const exportedAt = deps.now();
  const charter = charterOrStandard(record.charter, exportedAt);
  const frenchMessages = await deps.frenchMessages();
  const evidence = buildEvidence({
    portalHost: host,
    portalIsHttps: portalIsHttps(host, deps.openTabs),
    charter,
    charterTextSha256: charter.source.kind === 'portal' ? (charter.source.textSha256 ?? null) : null,
    extensionVersion: deps.browser.runtime.extensionVersion(),
    browser: await deps.browser.runtime.browserInfo(),
    audit: record.audit,
    consent: record.consent,
    cookies: Object.values(record.cookies),
    knowledge: (await deps.knowledge()).cookies,
    frenchMessages,
    exportedAt,
  });
  return {
    fileName: exportFileName(host, exportedAt, format),
    mimeType: mimeTypes[format],
    content: await renderers[format](evidence, sayIn(frenchMessages)),
  };
}

/** The audit requests: a clean run with consent phases, past audits to compare, and evidence to file. */
export function createAuditHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'startAudit' | 'switchAuditPhase' | 'compareWithPastAudit' | 'exportEvidence'> {
  return {
    startAudit: async ({ host, deleteCookies }) => {
      // Checked before anything is deleted: a message naming any other host deletes nothing.
      const portal = await requirePortal(host, deps);
      if (deleteCookies) await deletePortalCookies(portal, deps);
      await deps.recordStore.update(portal, (record) => {
        if (deleteCookies) record.consent = null;
        beginNewAudit(record, deps.now());
        return true;
      });
      await deps.recordStore.flush();
      return tabStateOf(portal, deps, 'with-details');
    },
    switchAuditPhase: async ({ host, phase }) => {
      const portal = await requirePortal(host, deps);
      await deps.recordStore.update(portal, (record) => setAuditPhase(record, phase, deps.now()));
      await deps.recordStore.flush();
      return tabStateOf(portal, deps, 'with-details');
    },
    compareWithPastAudit: async ({ host, startedAt }) => {
      const record = await deps.recordStore.record(await requirePortal(host, deps));
      const past = record.pastAudits.find((snapshot) => snapshot.audit.startedAt === startedAt);
      if (!past) throw new Error(t('errorPastAuditGone'));
      const now = deps.now();
      const current = {
        audit: record.audit ?? { startedAt: now, endedAt: null, phases: [] },
        charter: charterOrStandard(record.charter, now),
        cookies: Object.values(record.cookies),
      };
      return diffAudits(past, current);
    },
    exportEvidence: async ({ host, format }) => exportEvidence(await requirePortal(host, deps), format, deps),
  };
}
