import type { CheckId } from '../core/checks/types.ts';
import type { Evidence } from '../core/export/evidence.ts';
import type { VisitFailure } from './failure.ts';
import type { PhaseName } from './visit.ts';

/**
 * What the observatory keeps of each portal (DIR/<host>/resultat.json, then summary.json): facts read from the
 * evidence files the extension exported, never recomputed. docs/observatoire.md describes every field.
 */
export interface PhaseSummary {
  /** The visitor's choice as the portal recorded it (decoded cookies_preferences), as the export states it. */
  consent: Evidence['consent'];
  counts: Evidence['counts'];
  findingsByType: Partial<Record<CheckId, number>>;
  /** Names of the cookies seen and not declared, in the export's order, each once. */
  undeclared: string[];
  /** The three exported files, relative to the output folder. */
  files: { csv: string; json: string; html: string };
}

export type Outcome = 'audited' | 'not-opendatasoft' | 'failed';

/** The message key of each outcome's name, as the dashboard and summary.csv say it. */
export const outcomeKeys: Record<Outcome, string> = {
  audited: 'observatoryOutcomeAudited',
  'not-opendatasoft': 'observatoryOutcomeNotOpendatasoft',
  failed: 'observatoryOutcomeFailed',
};

export interface PortalSummary {
  host: string;
  outcome: Outcome;
  /** Why the portal could not be audited, or why a phase stopped; null when every phase ran. */
  failure: VisitFailure | null;
  /** Whether the home page showed the consent banner's buttons; null when no page was seen. */
  banner: 'present' | 'absent' | null;
  charter: { source: 'portal' | 'standard'; url: string | null; fallbackReason: string | null } | null;
  phases: Record<PhaseName, PhaseSummary | null>;
  /** The organisations behind the third-party cookies of every phase (their domain when unknown), sorted. */
  thirdPartyOrganisations: string[];
  visitedAt: string;
  durationMs: number;
}

/** The parts of a phase's JSON export the summary reads. */
export type PhaseEvidence = Pick<Evidence, 'counts' | 'rows' | 'findings' | 'charter' | 'consent'>;

export function phaseSummary(evidence: PhaseEvidence, files: PhaseSummary['files']): PhaseSummary {
  const findingsByType: Partial<Record<CheckId, number>> = {};
  for (const finding of evidence.findings) findingsByType[finding.check] = (findingsByType[finding.check] ?? 0) + 1;
  return {
    consent: evidence.consent ?? null,
    counts: evidence.counts,
    findingsByType,
    undeclared: [...new Set(evidence.rows.filter((row) => row.status === 'non déclaré').map((row) => row.name))],
    files,
  };
}

export function charterSummary(evidence: PhaseEvidence): NonNullable<PortalSummary['charter']> {
  return {
    source: evidence.charter.source,
    url: evidence.charter.url,
    fallbackReason: evidence.charter.fallbackReason,
  };
}

/** The organisations behind the third-party cookies of these exports, named by the extension's own table. */
export function thirdPartyOrganisations(
  evidence: readonly PhaseEvidence[],
  organisationOf: (domain: string) => string | null,
): string[] {
  const names = new Set<string>();
  for (const phase of evidence) {
    for (const row of phase.rows)
      if (row.party === '3e') names.add(organisationOf(row.domain) ?? row.domain.replace(/^\./, ''));
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'fr'));
}

/** What summary.json's `totals` says of the whole run. */
export interface RunTotals {
  portals: number;
  byOutcome: Record<Outcome, number>;
  /** Findings of each type over every phase of every portal. */
  findingsByType: Partial<Record<CheckId, number>>;
  /** Portals with at least one finding of each type, in any phase. */
  portalsByFindingType: Partial<Record<CheckId, number>>;
}

/** Findings by type over every phase of every portal, for the dashboard's chart. */
export function addFindings(total: Partial<Record<CheckId, number>>, portal: PortalSummary): void {
  for (const phase of Object.values(portal.phases)) {
    if (!phase) continue;
    for (const [check, count] of Object.entries(phase.findingsByType) as [CheckId, number][])
      total[check] = (total[check] ?? 0) + count;
  }
}
