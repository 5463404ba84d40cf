/**
 * The visitor's choice as an Opendatasoft portal stores it in the `cookies_preferences` cookie: URL-encoded JSON
 * such as {"functional_cookies":true,"matomo":false,"ga":false,"timestamp":1732370000000}. Only the boolean choices
 * and the moment are kept: this is the one cookie value the extension reads, and nothing else of it survives.
 */
export interface ConsentChoice {
  /** By service key ("matomo", "ga", "xiti", "at", "piano", "eulerian") and "functional_cookies". */
  choices: Record<string, boolean>;
  /** When the visitor chose (epoch milliseconds), as the portal recorded it; null when absent or implausible. */
  decidedAt: number | null;
}

/** Where an Opendatasoft portal keeps the visitor's choice in its consent banner. */
export const CONSENT_COOKIE_NAME = 'cookies_preferences';

/** A real value is well under 1 kB; a longer one is not worth decoding. */
const MAX_RAW_LENGTH = 4096;
/** Some portals' values arrive encoded twice (%257B…); more rounds would only be garbage. */
const MAX_DECODING_ROUNDS = 3;
const MAX_CHOICES = 50;
/** A service key as the portal writes them; "__proto__" and other odd keys are dropped. */
const CHOICE_KEY = /^[a-z][a-z0-9_-]{0,39}$/;
/** The keys that choose no measurement or advertising service. */
const NOT_A_SERVICE = new Set(['functional_cookies']);
const EARLIEST_DECISION = Date.UTC(2000, 0, 1);
const LATEST_DECISION = Date.UTC(2100, 0, 1);

/** Reads a `cookies_preferences` value; null for anything that is not such a choice. Never throws. */
export function decodeConsentChoice(rawValue: string): ConsentChoice | null {
  if (typeof rawValue !== 'string' || rawValue.length > MAX_RAW_LENGTH) return null;
  const json = decodeToJson(rawValue.trim());
  if (json === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const choices: Record<string, boolean> = {};
  let count = 0;
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'boolean' || !CHOICE_KEY.test(key) || count >= MAX_CHOICES) continue;
    choices[key] = value;
    count++;
  }
  const decidedAt = timestampOf((parsed as { timestamp?: unknown }).timestamp);
  return count === 0 && decidedAt === null ? null : { choices, decidedAt };
}

/** The JSON text inside a value URL-encoded once or more, possibly within quotes; null when there is none. */
function decodeToJson(value: string): string | null {
  let text = value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  for (let round = 0; round <= MAX_DECODING_ROUNDS; round++) {
    if (text.startsWith('{')) return text;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return null;
    }
    if (decoded === text) return null;
    text = decoded.trim();
  }
  return null;
}

/** Epoch milliseconds (or seconds, which some scripts write), within a plausible range. */
function timestampOf(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return null;
  const milliseconds = number < EARLIEST_DECISION ? number * 1000 : number;
  return milliseconds >= EARLIEST_DECISION && milliseconds < LATEST_DECISION ? milliseconds : null;
}

function serviceChoices(choice: ConsentChoice): [string, boolean][] {
  return Object.entries(choice.choices).filter(([key]) => !NOT_A_SERVICE.has(key));
}

/** The measurement or advertising services the visitor accepted, in the order the value lists them. */
export function acceptedServices(choice: ConsentChoice): string[] {
  return serviceChoices(choice)
    .filter(([, accepted]) => accepted)
    .map(([key]) => key);
}

/** The visitor was asked about at least one service and refused them all. */
export function isRefusal(choice: ConsentChoice): boolean {
  const services = serviceChoices(choice);
  return services.length > 0 && services.every(([, accepted]) => !accepted);
}

/** What a consent choice means for the audit's phases: accepted some measurement, refused all of it, or withdrawn. */
export type ConsentVerdict = 'accepted' | 'refused' | 'none';

/** What a choice means for the audit's phases: "après acceptation", "après refus", or no choice of service. */
export function consentVerdict(choice: ConsentChoice | null): ConsentVerdict {
  if (!choice) return 'none';
  if (acceptedServices(choice).length > 0) return 'accepted';
  return isRefusal(choice) ? 'refused' : 'none';
}
