import { parisStamp } from './paris-time.ts';

export type ExportFormat = 'csv' | 'json' | 'html';

/**
 * "charte-vs-cookies_data.montreuil.fr_2026-11-23-1405.csv" (Paris time); anything but a host's letters, digits,
 * dots and dashes becomes "_". The charter draft's files start with "projet-de-charte" instead.
 */
export function exportFileName(
  host: string,
  at: number,
  extension: ExportFormat | 'md' | 'txt',
  what: 'charte-vs-cookies' | 'projet-de-charte' = 'charte-vs-cookies',
): string {
  return `${what}_${host.replace(/[^a-z0-9.-]/gi, '_')}_${parisStamp(at)}.${extension}`;
}
