import type { CharterColumn } from './template.ts';

/**
 * Column titles in the other languages Opendatasoft serves portals in (German, Spanish, Italian, Dutch), for
 * either template: those charters are written by each portal, so no single layout is known. Titles are compared
 * folded (case, accents, plural -s), so each is listed once. A table titled in yet another language is reported
 * as "no column of cookie names", with its column titles, so that the user sees why.
 */
export const otherLanguageTitles = {
  name: [
    'Name des Cookies', 'Cookie-Name', 'Cookiename',
    'Nombre de la cookie', 'Nombre del cookie', 'Nombre de cookie',
    'Nome del cookie', 'Nome cookie',
    'Naam van de cookie', 'Cookienaam', 'Naam cookie',
  ],
  provider: ['Anbieter', 'Name des Anbieters', 'Proveedor', 'Nombre del proveedor', 'Fornitore', 'Nome del fornitore', 'Aanbieder', 'Leverancier', 'Naam van de aanbieder'],
  service: ['Dienst', 'Servicio', 'Servizio'],
  purpose: ['Zweck', 'Funktion', 'Finalidad', 'Función', 'Propósito', 'Finalità', 'Funzione', 'Scopo', 'Doel', 'Functie'],
  duration: ['Dauer', 'Speicherdauer', 'Laufzeit', 'Duración', 'Caducidad', 'Durata', 'Scadenza', 'Duur', 'Bewaartermijn', 'Looptijd'],
} satisfies Record<CharterColumn, readonly string[]>;
