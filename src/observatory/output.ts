import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckId } from '../core/checks/types.ts';
import { consentWords } from '../core/export/consent-words.ts';
import { csvDocument, csvText } from '../core/export/csv.ts';
import { findingTitleKeys } from '../core/checks/titles.ts';
import type { Say } from '../core/words/messages.ts';
import { charterWords, dashboardEnd, dashboardRow, dashboardStart } from './dashboard.ts';
import { resultPath } from './run.ts';
import { addFindings, outcomeKeys, type PortalSummary, type RunTotals } from './summary.ts';
import { phaseNames } from './visit.ts';

export const SUMMARY_SCHEMA_ID = 'charte-vs-cookies.observatory.v1';

async function* results(outDir: string, hosts: readonly string[]): AsyncGenerator<PortalSummary> {
  for (const host of hosts) {
    const text = await readFile(resultPath(outDir, host), 'utf8').catch(() => null);
    if (text !== null) yield JSON.parse(text) as PortalSummary;
  }
}

/** The columns each phase has, by message key, each followed by the phase's name as the output folder writes it. */
const PHASE_COLUMN_KEYS = [
  'exportGroupDeclaredAndSeen',
  'observatoryColumnUndeclared',
  'observatoryColumnDeclaredNotSeen',
  'exportFindings',
  'observatoryColumnUndeclaredNames',
  'observatoryColumnConsent',
];

function csvHeaders(say: Say): string[] {
  return [
    ...[
      'exportPortal',
      'observatoryColumnOutcome',
      'observatoryColumnReason',
      'observatoryColumnBanner',
      'exportCharter',
      'observatoryColumnCharterUrl',
    ].map((key) => say(key)),
    ...phaseNames.flatMap((phase) =>
      PHASE_COLUMN_KEYS.map((key) => say('observatoryColumnOfPhase', [say(key), phase])),
    ),
    say('observatoryColumnThirdParties'),
  ];
}

function csvLine(portal: PortalSummary, say: Say): string[] {
  return [
    portal.host,
    say(outcomeKeys[portal.outcome]),
    portal.failure?.reason ?? '',
    portal.banner === null ? '' : say(portal.banner === 'present' ? 'exportYes' : 'exportNo'),
    portal.charter === null ? '' : charterWords(portal.charter, false, say),
    portal.charter?.url ?? '',
    ...phaseNames.flatMap((name) => {
      const phase = portal.phases[name];
      if (!phase) return ['', '', '', '', '', ''];
      const { counts } = phase;
      return [
        String(counts.declaredAndSeen),
        String(counts.undeclared),
        String(counts.declaredNotSeen),
        String(counts.findings),
        phase.undeclared.join(' '),
        consentWords(phase.consent, say),
      ];
    }),
    portal.thirdPartyOrganisations.join(', '),
  ];
}

/**
 * DIR/summary.json, DIR/summary.csv and DIR/index.html from the portals' result files, read one at a time twice
 * (totals first, then the lines): memory holds one portal, whatever their number.
 */
export async function writeSummaries(
  outDir: string,
  hosts: readonly string[],
  generatedAt: Date,
  say: Say,
): Promise<RunTotals> {
  const findingTitles = Object.fromEntries(
    (Object.entries(findingTitleKeys) as [CheckId, string][]).map(([check, key]) => [check, say(key)]),
  ) as Record<CheckId, string>;
  const totals: RunTotals = {
    portals: 0,
    byOutcome: { audited: 0, 'not-opendatasoft': 0, failed: 0 },
    findingsByType: {},
    portalsByFindingType: {},
  };
  for await (const portal of results(outDir, hosts)) {
    totals.portals++;
    totals.byOutcome[portal.outcome]++;
    addFindings(totals.findingsByType, portal);
    const types: Partial<Record<CheckId, number>> = {};
    addFindings(types, portal);
    for (const check of Object.keys(types) as CheckId[])
      totals.portalsByFindingType[check] = (totals.portalsByFindingType[check] ?? 0) + 1;
  }
  const [json, csv, html] = await Promise.all([
    open(join(outDir, 'summary.json'), 'w'),
    open(join(outDir, 'summary.csv'), 'w'),
    open(join(outDir, 'index.html'), 'w'),
  ]);
  try {
    await json.write(
      `{\n"schema": ${JSON.stringify(SUMMARY_SCHEMA_ID)},\n"generatedAt": ${JSON.stringify(generatedAt.toISOString())},\n"totals": ${JSON.stringify({ ...totals, findingTitles })},\n"portals": [`,
    );
    await csv.write(csvDocument([csvHeaders(say)]));
    await html.write(dashboardStart(totals, findingTitles, generatedAt, say));
    let first = true;
    for await (const portal of results(outDir, hosts)) {
      await json.write(`${first ? '' : ','}\n${JSON.stringify(portal)}`);
      await csv.write(csvText([csvLine(portal, say)]));
      await html.write(dashboardRow(portal, say));
      first = false;
    }
    await json.write('\n]\n}\n');
    await html.write(dashboardEnd());
  } finally {
    await Promise.all([json, csv, html].map((handle) => handle.close()));
  }
  return totals;
}
