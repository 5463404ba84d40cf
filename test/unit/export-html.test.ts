import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { followConsent, startAudit } from '../../src/core/audit/audit.ts';
import { buildEvidence } from '../../src/core/export/evidence.ts';
import { escapeHtml, linkOrText } from '../../src/core/export/html-escape.ts';
import { evidenceToHtml, HTML_HASH_LINE_MARKER } from '../../src/core/export/html.ts';
import { sha256Hex } from '../../src/core/hash/sha256.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { AUDIT_START, declaredLine, evidenceInput } from '../support/evidence-input.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'A & B',
  '</style><style>*{display:none}',
  `${HTML_HASH_LINE_MARKER}`,
];

describe('HTML escaping', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ['L\'arbre & "l\'allée"', 'L&#39;arbre &amp; &quot;l&#39;allée&quot;'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it('makes links of web addresses only', () => {
    expect(linkOrText('https://www.cnil.fr/?a=1&b="2"', 'CNIL')).toBe(
      '<a href="https://www.cnil.fr/?a=1&amp;b=&quot;2&quot;">CNIL</a>',
    );
    expect(linkOrText('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(linkOrText('data:text/html,<script>x</script>')).toBe('data:text/html,&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('the HTML report', () => {
  const hostileCharter = {
    declared: HOSTILE.map((text, index) =>
      declaredLine(`n${index}${text}`, { purpose: text, duration: text, category: text }),
    ),
    source: {
      kind: 'portal' as const,
      url: `https://data.montreuil.fr/pages/"><script>x</script>`,
      readAt: AUDIT_START,
    },
  };
  const evidence = buildEvidence(
    evidenceInput({
      portalHost: 'data.montreuil.fr<script>',
      charter: hostileCharter,
      extensionVersion: HOSTILE[0] ?? '',
      browser: { name: HOSTILE[1] ?? '', version: HOSTILE[2] ?? '' },
      audit: followConsent(startAudit(AUDIT_START), 'accepted', AUDIT_START + 1000),
      cookies: HOSTILE.map((text, index) => ({
        ...keptCookie(`c${index}${text}`, AUDIT_START + index * 2000, { path: `/${text}`, secure: false }),
        firstPage: `https://data.montreuil.fr/${text}`,
        setByResponse: `javascript:${text}`,
      })),
      requestOnlyCookies: [{ name: HOSTILE[0] ?? '', host: 'data.montreuil.fr', firstSeen: AUDIT_START }],
    }),
  );

  it('is a complete standalone French document, print friendly', async () => {
    const html = await evidenceToHtml(evidence, sayInFrench);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    for (const heading of [
      'Contexte',
      'Phases de consentement',
      'Synthèse',
      'Constats',
      'Observés mais non déclarés',
      'Déclarés et observés',
      'Déclarés mais non observés',
      'Vus seulement dans les requêtes',
    ]) {
      expect(html).toContain(`<h2>${heading}`);
    }
    expect(html).toContain('https://www.cnil.fr/fr/securiser-vos-sites-web-vos-applications-et-vos-serveurs');
    expect(html).toContain(`<code>${'ab'.repeat(32)}</code>`);
  });

  it('escapes every text that came from a page, a charter or a cookie', async () => {
    const html = await evidenceToHtml(evidence, sayInFrench);
    expect(html).not.toMatch(/<script|<img|<\/style><style>|onmouseover='|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
    // The only <style> is the report's own, and the only line holding the hash marker is the hash line.
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.split('\n').filter((line) => line.includes(HTML_HASH_LINE_MARKER))).toHaveLength(1);
  });

  it("parses to the report's own elements only: no script, image, handler or foreign link", async () => {
    const document = parseDocument(await evidenceToHtml(evidence, sayInFrench));
    const elements = DomUtils.findAll(() => true, document.children);
    expect(new Set(elements.map((element) => element.name))).toEqual(
      new Set([
        'html',
        'head',
        'meta',
        'title',
        'style',
        'body',
        'h1',
        'h2',
        'p',
        'section',
        'dl',
        'dt',
        'dd',
        'code',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'ol',
        'li',
        'strong',
        'br',
        'a',
        'footer',
      ]),
    );
    expect(
      elements
        .flatMap((element) => Object.keys(element.attribs))
        .filter((name) => !['charset', 'name', 'content', 'lang', 'scope', 'class', 'href', 'id'].includes(name)),
    ).toEqual([]);
    expect(
      elements
        .filter((element) => element.name === 'a')
        .every((link) => (link.attribs.href ?? '').startsWith('https://')),
    ).toBe(true);
  });

  it('states the SHA-256 of the file without its hash line, which a DPO can recompute with grep and sha256sum', async () => {
    const html = await evidenceToHtml(evidence, sayInFrench);
    const hashLine = html.split('\n').find((line) => line.includes(HTML_HASH_LINE_MARKER)) ?? '';
    const stated = /<code>([0-9a-f]{64})<\/code>/.exec(hashLine)?.[1];
    // `grep -v` keeps every other line, each with its "\n".
    const withoutHashLine = html
      .split('\n')
      .filter((line) => !line.includes(HTML_HASH_LINE_MARKER))
      .join('\n');
    expect(stated).toBe(await sha256Hex(withoutHashLine));
    expect(html).toContain('grep -v &#39;id=&quot;empreinte-sha256&quot;&#39; rapport.html | sha256sum');
  });

  it("states the visitor's decoded choice in the context, or that none was recorded", async () => {
    const withChoice = buildEvidence(
      evidenceInput({ consent: { choices: { matomo: true }, decidedAt: Date.UTC(2026, 10, 30, 2, 0) } }),
    );
    expect(await evidenceToHtml(withChoice, sayInFrench)).toContain(
      '<dt>Choix du visiteur (bandeau du portail)</dt><dd>matomo\u00a0: accepté — choix du 30/11/2026 03:00:00</dd>',
    );
    expect(await evidenceToHtml(buildEvidence(evidenceInput()), sayInFrench)).toContain(
      '<dd>aucun choix enregistré</dd>',
    );
  });

  it('says when no audit ran, since when it observed', async () => {
    const html = await evidenceToHtml(
      buildEvidence(evidenceInput({ cookies: [keptCookie('sessionid', AUDIT_START)] })),
      sayInFrench,
    );
    expect(html).toContain('observation depuis le 23/11/2026 14:00:00');
    expect(html).not.toContain('Phases de consentement');
  });
});
