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
}

export type CookieKnowledgeLookup = (name: string, domain: string) => CookieKnowledge | null;

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
}

/** The cookies one vendor documents, with the page that documents them. */
export interface VendorCookies {
  vendor: string;
  source: string;
  cookies: readonly KnownCookie[];
}

export interface Organisation {
  name: string;
  source: 'project' | 'third-party-web';
}

export type OrganisationLookup = (domain: string) => Organisation | null;
