import { createCookieKnowledgeLookup } from '../../src/core/knowledge/lookup.ts';
import { createOrganisationLookup } from '../../src/core/knowledge/organisations.ts';
import { projectVendors } from '../../src/core/knowledge/project/index.ts';
import type { ReportContext, ReportKnowledge } from '../../src/core/report/build-report.ts';
import type { Notice } from '../../src/core/report/tab-state.ts';

/** The project's own knowledge, as the background has it when the data files failed to load. */
export const projectKnowledge: ReportKnowledge = { cookies: createCookieKnowledgeLookup(projectVendors), organisations: createOrganisationLookup() };

/** A report's context for tests: an HTTPS portal, the project's knowledge. */
export function reportContext(notices: Notice[], now: number): ReportContext {
  return { notices, now, knowledge: projectKnowledge, portalIsHttps: true };
}
