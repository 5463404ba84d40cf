import { sayInFrench } from '../cli/messages.ts';
import { sayCounted } from '../core/words/messages.ts';

/** The terminal's progress line: portals done out of all, failures, and the time left at the pace so far. */
export interface Progress {
  done: number;
  total: number;
  failures: number;
  /** Portals finished in an earlier run and skipped now. */
  resumed: number;
  startedAt: number;
}

const BAR_WIDTH = 24;

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return sayInFrench('observatorySeconds', String(Math.max(1, Math.round(ms / 1000))));
  if (minutes < 60) return sayInFrench('observatoryMinutes', String(minutes));
  return sayInFrench('observatoryHoursAndMinutes', [
    String(Math.floor(minutes / 60)),
    String(minutes % 60).padStart(2, '0'),
  ]);
}

/** "[#####-------] 5/13 portails · 1 échec · reste ≈ 2 min" (in French, as the dashboard). */
export function progressLine({ done, total, failures, resumed, startedAt }: Progress, now: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const visitedNow = done - resumed;
  const left = total - done;
  const parts = [sayInFrench('observatoryProgress', [String(done), String(total)])];
  if (failures > 0) parts.push(sayCounted(sayInFrench, 'observatoryFailures', failures));
  if (resumed > 0) parts.push(sayInFrench('observatoryProgressResumed', String(resumed)));
  if (visitedNow > 0 && left > 0)
    parts.push(sayInFrench('observatoryProgressLeft', duration(((now - startedAt) / visitedNow) * left)));
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${parts.join(' · ')}`;
}

/** Redraws one line on a terminal; elsewhere (a CI log) prints a line at each change. */
export function progressWriter(stream: NodeJS.WriteStream): (progress: Progress) => void {
  return (progress) => {
    const line = progressLine(progress, Date.now());
    if (stream.isTTY) stream.write(`\r${line}\u001b[K${progress.done === progress.total ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}
