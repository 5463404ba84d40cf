/** Evidence states instants in UTC (ISO 8601); a French reader reads them in Paris time, wherever the export is made. */
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});
const stampParts = new Intl.DateTimeFormat('fr-FR', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
});

/** "23/11/2026 14:00:05" for an ISO 8601 instant; any other text (empty, "session") as it is. */
export function parisDateTime(iso: string): string {
  const epochMs = Date.parse(iso);
  return Number.isNaN(epochMs) ? iso : dateTime.format(epochMs);
}

/** "2026-11-23-1405": a moment for a file name. */
export function parisStamp(epochMs: number): string {
  const part = Object.fromEntries(stampParts.formatToParts(epochMs).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}-${part.hour}${part.minute}`;
}
