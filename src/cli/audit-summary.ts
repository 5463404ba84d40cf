import type { EvidenceRow } from '../core/export/evidence-rows.ts';
import type { Evidence } from '../core/export/evidence.ts';
import { parisDateTime } from '../core/export/paris-time.ts';
import { keptUrl } from '../core/url/kept-url.ts';
import { visibleText } from '../core/report/visible-name.ts';
import { pluralForm } from '../core/words/format.ts';
import type { HarAudit } from '../core/har/har-audit.ts';


const counted = (count: number, one: string, other: string) => `${count} ${pluralForm(count) === 'one' ? one : other}`;

const joined = (parts: readonly string[]) => parts.filter((part) => part !== '').join(', ');

function cookieLine(row: EvidenceRow): string {
  const where = row.domain ? `${row.domain}${row.path === '/' ? '' : row.path}` : '';
  const party = row.party ? `${row.party} partie` : '';
  const details = joined([where, party, row.lifetime, row.phase, row.category, row.lifetimeGap && `écart : ${row.lifetimeGap}`]);
  const findings = row.findings.length > 0 ? ` — constats : ${row.findings.join(' ; ')}` : '';
  return `  - ${visibleText(row.name)}${details ? ` — ${visibleText(details)}` : ''}${visibleText(findings)}`;
}

function group(title: string, rows: readonly EvidenceRow[]): string[] {
  return ['', `${title} (${rows.length})`, ...(rows.length === 0 ? ['  aucun'] : rows.map(cookieLine))];
}

/** What the terminal shows after an audit of a HAR file, in French: counts, the three groups, the findings. */
export function auditSummary(evidence: Evidence, har: Pick<HarAudit, 'portalUrl' | 'entries'>): string {
  const { charter, audit, counts } = evidence;
  const rowsOf = (status: EvidenceRow['status']) => evidence.rows.filter((row) => row.status === status);
  const lines = [
    `Audit HAR de ${visibleText(evidence.portalHost)} — ${visibleText(keptUrl(har.portalUrl))}`,
    `Enregistrement : ${har.entries} requêtes, du ${parisDateTime(audit?.startedAt ?? '')} au ${parisDateTime(audit?.endedAt ?? '')} (heure de Paris), ${visibleText(`${evidence.browser.name} ${evidence.browser.version}`.trim())}`,
    `Charte : ${visibleText(charter.label)} — ${charter.declaredLines} lignes déclarées, lue le ${parisDateTime(charter.readAt)}`,
    ...(charter.fallbackReason ? [`Charte du portail illisible : ${visibleText(charter.fallbackReason)}`] : []),
    ...(charter.textSha256 ? [`SHA-256 du texte de la charte : ${charter.textSha256}`] : []),
    `Phases : ${(audit?.phases ?? []).map((phase) => `${phase.label} dès ${parisDateTime(phase.at)}`).join(' ; ')}`,
    '',
    [
      counted(counts.undeclared, 'cookie non déclaré', 'cookies non déclarés'),
      counted(counts.declaredAndSeen, 'ligne déclarée et observée', 'lignes déclarées et observées'),
      counted(counts.declaredNotSeen, 'ligne déclarée non observée', 'lignes déclarées non observées'),
      counted(counts.findings, 'constat', 'constats'),
    ].join(' · '),
    ...group('Observés mais non déclarés', rowsOf('non déclaré')),
    ...group('Déclarés et observés', rowsOf('déclaré et observé')),
    ...group('Déclarés mais non observés', rowsOf('déclaré non observé')),
  ];
  if (evidence.requestOnlyCookies.length > 0) {
    lines.push('', `Vus seulement dans les requêtes (${evidence.requestOnlyCookies.length}) : déposés par un script de la page ou présents avant l'enregistrement, durée et attributs inconnus`);
    for (const cookie of evidence.requestOnlyCookies) {
      lines.push(`  - ${visibleText(cookie.name)} — envoyé à ${visibleText(cookie.host)} dès ${parisDateTime(cookie.firstSeen)}, ${cookie.declared ? 'déclaré' : 'non déclaré'}`);
    }
  }
  lines.push('', `Constats (${evidence.findings.length}) — points à vérifier, pas des verdicts juridiques`);
  evidence.findings.forEach((finding, index) => {
    const about = finding.cookie ? `${finding.cookie.name} (${finding.cookie.domain}${finding.cookie.path})` : 'portail';
    lines.push(`  ${index + 1}. ${visibleText(finding.title)} — ${visibleText(about)}`, `     ${visibleText(finding.explanation)}`, `     Référence : ${finding.reference.title} — ${finding.reference.url}`);
  });
  return `${lines.join('\n')}\n`;
}
