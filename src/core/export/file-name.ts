import { parisStamp } from './paris-time.ts';

export type ExportFormat = 'csv' | 'json' | 'html';

/** "charte-vs-cookies_data.montreuil.fr_2026-11-23-1405.csv" (Paris time); anything but a host's letters, digits, dots and dashes becomes "_". */
export function exportFileName(host: string, at: number, format: ExportFormat): string {
  return `charte-vs-cookies_${host.replace(/[^a-z0-9.-]/gi, '_')}_${parisStamp(at)}.${format}`;
}
