import { consentWords } from './consent-words.ts';
import type { EvidenceRow } from './evidence-rows.ts';
import type { Evidence, EvidenceFinding } from './evidence.ts';
import { escapeHtml, linkOrText } from './html-escape.ts';
import { parisDateTime } from './paris-time.ts';
import type { Say } from '../words/messages.ts';

const text = (value: string) => escapeHtml(value);
const code = (value: string) => `<code>${escapeHtml(value)}</code>`;

function definitionList(items: readonly [term: string, html: string][]): string {
  return `<dl>\n${items.map(([term, html]) => `<dt>${text(term)}</dt><dd>${html}</dd>`).join('\n')}\n</dl>\n`;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<tr>${headers.map((header) => `<th scope="col">${text(header)}</th>`).join('')}</tr>`;
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

export function contextSection(evidence: Evidence, say: Say): string {
  const { charter, audit } = evidence;
  const items: [string, string][] = [
    [say('exportPortal'), code(evidence.portalHost)],
    [say('exportCharter'), charter.source === 'portal' && charter.url ? linkOrText(charter.url) : text(charter.label)],
  ];
  if (charter.fallbackReason) items.push([say('exportCharterUnreadable'), text(charter.fallbackReason)]);
  if (charter.redirectedFrom) items.push([say('exportRedirectedFrom'), linkOrText(charter.redirectedFrom)]);
  items.push(
    [say('exportCharterReadAt'), text(parisDateTime(charter.readAt))],
    [say('exportCharterSha256'), charter.textSha256 ? code(charter.textSha256) : text(say('exportUnknown'))],
    [
      say('exportDeclaredLines'),
      text(
        charter.omittedLines
          ? say('exportDeclaredLinesOmitted', [String(charter.declaredLines), String(charter.omittedLines)])
          : String(charter.declaredLines),
      ),
    ],
    [say('exportToolVersion'), text(evidence.extensionVersion)],
    [say('exportBrowser'), text(`${evidence.browser.name} ${evidence.browser.version}`.trim())],
    [say('exportConsent'), text(consentWords(evidence.consent, say))],
  );
  if (audit) {
    items.push(
      [say('exportAuditStart'), text(parisDateTime(audit.startedAt))],
      [say('exportAuditEnd'), text(audit.endedAt ? parisDateTime(audit.endedAt) : say('exportAuditRunning'))],
    );
  } else {
    items.push([
      say('exportPeriod'),
      text(
        evidence.observedSince
          ? say('exportObservedSince', parisDateTime(evidence.observedSince))
          : say('exportNothingObserved'),
      ),
    ]);
  }
  items.push([say('exportExportedAt'), text(parisDateTime(evidence.exportedAt))]);
  return `<section>\n<h2>${text(say('exportContextTitle'))}</h2>\n${definitionList(items)}<p class="note">${text(say('exportParisTimes'))}</p>\n</section>\n`;
}

export function phasesSection(evidence: Evidence, say: Say): string {
  if (!evidence.audit) return '';
  const rows = evidence.audit.phases.map((phase) => [
    text(parisDateTime(phase.at)),
    text(phase.label),
    text(phase.trigger),
  ]);
  const headers = [say('exportPhaseSince'), say('exportColumnPhase'), say('exportPhaseTrigger')];
  return `<section>\n<h2>${text(say('exportPhasesTitle'))}</h2>\n${table(headers, rows)}</section>\n`;
}

export function summarySection(evidence: Evidence, say: Say): string {
  const { counts } = evidence;
  const items: [string, string][] = [
    [say('exportGroupUndeclared'), text(String(counts.undeclared))],
    [say('exportCountDeclaredAndSeen'), text(String(counts.declaredAndSeen))],
    [say('exportGroupDeclaredNotSeen'), text(String(counts.declaredNotSeen))],
    [say('exportFindings'), text(String(counts.findings))],
  ];
  return `<section>\n<h2>${text(say('exportSummaryTitle'))}</h2>\n${definitionList(items)}</section>\n`;
}

function findingItem(finding: EvidenceFinding, say: Say): string {
  const about = finding.cookie
    ? `${code(finding.cookie.name)} (${text(finding.cookie.domain)}${text(finding.cookie.path)})`
    : text(say('exportAboutPortal'));
  return `<li><strong>${text(finding.title)}</strong> — ${about}<br>${text(finding.explanation)}<br>${text(say('exportReference'))} ${linkOrText(finding.reference.url, finding.reference.title)}</li>`;
}

export function findingsSection(evidence: Evidence, say: Say): string {
  const body =
    evidence.findings.length === 0
      ? `<p>${text(say('exportNoFinding'))}</p>\n`
      : `<ol>\n${evidence.findings.map((finding) => findingItem(finding, say)).join('\n')}\n</ol>\n`;
  return `<section>\n<h2>${text(say('exportFindings'))}</h2>\n<p class="note">${text(say('exportFindingsNote'))}</p>\n${body}</section>\n`;
}

const attributes = (row: EvidenceRow, say: Say) =>
  [
    row.secure ? 'Secure' : '',
    row.httpOnly ? 'HttpOnly' : '',
    row.sameSite ? `SameSite=${row.sameSite}` : '',
    row.hostOnly === false ? say('exportDomainAndSubdomains') : '',
  ]
    .filter(Boolean)
    .join(', ');

/** The columns of the cookie tables, by the message key of their header: each cell, already escaped. */
const COLUMNS: Record<string, (row: EvidenceRow, say: Say) => string> = {
  exportColumnNumber: (row) => text(String(row.num)),
  exportColumnName: (row) => code(row.name),
  exportColumnDomain: (row) => text(row.domain),
  exportColumnPath: (row) => text(row.path),
  exportColumnParty: (row) => text(row.party),
  exportColumnPartition: (row) => text(row.partition),
  exportColumnLifetime: (row) => text(row.lifetime),
  exportColumnExpiration: (row) => text(parisDateTime(row.expiration)),
  exportColumnAttributes: (row, say) => text(attributes(row, say)),
  exportColumnCategory: (row) => text(row.category),
  exportColumnVendor: (row) => text(row.knownVendor),
  exportColumnKnownPurpose: (row) => text(row.knownPurpose),
  exportColumnKnownLifetime: (row) => text(row.knownLifetime),
  exportColumnSource: (row) => text(row.knownSource),
  exportColumnDeclaredPurpose: (row) => text(row.declaredPurpose),
  exportColumnDeclaredDuration: (row) => text(row.declaredDuration),
  exportColumnGap: (row) => text(row.lifetimeGap),
  exportFindings: (row) => text(row.findings.join(' ; ')),
  exportColumnPhase: (row) => text(row.phase),
  exportColumnFirstSeen: (row) => text(parisDateTime(row.firstSeen)),
  exportColumnPage: (row) => linkOrText(row.page),
  exportColumnOrigin: (row) => linkOrText(row.origin),
};

const SEEN = [
  'exportColumnNumber',
  'exportColumnName',
  'exportColumnDomain',
  'exportColumnPath',
  'exportColumnParty',
  'exportColumnPartition',
  'exportColumnLifetime',
  'exportColumnExpiration',
  'exportColumnAttributes',
];
const PROVENANCE = [
  'exportFindings',
  'exportColumnPhase',
  'exportColumnFirstSeen',
  'exportColumnPage',
  'exportColumnOrigin',
];
/** Each group: its title's message key, the status of its rows, its columns. */
const GROUPS: [titleKey: string, status: EvidenceRow['status'], columns: string[]][] = [
  [
    'exportGroupUndeclared',
    'non déclaré',
    [
      ...SEEN,
      'exportColumnCategory',
      'exportColumnVendor',
      'exportColumnKnownPurpose',
      'exportColumnKnownLifetime',
      'exportColumnSource',
      ...PROVENANCE,
    ],
  ],
  [
    'exportGroupDeclaredAndSeen',
    'déclaré et observé',
    [
      ...SEEN,
      'exportColumnCategory',
      'exportColumnDeclaredPurpose',
      'exportColumnDeclaredDuration',
      'exportColumnGap',
      ...PROVENANCE,
    ],
  ],
  [
    'exportGroupDeclaredNotSeen',
    'déclaré non observé',
    [
      'exportColumnNumber',
      'exportColumnName',
      'exportColumnCategory',
      'exportColumnDeclaredPurpose',
      'exportColumnDeclaredDuration',
    ],
  ],
];

export function cookieGroupSections(evidence: Evidence, say: Say): string {
  return GROUPS.map(([titleKey, status, columns]) => {
    const rows = evidence.rows.filter((row) => row.status === status);
    const headers = columns.map((column) => say(column));
    const body =
      rows.length === 0
        ? `<p>${text(say('exportNone'))}</p>\n`
        : table(
            headers,
            rows.map((row) => columns.map((column) => COLUMNS[column]?.(row, say) ?? '')),
          );
    return `<section>\n<h2>${text(say(titleKey))} (${rows.length})</h2>\n${body}</section>\n`;
  }).join('');
}

export function requestOnlySection(evidence: Evidence, say: Say): string {
  if (evidence.requestOnlyCookies.length === 0) return '';
  const rows = evidence.requestOnlyCookies.map((cookie) => [
    code(cookie.name),
    text(cookie.host),
    text(parisDateTime(cookie.firstSeen)),
    text(say(cookie.declared ? 'exportYes' : 'exportNo')),
  ]);
  const headers = [
    say('exportColumnName'),
    say('exportColumnSentTo'),
    say('exportColumnFirstRequest'),
    say('exportColumnDeclared'),
  ];
  return `<section>\n<h2>${text(say('exportRequestOnlyTitle', String(rows.length)))}</h2>\n<p class="note">${text(say('exportRequestOnlyNote'))}</p>\n${table(headers, rows)}</section>\n`;
}
