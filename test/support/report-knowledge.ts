import { createCookieKnowledgeLookup } from '../../src/core/knowledge/lookup.ts';
import { createOrganisationLookup } from '../../src/core/knowledge/organisations.ts';
import { projectVendors } from '../../src/core/knowledge/project/index.ts';
import {
  compareRecord,
  portalDetails,
  portalSummary,
  type ReportContext,
  type ReportKnowledge,
} from '../../src/core/report/build-report.ts';
import type { Notice, TabState } from '../../src/core/report/tab-state.ts';
import type { PortalRecord } from '../../src/core/record/portal-record.ts';
import { sayInFrench } from './locale-messages.ts';

/** The project's own knowledge, as the background has it when the data files failed to load. */
export const projectKnowledge: ReportKnowledge = {
  cookies: createCookieKnowledgeLookup(projectVendors),
  organisations: createOrganisationLookup(),
};

/** A report's context for tests: an HTTPS portal, the project's knowledge, the French messages. */
export function reportContext(notices: Notice[], now: number): ReportContext {
  return { notices, now, knowledge: projectKnowledge, portalIsHttps: true, french: sayInFrench };
}

/** A portal's state as the background answers it (tabStateOf): its summary, and its details unless only the summary is asked. */
export function portalState(
  record: PortalRecord,
  context: ReportContext,
  extent: 'summary' | 'with-details',
): Extract<TabState, { kind: 'portal' }> {
  const compared = compareRecord(record, context.now);
  return {
    kind: 'portal',
    summary: portalSummary(compared, context),
    details: extent === 'with-details' ? portalDetails(compared, context) : null,
  };
}
