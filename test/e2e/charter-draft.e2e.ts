/**
 * The corrected charter, as a portal's administrator receives it: on data.montreuil.fr, after a visit that accepts
 * the banner, "Proposer une charte corrigée" shows the draft; the Markdown and HTML files downloaded from the popup
 * add the AT Internet cookie, the map tiles' third-party cookie and Matomo's prefix row to the charter's own rows.
 */
import { describe, expect, it } from 'vitest';
import { browserNames } from './support/driver.ts';
import { montreuil } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { openPopup } from './support/popup.ts';
import { visitPortal } from './support/visit.ts';

const draftName = (extension: string) =>
  new RegExp(`^projet-de-charte_data\\.montreuil\\.fr_\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.${extension}$`);

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('corrected charter: previewed in the popup, downloaded in Markdown and HTML with atuserid, the map tiles cookie and the Matomo prefix row', async () => {
    const { driver } = browser();
    await visitPortal(driver, montreuil.host, 'accept');
    const { page } = await openPopup(driver, montreuil.host, {
      until: (view) => ['atuserid', 'carto_uid', '_pk_id.1.ab12'].every((name) => view.text.includes(name)),
      what: 'the three undeclared cookies',
    });
    await page.click({ role: 'button', name: 'Proposer une charte corrigée' });
    await page.waitForText('Projet de charte corrigée');
    await page.screenshot(`${montreuil.host}-projet-de-charte`);
    const preview = await page.evaluate(() => document.querySelector('.draft-preview')?.textContent ?? '', undefined);
    expect(preview).toMatch(/^# Projet de charte — à relire\n/);

    const markdown = await page.download('Télécharger (Markdown)');
    expect(markdown.filename).toMatch(draftName('md'));
    expect(markdown.text).toBe(preview);
    expect(markdown.text).toContain('Portail : data.montreuil.fr'.replace(' :', '\u00a0:'));
    for (const line of montreuil.declared) expect(markdown.text, `${line.name} kept`).toContain(`\`${line.name}\``);
    expect(markdown.text).toMatch(
      /^\| AT Internet \(Piano\) \| Mesure d'audience — data\.montreuil\.fr \| `atuserid` \| 25\smois/m,
    );
    expect(markdown.text).toMatch(
      /^\| À compléter \(déposé par tuiles\.carto-tiers\.fr\) \| À compléter — tuiles\.carto-tiers\.fr \| `carto_uid` \| 1\san \| Finalité à compléter \|$/m,
    );
    expect(markdown.text).toMatch(
      /^\| Matomo \| Mesure d'audience — data\.montreuil\.fr \| `_pk_id\.\*` \| 13\smois \|/m,
    );
    expect(markdown.text).not.toContain('_pk_id.1.ab12 |');

    const html = await page.download('Télécharger (HTML)');
    expect(html.filename).toMatch(draftName('html'));
    for (const cell of [
      '<td>atuserid</td>',
      '<td>carto_uid</td>',
      '<td>_pk_id.*</td>',
      '<h1>Projet de charte — à relire</h1>',
    ])
      expect(html.text).toContain(cell);
    await page.close();
  });
});
