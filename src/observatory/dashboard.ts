import type { CheckId } from '../core/checks/types.ts';
import { escapeHtml } from '../core/export/html-escape.ts';
import { parisDateTime } from '../core/export/paris-time.ts';
import { sayCounted, type Say } from '../core/words/messages.ts';
import { outcomeKeys, type PortalSummary, type RunTotals } from './summary.ts';
import { phaseNames, type PhaseName } from './visit.ts';

/*
 * DIR/index.html: a dashboard in one file, in `say`'s words (French), with no external resource (style, chart and
 * sorting inline), every text escaped. Written in three parts so that the table's rows are streamed.
 */

/** The message key of each phase's title: the popup's own for the phases after a choice. */
export const phaseTitleKeys: Record<PhaseName, string> = {
  'sans-choix': 'observatoryPhaseNoChoice',
  refus: 'phaseAfterRefusal',
  acceptation: 'phaseAfterAccept',
};

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;margin:1.5rem;max-width:1400px}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.totals{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}.totals li{background:#f1f3f5;border-radius:6px;padding:.5rem .9rem}
.totals strong{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #c8c8c8;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#eef0f3;position:sticky;top:0}th button{all:unset;cursor:pointer;font-weight:600}th button:focus-visible{outline:2px solid #0b57d0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td a{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}.failed{color:#a0101a}.names{font-family:ui-monospace,monospace;font-size:12px;overflow-wrap:anywhere}
svg text{font:13px system-ui,sans-serif}.note{color:#444}`;

const SORT_SCRIPT = `document.querySelectorAll('th button').forEach(function (button, column) {
  button.addEventListener('click', function () {
    var th = button.parentElement, table = th.closest('table'), body = table.tBodies[0];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var numeric = th.dataset.type === 'number';
    var key = function (row) { var cell = row.cells[column]; var value = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent; return numeric ? Number(value) : value; };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) { var x = key(a), y = key(b); var order = numeric ? x - y : String(x).localeCompare(String(y), 'fr'); return ascending ? order : -order; });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});`;

function chart(totals: RunTotals, findingTitles: Record<CheckId, string>, say: Say): string {
  const entries = (Object.entries(totals.portalsByFindingType) as [CheckId, number][]).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return `<p>${escapeHtml(say('observatoryNoFinding'))}</p>`;
  const labelWidth = 330;
  const barWidth = 420;
  const rowHeight = 26;
  const max = Math.max(...entries.map(([, count]) => count));
  const bars = entries
    .map(([check, count], index) => {
      const y = index * rowHeight;
      const width = Math.max(2, Math.round((count / max) * barWidth));
      const findings = totals.findingsByType[check] ?? 0;
      return `<g><text x="0" y="${y + 17}">${escapeHtml(findingTitles[check])}</text><rect x="${labelWidth}" y="${y + 4}" width="${width}" height="18" fill="#3b6ea5"></rect><text x="${labelWidth + width + 6}" y="${y + 17}">${escapeHtml(say('observatoryChartBar', [sayCounted(say, 'observatoryPortals', count), sayCounted(say, 'cliFindings', findings)]))}</text></g>`;
    })
    .join('\n');
  return `<svg role="img" aria-labelledby="graphique-titre" width="${labelWidth + barWidth + 190}" height="${entries.length * rowHeight + 4}" viewBox="0 0 ${labelWidth + barWidth + 190} ${entries.length * rowHeight + 4}">
<title id="graphique-titre">${escapeHtml(say('observatoryChartTitle'))}</title>
${bars}
</svg>`;
}

/** One figure of the run's totals, with what it counts. */
const total = (count: number, key: string, say: Say) => `<li><strong>${count}</strong> ${escapeHtml(say(key))}</li>`;

export function dashboardStart(
  totals: RunTotals,
  findingTitles: Record<CheckId, string>,
  generatedAt: Date,
  say: Say,
): string {
  const header = (key: string, type: 'text' | 'number' = 'text', substitution?: string) =>
    `<th scope="col" data-type="${type}"><button type="button">${escapeHtml(say(key, substitution))}</button></th>`;
  const inEachPhase = (key: string) =>
    phaseNames.map((phase) => header(key, 'number', say(phaseTitleKeys[phase]))).join('');
  const title = escapeHtml(say('observatoryTitle'));
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="note">${escapeHtml(say('observatoryMethod', parisDateTime(generatedAt.toISOString())))}</p>
<ul class="totals">
${total(totals.portals, 'observatoryTotalPortals', say)}
${total(totals.byOutcome.audited, 'observatoryTotalAudited', say)}
${total(totals.byOutcome['not-opendatasoft'], 'observatoryTotalNotOpendatasoft', say)}
${total(totals.byOutcome.failed, 'observatoryTotalFailed', say)}
</ul>
<h2>${escapeHtml(say('observatoryFindingsByType'))}</h2>
${chart(totals, findingTitles, say)}
<h2>${escapeHtml(say('observatoryPortalsHeading'))}</h2>
<p class="note">${escapeHtml(say('observatorySortNote'))}</p>
<table>
<thead><tr>${header('exportPortal')}${header('observatoryColumnOutcome')}${header('exportCharter')}${header('observatoryColumnBanner')}${inEachPhase('observatoryColumnUndeclaredIn')}${inEachPhase('observatoryColumnFindingsIn')}${header('observatoryColumnUndeclaredNames')}${header('observatoryColumnThirdParties')}${header('observatoryColumnReports')}</tr></thead>
<tbody>
`;
}

/** The charter compared with: the portal's, or the standard one (and why, when `withReason` and known). */
export function charterWords(charter: NonNullable<PortalSummary['charter']>, withReason: boolean, say: Say): string {
  if (charter.source === 'portal') return say('observatoryCharterPortal');
  return withReason && charter.fallbackReason
    ? say('observatoryCharterStandardBecause', charter.fallbackReason)
    : say('observatoryCharterStandard');
}

function countCell(portal: PortalSummary, phase: PhaseName, count: 'undeclared' | 'findings'): string {
  const value = portal.phases[phase]?.counts[count];
  return value === undefined ? '<td class="num" data-sort="-1">—</td>' : `<td class="num">${value}</td>`;
}

function linkTo(path: string, text: string): string {
  return `<a href="${escapeHtml(path.split('/').map(encodeURIComponent).join('/'))}">${escapeHtml(text)}</a>`;
}

export function dashboardRow(portal: PortalSummary, say: Say): string {
  const outcome = portal.failure
    ? say('observatoryOutcomeBecause', [say(outcomeKeys[portal.outcome]), portal.failure.reason])
    : say(outcomeKeys[portal.outcome]);
  const charter = portal.charter === null ? '—' : charterWords(portal.charter, true, say);
  const banner = portal.banner === null ? '—' : say(portal.banner === 'present' ? 'exportYes' : 'exportNo');
  const undeclared = [...new Set(phaseNames.flatMap((phase) => portal.phases[phase]?.undeclared ?? []))].join(' ');
  const reports = phaseNames
    .filter((phase) => portal.phases[phase])
    .map((phase) => linkTo(portal.phases[phase]!.files.html, say(phaseTitleKeys[phase])))
    .join(', ');
  return `<tr><th scope="row">${escapeHtml(portal.host)}</th><td${portal.outcome === 'failed' ? ' class="failed"' : ''}>${escapeHtml(outcome)}</td><td>${escapeHtml(charter)}</td><td>${escapeHtml(banner)}</td>${phaseNames.map((phase) => countCell(portal, phase, 'undeclared')).join('')}${phaseNames.map((phase) => countCell(portal, phase, 'findings')).join('')}<td class="names">${escapeHtml(undeclared)}</td><td>${escapeHtml(portal.thirdPartyOrganisations.join(', '))}</td><td>${reports || '—'}</td></tr>
`;
}

export function dashboardEnd(): string {
  return `</tbody>
</table>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
