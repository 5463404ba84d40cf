/**
 * Pure helpers that turn report values into words for the popup: lifetimes, dates, sizes, plural forms.
 * No browser API here; the words that are not numbers or units (session, expired) come in as arguments.
 */
import type { KeptCookie } from '../cookies/types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The average month and year, so that 13 months of a calendar land on "13 mois". */
const MONTH_DAYS = 30.44;
const YEAR_DAYS = 365.25;

export type LifetimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export type Lifetime =
  | { kind: 'session' }
  /** The cookie was set already expired: a site's way to delete it. */
  | { kind: 'expired' }
  | { kind: 'duration'; count: number; unit: LifetimeUnit };

/**
 * How long a cookie was set to live, from when it was set to when it expires, in the unit a person would say.
 * Rules: under a minute in seconds, under an hour in minutes, under a day in hours; under 30 days in days
 * (in weeks when a whole number of weeks); a whole number of years (± 1 day per year) in years;
 * otherwise in months of 30.44 days up to 36 months (25 months must not read "2 ans"), then in rounded years.
 * So 365 or 366 days are "1 an", 364 days "12 mois", 393 or 395 days "13 mois", 730 days "2 ans".
 */
export function lifetimeOf(cookie: Pick<KeptCookie, 'expiresAt' | 'setAt'>): Lifetime {
  if (cookie.expiresAt === null) return { kind: 'session' };
  const span = cookie.expiresAt - cookie.setAt;
  if (span <= 0) return { kind: 'expired' };
  if (span < MINUTE) return { kind: 'duration', count: Math.max(1, Math.round(span / 1000)), unit: 'second' };
  const minutes = Math.round(span / MINUTE);
  if (minutes < 60) return { kind: 'duration', count: minutes, unit: 'minute' };
  const hours = Math.round(span / HOUR);
  if (hours < 24) return { kind: 'duration', count: hours, unit: 'hour' };
  const exactDays = span / DAY;
  const days = Math.round(exactDays);
  if (days < 30) {
    return days % 7 === 0
      ? { kind: 'duration', count: days / 7, unit: 'week' }
      : { kind: 'duration', count: days, unit: 'day' };
  }
  const years = Math.round(exactDays / YEAR_DAYS);
  if (years >= 1 && Math.abs(exactDays - years * YEAR_DAYS) <= years)
    return { kind: 'duration', count: years, unit: 'year' };
  const months = Math.round(exactDays / MONTH_DAYS);
  if (months <= 36) return { kind: 'duration', count: months, unit: 'month' };
  return { kind: 'duration', count: years, unit: 'year' };
}

export interface LifetimeWords {
  session: string;
  expired: string;
}

/** A cookie's lifetime in words: "session", "30 minutes", "13 mois", "1 an", "expiré". Units are worded by Intl in `locale`. */
export function describeLifetime(
  cookie: Pick<KeptCookie, 'expiresAt' | 'setAt'>,
  locale: string,
  words: LifetimeWords,
): string {
  const lifetime = lifetimeOf(cookie);
  if (lifetime.kind === 'session') return words.session;
  if (lifetime.kind === 'expired') return words.expired;
  return cachedIntl(
    `unit|${locale}|${lifetime.unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: lifetime.unit, unitDisplay: 'long' }),
  ).format(lifetime.count);
}

/** Intl objects take tens of microseconds to build: a popup of 500 cookies builds each kind once. */
const intlObjects = new Map<string, unknown>();

function cachedIntl<T>(key: string, create: () => T): T {
  let made = intlObjects.get(key) as T | undefined;
  if (!made) {
    made = create();
    intlObjects.set(key, made);
  }
  return made;
}

/** A date and time such as "23/11/2026 15:42" (in fr-FR), in Paris time unless told otherwise. */
export function formatDateTime(epochMs: number, locale = 'fr-FR', timeZone = 'Europe/Paris'): string {
  return cachedIntl(
    `date|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }),
  ).format(epochMs);
}

/** A day written YYYY-MM-DD (a source's reading date) as the locale writes it: "29/11/2026" in fr-FR. */
export function formatDay(isoDay: string, locale = 'fr-FR'): string {
  return cachedIntl(
    `day|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }),
  ).format(Date.parse(`${isoDay}T00:00:00Z`));
}

/** A byte count in megabytes (1 Mo = 1 048 576 bytes), at most one decimal: "5", "1,5". */
export function formatMegabytes(bytes: number, locale = 'fr-FR'): string {
  return cachedIntl(`megabytes|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(
    bytes / 1_048_576,
  );
}

/** A count as the locale writes it: "1 000" (with a narrow no-break space) in fr-FR, "1,000" in en-GB. */
export function formatCount(count: number, locale = 'fr-FR'): string {
  return cachedIntl(`count|${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/** Which of two message forms a count takes: French says "0 déclaré", "1 déclaré", "2 déclarés"; English "0 declared"… */
export function pluralForm(count: number, locale = 'fr-FR'): 'one' | 'other' {
  return cachedIntl(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one' ? 'one' : 'other';
}

/** Whether a URL may become a link: only http and https, never javascript: or data:. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
