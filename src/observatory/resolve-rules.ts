import { sayInFrench } from '../cli/messages.ts';

/**
 * Chromium's host-resolver rules (`--host-resolver-rules`), read the way Chromium reads the common ones, so that the
 * observatory's own checks (DNS, TLS) reach the same address as the browser: "MAP pattern target" and
 * "EXCLUDE pattern", comma-separated; a pattern may use "*" and name a port ("data.example.fr:443").
 */
export interface ResolveRule {
  kind: 'map' | 'exclude';
  /** The host pattern, lower case, "*" for any run of characters. */
  host: string;
  /** Only this port, or any port when null. */
  port: number | null;
  /** For MAP: where to go instead; a null port keeps the requested one. */
  target: { host: string; port: number | null } | null;
}

/** Where a host and port really go under the rules; `null` when a rule says the name does not resolve (~NOTFOUND). */
export interface ResolvedTarget {
  host: string;
  port: number;
}

function hostAndPort(text: string): { host: string; port: number | null } {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(text.trim())!;
  return { host: match[1]!.toLowerCase(), port: match[2] === undefined ? null : Number(match[2]) };
}

/** Reads a rules string; throws on a rule it does not understand, so that a typo is said before a long run. */
export function parseResolveRules(text: string): ResolveRule[] {
  return text
    .split(',')
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '')
    .map((rule) => {
      const [verb = '', pattern = '', target, ...rest] = rule.split(/\s+/);
      if (verb.toUpperCase() === 'EXCLUDE' && pattern && target === undefined)
        return { kind: 'exclude', ...hostAndPort(pattern), target: null };
      if (verb.toUpperCase() === 'MAP' && pattern && target && rest.length === 0)
        return { kind: 'map', ...hostAndPort(pattern), target: hostAndPort(target) };
      throw new Error(sayInFrench('observatoryResolveRuleNotUnderstood', rule));
    });
}

function globMatches(pattern: string, host: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(host);
}

/** The first rule matching wins, as in Chromium; an EXCLUDE or no rule leaves the name to the system's resolver. */
export function resolveByRules(
  rules: readonly ResolveRule[],
  host: string,
  port: number,
): ResolvedTarget | 'system' | 'not-found' {
  const name = host.toLowerCase();
  for (const rule of rules) {
    if ((rule.port !== null && rule.port !== port) || !globMatches(rule.host, name)) continue;
    if (rule.kind === 'exclude' || !rule.target) return 'system';
    if (rule.target.host === '~notfound') return 'not-found';
    return { host: rule.target.host, port: rule.target.port ?? port };
  }
  return 'system';
}
