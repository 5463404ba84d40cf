/**
 * A page of the local portal whose audience-measurement cookie is set again on each visit with the same Max-Age,
 * as Matomo's tracker does by default: its expiry moves forward at each visit, which the CNIL recommends against
 * (test/e2e/chromium-extended-measurement.e2e.ts).
 */
import type { PortalSite } from '../sites.ts';
import { portalPage } from './layout.ts';

export const extendedMeasurementPath = '/essais/mesure-prorogee/';
/** A Matomo visitor-id name (site 9), apart from the ones the portal's other pages set. */
export const extendedMeasurementCookie = '_pk_id.9.e2e0';
/** Matomo's default lifetime for _pk_id: 13 months, as Max-Age (395 days). */
const thirteenMonthsSeconds = 395 * 24 * 60 * 60;

export function extendedMeasurementPage(site: PortalSite): string {
  return portalPage(site, {
    title: 'Essai : mesure d’audience prorogée',
    main: `<h1>Mesure d’audience prorogée</h1>
<p>À chaque visite de cette page, le cookie de mesure d’audience <code>${extendedMeasurementCookie}</code> est déposé de nouveau pour 13 mois : son échéance recule.</p>`,
  });
}

/** The same visitor id every time (the value is never read), a new expiry each time. */
export const extendedMeasurementHeader = `${extendedMeasurementCookie}=e2e0visiteur.1764400000; Max-Age=${thirteenMonthsSeconds}; Path=/; Secure; SameSite=Lax`;
