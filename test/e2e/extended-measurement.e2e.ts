/**
 * A visitor comes back three times to a page of data.montreuil.fr whose audience-measurement cookie is set again
 * for 13 months at each visit: the popup must point out that its expiry moved forward, against the CNIL's
 * recommendation that it not be extended automatically at each new visit.
 */
import { describe, expect, it } from 'vitest';
import { extendedMeasurementCookie, extendedMeasurementPath } from '../portal/pages/extended-measurement.ts';
import { browserNames } from './support/driver.ts';
import { montreuil } from './support/expected.ts';
import { browserFixture } from './support/fixture.ts';
import { entryFor, group, groupTitles, openPopup } from './support/popup.ts';

/** The finding's short title, on the cookie's line and in what to check. */
const badge = "mesure d'audience prorogée à chaque visite";
/** French typography puts a no-break space before a colon: compare as the user reads. */
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe.each(browserNames)('[%s]', (browserName) => {
  const browser = browserFixture(browserName);

  it('an audience-measurement cookie extended at each visit is pointed out, with the CNIL recommendation it goes against', async () => {
    const { driver } = browser();
    const url = `https://${montreuil.host}${extendedMeasurementPath}`;
    const tab = await driver.visit(url);
    for (let visit = 1; visit < 3; visit++) {
      // More than the second that tells two settings apart from one setting seen twice (header and cookie event).
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await tab.goto(url);
    }

    const { page, view } = await openPopup(driver, montreuil.host, {
      until: (shown) => plain(shown.text)!.includes(badge),
      what: `the finding about ${extendedMeasurementCookie}`,
      screenshot: `${montreuil.host}-mesure-prorogee`,
    });
    const entry = [groupTitles.undeclared, groupTitles.seen]
      .map((title) => entryFor(group(view, title), extendedMeasurementCookie))
      .find(Boolean);
    expect(plain(entry), `${extendedMeasurementCookie} in the popup`).toContain(badge);

    // Explained once, in the cookie's facts (the popup's reading opens every line).
    const findings = plain(view.text);
    expect(findings).toContain(
      "L'échéance de ce cookie de mesure d'audience a été repoussée 2 fois pendant l'observation, à chaque nouveau dépôt",
    );
    expect(findings).toContain(
      'La CNIL recommande que la durée de vie de ces traceurs ne soit pas prorogée automatiquement lors des nouvelles visites',
    );
    expect(findings).toContain("CNIL — « Cookies : solutions pour les outils de mesure d'audience » (4 juillet 2025)");
    await Promise.all([tab.close(), page.close()]);
  });
});
