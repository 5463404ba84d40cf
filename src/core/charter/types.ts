/** One line of a cookie charter, as the charter words it. Purposes stay in the charter's language. */
export interface DeclaredCookie {
  /** The cookie name, or the prefix when `match` is "prefix". */
  name: string;
  match: 'exact' | 'prefix';
  provider: string | null;
  /** "Service et emplacement" (older template only). */
  service: string | null;
  /** "Finalités" / "Fonction" / "Function". */
  purpose: string | null;
  /** "Durée" / "Duration" (newer template only), verbatim. */
  duration: string | null;
  /** The section heading above the table, verbatim (e.g. "Cookies de statistiques"). */
  category: string | null;
}

/** Why the shipped standard charter stands in for the portal's own. */
export type CharterFallbackReason =
  | { kind: 'network-error'; url: string; message: string }
  | { kind: 'http-error'; url: string; status: number }
  | { kind: 'not-html'; url: string; contentType: string }
  | { kind: 'too-large'; url: string; limitBytes: number }
  | { kind: 'no-table'; url: string }
  | { kind: 'not-read-yet' };

export type CharterSource =
  | { kind: 'portal'; url: string; readAt: number }
  | { kind: 'standard'; reason: CharterFallbackReason; readAt: number };

/** A parsed charter, kept with where it came from and when. */
export interface Charter {
  declared: DeclaredCookie[];
  source: CharterSource;
}
