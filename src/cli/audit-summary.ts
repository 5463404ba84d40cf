import type { EvidenceRow } from '../core/export/evidence-rows.ts';
import { consentWords } from '../core/export/consent-words.ts';
import type { Evidence } from '../core/export/evidence.ts';
import { parisDateTime } from '../core/export/paris-time.ts';
import { keptUrl } from '../core/url/kept-url.ts';
import { visibleText } from '../core/report/visible-name.ts';
import { sayCounted, type Say } from '../core/words/messages.ts';
import type { HarAudit } from '../core/har/har-audit.ts';

const joined = (parts: readonly string[]) => parts.filter((part) => part !== '').join(', ');

function cookieLine(row: EvidenceRow, say: Say): string {
  const where = row.domain ? `${row.domain}${row.path === '/' ? '' : row.path}` : '';
  // The popup's words for whose cookie it is ("propriétaire", "tiers"), not the export's column codes ("1re", "3e").
  const party = row.party === '' ? '' : say(row.party === '1re' ? 'partyFirst' : 'partyThird');
  const details = joined([
    where,
    party,
    row.lifetime,
    row.phase,
    row.category,
    row.lifetimeGap && say('cliGap', row.lifetimeGap),
  ]);
  const findings = row.findings.length > 0 ? ` — ${say('cliCookieFindings', row.findings.join(' ; '))}` : '';
  return `  - ${visibleText(row.name)}${details ? ` — ${visibleText(details)}` : ''}${visibleText(findings)}`;
}

function group(title: string, rows: readonly EvidenceRow[], say: Say): string[] {
  return [
    '',
    `${title} (${rows.length})`,
    ...(rows.length === 0 ? [`  ${say('cliNone')}`] : rows.map((row) => cookieLine(row, say))),
  ];
}

/** What the terminal shows after an audit of a HAR file, in the words `say` gives (French): counts, the three groups, the findings. */
export function auditSummary(evidence: Evidence, har: Pick<HarAudit, 'portalUrl' | 'entries'>, say: Say): string {
  const { charter, audit, counts } = evidence;
  const rowsOf = (status: EvidenceRow['status']) => evidence.rows.filter((row) => row.status === status);
  const browser = visibleText(`${evidence.browser.name} ${evidence.browser.version}`.trim());
  const lines = [
    say('cliAuditHeading', [visibleText(evidence.portalHost), visibleText(keptUrl(har.portalUrl))]),
    say('cliHarVisit', [
      String(har.entries),
      parisDateTime(audit?.startedAt ?? ''),
      parisDateTime(audit?.endedAt ?? ''),
      browser,
    ]),
    say('cliCharter', [visibleText(charter.label), String(charter.declaredLines), parisDateTime(charter.readAt)]),
    ...(charter.fallbackReason ? [`${say('exportCharterUnreadable')} : ${visibleText(charter.fallbackReason)}`] : []),
    ...(charter.textSha256 ? [`${say('exportCharterSha256')} : ${charter.textSha256}`] : []),
    say(
      'cliPhases',
      (audit?.phases ?? []).map((phase) => say('cliPhaseFrom', [phase.label, parisDateTime(phase.at)])).join(' ; '),
    ),
    `${say('exportConsent')} : ${visibleText(consentWords(evidence.consent, say))}`,
    '',
    [
      sayCounted(say, 'cliUndeclared', counts.undeclared),
      sayCounted(say, 'cliDeclaredAndSeen', counts.declaredAndSeen),
      sayCounted(say, 'cliDeclaredNotSeen', counts.declaredNotSeen),
      sayCounted(say, 'cliFindings', counts.findings),
    ].join(' · '),
    ...group(say('exportGroupUndeclared'), rowsOf('non déclaré'), say),
    ...group(say('exportGroupDeclaredAndSeen'), rowsOf('déclaré et observé'), say),
    ...group(say('exportGroupDeclaredNotSeen'), rowsOf('déclaré non observé'), say),
  ];
  if (evidence.requestOnlyCookies.length > 0) {
    lines.push('', say('cliRequestOnly', String(evidence.requestOnlyCookies.length)));
    for (const cookie of evidence.requestOnlyCookies) {
      const declared = say(cookie.declared ? 'cliDeclared' : 'whyUndeclared');
      lines.push(
        `  - ${say('cliRequestOnlyCookie', [visibleText(cookie.name), visibleText(cookie.host), parisDateTime(cookie.firstSeen), declared])}`,
      );
    }
  }
  lines.push('', say('cliFindingsHeading', String(evidence.findings.length)));
  evidence.findings.forEach((finding, index) => {
    const about = finding.cookie
      ? `${finding.cookie.name} (${finding.cookie.domain}${finding.cookie.path})`
      : say('exportAboutPortal');
    lines.push(
      `  ${index + 1}. ${visibleText(finding.title)} — ${visibleText(about)}`,
      `     ${visibleText(finding.explanation)}`,
      `     ${say('exportReference')} ${finding.reference.title} — ${finding.reference.url}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
