import type { EvidenceRow } from './evidence-rows.ts';
import type { Evidence, EvidenceFinding } from './evidence.ts';
import { escapeHtml, linkOrText } from './html-escape.ts';
import { parisDateTime } from './paris-time.ts';

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

export function contextSection(evidence: Evidence): string {
  const { charter, audit } = evidence;
  const items: [string, string][] = [
    ['Portail', code(evidence.portalHost)],
    ['Charte', charter.source === 'portal' && charter.url ? linkOrText(charter.url) : text(charter.label)],
  ];
  if (charter.fallbackReason) items.push(['Charte du portail illisible', text(charter.fallbackReason)]);
  if (charter.redirectedFrom) items.push(['Après redirection depuis', linkOrText(charter.redirectedFrom)]);
  items.push(
    ['Charte lue le', text(parisDateTime(charter.readAt))],
    ['SHA-256 du texte de la charte', charter.textSha256 ? code(charter.textSha256) : 'inconnu'],
    ['Lignes déclarées', text(String(charter.declaredLines) + (charter.omittedLines ? ` (et ${charter.omittedLines} lignes non retenues)` : ''))],
    ["Version de l'outil", text(evidence.extensionVersion)],
    ['Navigateur', text(`${evidence.browser.name} ${evidence.browser.version}`.trim())],
  );
  if (audit) {
    items.push(["Début de l'audit", text(parisDateTime(audit.startedAt))], ["Fin de l'audit", text(audit.endedAt ? parisDateTime(audit.endedAt) : 'en cours')]);
  } else {
    items.push(['Période', text(evidence.observedSince ? `observation depuis le ${parisDateTime(evidence.observedSince)}` : 'aucun cookie observé')]);
  }
  items.push(['Exporté le', text(parisDateTime(evidence.exportedAt))]);
  return `<section>\n<h2>Contexte</h2>\n${definitionList(items)}<p class="note">Heures de Paris ; les exports CSV et JSON les donnent en UTC (ISO 8601).</p>\n</section>\n`;
}

export function phasesSection(evidence: Evidence): string {
  if (!evidence.audit) return '';
  const rows = evidence.audit.phases.map((phase) => [text(parisDateTime(phase.at)), text(phase.label), text(phase.trigger)]);
  return `<section>\n<h2>Phases de consentement</h2>\n${table(['Depuis', 'Phase', 'Déclenchée par'], rows)}</section>\n`;
}

export function summarySection(evidence: Evidence): string {
  const { counts } = evidence;
  const items: [string, string][] = [
    ['Observés mais non déclarés', text(String(counts.undeclared))],
    ['Déclarés et observés (lignes de la charte)', text(String(counts.declaredAndSeen))],
    ['Déclarés mais non observés', text(String(counts.declaredNotSeen))],
    ['Constats', text(String(counts.findings))],
  ];
  return `<section>\n<h2>Synthèse</h2>\n${definitionList(items)}</section>\n`;
}

function findingItem(finding: EvidenceFinding): string {
  const about = finding.cookie ? ` — ${code(finding.cookie.name)} (${text(finding.cookie.domain)}${text(finding.cookie.path)})` : ' — portail';
  return `<li><strong>${text(finding.title)}</strong>${about}<br>${text(finding.explanation)}<br>Référence : ${linkOrText(finding.reference.url, finding.reference.title)}</li>`;
}

export function findingsSection(evidence: Evidence): string {
  const body = evidence.findings.length === 0 ? '<p>Aucun constat.</p>\n' : `<ol>\n${evidence.findings.map(findingItem).join('\n')}\n</ol>\n`;
  return `<section>\n<h2>Constats</h2>\n<p class="note">Points à vérifier, pas des verdicts juridiques.</p>\n${body}</section>\n`;
}

const attributes = (row: EvidenceRow) =>
  [row.secure ? 'Secure' : '', row.httpOnly ? 'HttpOnly' : '', row.sameSite ? `SameSite=${row.sameSite}` : '', row.hostOnly === false ? 'domaine et sous-domaines' : '']
    .filter(Boolean)
    .join(', ');

/** The columns of the cookie tables: a header and its cell, already escaped. */
const COLUMNS: Record<string, (row: EvidenceRow) => string> = {
  'N°': (row) => text(String(row.num)),
  Nom: (row) => code(row.name),
  Domaine: (row) => text(row.domain),
  Chemin: (row) => text(row.path),
  Partie: (row) => text(row.party),
  Partition: (row) => text(row.partition),
  'Durée de vie': (row) => text(row.lifetime),
  Expiration: (row) => text(parisDateTime(row.expiration)),
  Attributs: (row) => text(attributes(row)),
  Catégorie: (row) => text(row.category),
  Fournisseur: (row) => text(row.knownVendor),
  'Finalité connue': (row) => text(row.knownPurpose),
  'Durée habituelle': (row) => text(row.knownLifetime),
  Source: (row) => text(row.knownSource),
  'Finalité déclarée': (row) => text(row.declaredPurpose),
  'Durée déclarée': (row) => text(row.declaredDuration),
  Écart: (row) => text(row.lifetimeGap),
  Constats: (row) => text(row.findings.join(' ; ')),
  Phase: (row) => text(row.phase),
  'Première observation': (row) => text(parisDateTime(row.firstSeen)),
  Page: (row) => linkOrText(row.page),
  Origine: (row) => linkOrText(row.origin),
};

const SEEN = ['N°', 'Nom', 'Domaine', 'Chemin', 'Partie', 'Partition', 'Durée de vie', 'Expiration', 'Attributs'];
const PROVENANCE = ['Constats', 'Phase', 'Première observation', 'Page', 'Origine'];
const GROUPS: [title: string, status: EvidenceRow['status'], headers: string[]][] = [
  ['Observés mais non déclarés', 'non déclaré', [...SEEN, 'Catégorie', 'Fournisseur', 'Finalité connue', 'Durée habituelle', 'Source', ...PROVENANCE]],
  ['Déclarés et observés', 'déclaré et observé', [...SEEN, 'Catégorie', 'Finalité déclarée', 'Durée déclarée', 'Écart', ...PROVENANCE]],
  ['Déclarés mais non observés', 'déclaré non observé', ['N°', 'Nom', 'Catégorie', 'Finalité déclarée', 'Durée déclarée']],
];

export function cookieGroupSections(evidence: Evidence): string {
  return GROUPS.map(([title, status, headers]) => {
    const rows = evidence.rows.filter((row) => row.status === status);
    const body = rows.length === 0 ? '<p>Aucun.</p>\n' : table(headers, rows.map((row) => headers.map((header) => COLUMNS[header]?.(row) ?? '')));
    return `<section>\n<h2>${text(title)} (${rows.length})</h2>\n${body}</section>\n`;
  }).join('');
}

export function requestOnlySection(evidence: Evidence): string {
  if (evidence.requestOnlyCookies.length === 0) return '';
  const rows = evidence.requestOnlyCookies.map((cookie) => [code(cookie.name), text(cookie.host), text(parisDateTime(cookie.firstSeen)), cookie.declared ? 'oui' : 'non']);
  return `<section>\n<h2>Vus seulement dans les requêtes (${rows.length})</h2>\n<p class="note">Noms envoyés dans l'en-tête Cookie des requêtes sans qu'aucune réponse du fichier HAR ne les ait déposés : déposés par un script de la page, ou présents avant l'enregistrement. Durée de vie et attributs inconnus.</p>\n${table(['Nom', 'Envoyé à', 'Première requête', 'Déclaré'], rows)}</section>\n`;
}
