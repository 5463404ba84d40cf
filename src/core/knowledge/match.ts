import { domainMatches } from '../portal/site.ts';
import type { NamePattern } from './types.ts';

/**
 * Shorter prefixes are read as exact names: a prefix such as "_s" would claim "_sess", "_shopify"… and
 * tell a wrong vendor with confidence.
 */
export const MIN_PREFIX_LENGTH = 4;

export type PatternMatcher<T> = (name: string, domain: string) => T | null;

/**
 * Finds the entry that describes a cookie: an exact name first (case-sensitive, as browsers compare names),
 * then the longest prefix. An entry tied to domains matches only cookies of those domains or their subdomains,
 * and wins over an entry of the same name tied to none. Built once, so a lookup costs O(name length).
 */
export function createPatternMatcher<T extends NamePattern>(entries: readonly T[]): PatternMatcher<T> {
  const exact = new Map<string, T[]>();
  const prefixes = new Map<string, T[]>();
  let longestPrefix = 0;
  for (const entry of entries) {
    const isPrefix = entry.match === 'prefix' && entry.name.length >= MIN_PREFIX_LENGTH;
    const target = isPrefix ? prefixes : exact;
    const sameName = target.get(entry.name);
    if (sameName) sameName.push(entry);
    else target.set(entry.name, [entry]);
    if (isPrefix) longestPrefix = Math.max(longestPrefix, entry.name.length);
  }
  return (name, domain) => {
    const host = domain.toLowerCase().replace(/^\.+/, '');
    const exactEntry = firstForDomain(exact.get(name), host);
    if (exactEntry) return exactEntry;
    for (let length = Math.min(longestPrefix, name.length); length >= MIN_PREFIX_LENGTH; length--) {
      const prefixEntry = firstForDomain(prefixes.get(name.slice(0, length)), host);
      if (prefixEntry) return prefixEntry;
    }
    return null;
  };
}

function firstForDomain<T extends NamePattern>(candidates: readonly T[] | undefined, host: string): T | null {
  let anyDomain: T | null = null;
  for (const candidate of candidates ?? []) {
    if (!candidate.domains || candidate.domains.length === 0) anyDomain ??= candidate;
    else if (candidate.domains.some((domain) => domainMatches(host, domain))) return candidate;
  }
  return anyDomain;
}
