import type { CheckId } from '../core/checks/types.ts';
import { escapeHtml } from '../core/export/html-escape.ts';
import { parisDateTime } from '../core/export/paris-time.ts';
import { outcomeLabels, type PortalSummary, type RunTotals } from './summary.ts';
import { phaseNames, type PhaseName } from './visit.ts';

/*
 * DIR/index.html: a French dashboard in one file, with no external resource (style, chart and sorting inline), every
 * text from a portal or a file escaped. Written in three parts so that the table's rows are streamed.
 */

const phaseTitles: Record<PhaseName, string> = { 'sans-choix': 'sans choix', refus: 'après refus', acceptation: 'après acceptation' };

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

function chart(totals: RunTotals, findingTitles: Record<CheckId, string>): string {
  const entries = (Object.entries(totals.portalsByFindingType) as [CheckId, number][]).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return '<p>Aucun constat sur les portails audités.</p>';
  const labelWidth = 330;
  const barWidth = 420;
  const rowHeight = 26;
  const max = Math.max(...entries.map(([, count]) => count));
  const bars = entries
    .map(([check, count], index) => {
      const y = index * rowHeight;
      const width = Math.max(2, Math.round((count / max) * barWidth));
      const findings = totals.findingsByType[check] ?? 0;
      return `<g><text x="0" y="${y + 17}">${escapeHtml(findingTitles[check])}</text><rect x="${labelWidth}" y="${y + 4}" width="${width}" height="18" fill="#3b6ea5"></rect><text x="${labelWidth + width + 6}" y="${y + 17}">${count} portail${count > 1 ? 's' : ''} (${findings} constat${findings > 1 ? 's' : ''})</text></g>`;
    })
    .join('\n');
  return `<svg role="img" aria-labelledby="graphique-titre" width="${labelWidth + barWidth + 190}" height="${entries.length * rowHeight + 4}" viewBox="0 0 ${labelWidth + barWidth + 190} ${entries.length * rowHeight + 4}">
<title id="graphique-titre">Nombre de portails concernés par chaque type de constat, toutes phases confondues</title>
${bars}
</svg>`;
}

export function dashboardStart(totals: RunTotals, findingTitles: Record<CheckId, string>, generatedAt: Date): string {
  const header = (title: string, type: 'text' | 'number' = 'text') => `<th scope="col" data-type="${type}"><button type="button">${escapeHtml(title)}</button></th>`;
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Observatoire Charte vs cookies</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Observatoire Charte vs cookies</h1>
<p class="note">Chaque portail visité trois fois par Chromium avec l'extension, dans un profil neuf à chaque fois : sans choix dans le bandeau (accueil puis une page de jeu de données), après « Tout refuser », après « Tout accepter ». Les chiffres sont ceux des exports de l'extension ; les constats sont des points à vérifier, pas des verdicts juridiques. Aucune valeur de cookie n'est conservée. Généré le ${escapeHtml(parisDateTime(generatedAt.toISOString()))} (heure de Paris).</p>
<ul class="totals">
<li><strong>${totals.portals}</strong> portails</li>
<li><strong>${totals.byOutcome.audited}</strong> audités</li>
<li><strong>${totals.byOutcome['not-opendatasoft']}</strong> pas Opendatasoft</li>
<li><strong>${totals.byOutcome.failed}</strong> échecs</li>
</ul>
<h2>Constats par type</h2>
${chart(totals, findingTitles)}
<h2>Portails</h2>
<p class="note">Cliquez un titre de colonne pour trier. « ND » : cookies observés mais non déclarés par la charte du portail.</p>
<table>
<thead><tr>${header('Portail')}${header('Résultat')}${header('Charte')}${header('Bandeau')}${phaseNames.map((phase) => header(`ND ${phaseTitles[phase]}`, 'number')).join('')}${phaseNames.map((phase) => header(`Constats ${phaseTitles[phase]}`, 'number')).join('')}${header('Cookies non déclarés')}${header('Organisations tierces')}${header('Rapports')}</tr></thead>
<tbody>
`;
}

function countCell(portal: PortalSummary, phase: PhaseName, count: 'undeclared' | 'findings'): string {
  const value = portal.phases[phase]?.counts[count];
  return value === undefined ? '<td class="num" data-sort="-1">—</td>' : `<td class="num">${value}</td>`;
}

function linkTo(path: string, text: string): string {
  return `<a href="${escapeHtml(path.split('/').map(encodeURIComponent).join('/'))}">${escapeHtml(text)}</a>`;
}

export function dashboardRow(portal: PortalSummary): string {
  const outcome = portal.failure ? `${outcomeLabels[portal.outcome]} : ${portal.failure.reason}` : outcomeLabels[portal.outcome];
  const charter = portal.charter === null ? '—' : portal.charter.source === 'portal' ? 'du portail' : `standard${portal.charter.fallbackReason ? ` (${portal.charter.fallbackReason})` : ''}`;
  const banner = portal.banner === null ? '—' : portal.banner === 'present' ? 'oui' : 'non';
  const undeclared = [...new Set(phaseNames.flatMap((phase) => portal.phases[phase]?.undeclared ?? []))].join(' ');
  const reports = phaseNames
    .filter((phase) => portal.phases[phase])
    .map((phase) => linkTo(portal.phases[phase]!.files.html, phaseTitles[phase]))
    .join(', ');
  return `<tr><th scope="row">${escapeHtml(portal.host)}</th><td${portal.outcome === 'failed' ? ' class="failed"' : ''}>${escapeHtml(outcome)}</td><td>${escapeHtml(charter)}</td><td>${banner}</td>${phaseNames.map((phase) => countCell(portal, phase, 'undeclared')).join('')}${phaseNames.map((phase) => countCell(portal, phase, 'findings')).join('')}<td class="names">${escapeHtml(undeclared)}</td><td>${escapeHtml(portal.thirdPartyOrganisations.join(', '))}</td><td>${reports || '—'}</td></tr>
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
