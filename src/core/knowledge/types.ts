/**
 * The purposes the CNIL names in its guidelines on cookies and other trackers, as this project words them.
 * "securite" covers security and load balancing; "contenu-tiers" embedded content (videos, maps, captchas).
 */
export type CnilCategory =
  | 'strictement-necessaire'
  | 'fonctionnel'
  | 'mesure-audience'
  | 'publicite'
  | 'reseaux-sociaux'
  | 'contenu-tiers'
  | 'securite';

/** What the project knows of a cookie that a charter may not declare: who sets it, why, for how long. */
export interface CookieKnowledge {
  vendor: string;
  category: CnilCategory;
  /** One sentence; French for the project's own entries, English for the Open Cookie Database's. */
  purpose: string;
  purposeLanguage: 'fr' | 'en';
  /** As the vendor states it ("13 mois", "2 years"), in the purpose's language; null when unknown. */
  typicalLifetime: string | null;
  source: { kind: 'project' | 'open-cookie-database'; url: string | null };
  /**
   * The vendor page that states each fact, read on a date; null where no vendor page read states it: the fact is
   * then a community description, said as such wherever it is shown. All null for the Open Cookie Database.
   */
  facts: FactSources;
}

/** A vendor's own page that was read, with its title and the day it was read (YYYY-MM-DD). */
export interface SourcePage {
  url: string;
  title: string;
  checked: string;
}

/** The four facts the knowledge base gives of a cookie, each with its own source. */
export type KnowledgeFact = 'vendor' | 'category' | 'purpose' | 'lifetime';

export const knowledgeFacts: readonly KnowledgeFact[] = ['vendor', 'category', 'purpose', 'lifetime'];

export type FactSources = Readonly<Record<KnowledgeFact, SourcePage | null>>;

/**
 * What is known of a cookie by its name and its domain. With the host of the Opendatasoft portal it was seen on,
 * names several platforms share (Django's) are said to be the portal's when the portal's own host set them.
 */
export type CookieKnowledgeLookup = (
  name: string,
  domain: string,
  portalHost?: string | null,
) => CookieKnowledge | null;

/** A cookie name or prefix, possibly tied to the domains that set it. */
export interface NamePattern {
  name: string;
  match: 'exact' | 'prefix';
  /** Lower case, no leading dot: the cookie is this entry's only on these domains and their subdomains; any when absent or empty. */
  domains?: readonly string[];
}

/** A pattern with what is known of the cookies it matches. */
export interface KnowledgeEntry extends NamePattern {
  knowledge: CookieKnowledge;
}

/** One cookie name (or prefix) of a vendor's documentation. */
export interface KnownCookie extends NamePattern {
  category: CnilCategory;
  purpose: string;
  lifetime: string | null;
  /**
   * The facts the vendor's page states of this cookie, every one checked against it; the others are community
   * descriptions. Explicit on every entry, so that none is asserted by default.
   */
  stated: readonly KnowledgeFact[];
  /** A page of the same vendor that states some fact where its main page does not. */
  otherPages?: Partial<Record<KnowledgeFact, SourcePage>>;
}

/** The cookies one vendor documents, with the vendor's own page that was read; null when none could be read. */
export interface VendorCookies {
  vendor: string;
  page: SourcePage | null;
  /**
   * Names shared by several platforms (Django's) whose vendor is certain only where the site makes it so: the
   * entry counts only for cookies set by the host of the Opendatasoft portal being looked at.
   */
  onOpendatasoftPortalOnly?: boolean;
  cookies: readonly KnownCookie[];
}

export interface Organisation {
  name: string;
  source: 'project' | 'third-party-web';
}

export type OrganisationLookup = (domain: string) => Organisation | null;
