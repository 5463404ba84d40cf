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

/** What was wrong with a page the server did answer. */
export type PageProblem =
  | { kind: 'http-error'; status: number }
  | { kind: 'not-html'; contentType: string }
  /** Reading stopped at the limit: the page was not read at all. */
  | { kind: 'too-large'; limitBytes: number }
  /** The page holds no table at all. */
  | { kind: 'no-table' }
  /** The page has tables, but none with a column titled like cookie names; `columns`: the first table's first row. */
  | { kind: 'no-cookie-column'; columns: string[] }
  /** A cookie table was found, with no cookie name in it (empty cells). */
  | { kind: 'empty-table' }
  /** `url` answered a redirect to `target` (null when the browser did not reveal it), which was not followed. */
  | { kind: 'refused-redirect'; target: string | null; why: UrlRefusal }
  /** The home page's charter link points at `url`, which was not asked for. */
  | { kind: 'refused-link'; why: UrlRefusal };

/**
 * Why an address is not asked for (locate.ts): the extension fetches only the portal's own charter, from the
 * portal's site or a known portal, never from the local network.
 */
export type UrlRefusal =
  | 'not-http'
  | 'ip-literal'
  /** localhost, `.local`, `.internal`, `.lan`, `.home.arpa`, a name without a dot… */
  | 'local-name'
  | 'non-default-port'
  /** Neither the portal's registrable domain nor a known portal. */
  | 'other-site'
  /** A redirect whose target the browser did not reveal. */
  | 'unknown-target'
  | 'too-many-redirects';

/**
 * Where a page was read when the server sent the request to another host (`url`) than the one asked
 * (`redirectedFrom`): the charter may legitimately live on the collectivité's main site, but the user is told.
 */
export interface Redirect {
  redirectedFrom?: string;
}

/** Why the shipped standard charter stands in for the portal's own. */
export type CharterFallbackReason =
  | { kind: 'network-error'; url: string; message: string }
  /** No complete answer within `timeoutMs`: the request was abandoned. */
  | { kind: 'timeout'; url: string; timeoutMs: number }
  | (PageProblem & { url: string } & Redirect)
  | { kind: 'not-read-yet' };

export type CharterSource =
  | ({
      kind: 'portal';
      url: string;
      readAt: number;
      /** Charter lines past what is kept (a page of thousands of lines is not a charter a portal publishes). */
      omittedLines?: number;
      /** SHA-256 (hex) of the page's text as read: evidence that the charter shown is the one the portal served. */
      textSha256?: string;
      /** The table's column titles were not understood: its cookie-name column was found from its cells. */
      columnsGuessed?: true;
    } & Redirect)
  | {
      kind: 'standard';
      reason: CharterFallbackReason;
      readAt: number;
      /** Which standard charter stands in; absent from records kept when only the older one was shipped. */
      template?: StandardTemplate;
      /** The portal's own charter was read in part, and its columns are of this template. */
      templateFromPortal?: true;
    };

/** The two charters Opendatasoft portals publish by default: the older without durations, the newer with them. */
export type StandardTemplate = 'older' | 'newer';

/** A parsed charter, kept with where it came from and when. */
export interface Charter {
  declared: DeclaredCookie[];
  source: CharterSource;
}
