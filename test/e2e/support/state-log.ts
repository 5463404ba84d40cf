import type { TabState } from '../../../src/core/report/tab-state.ts';

/** One `charte-e2e-state <JSON>` line printed by the test build's background. */
export interface StateLine {
  host: string;
  state: TabState;
}

const MARK = 'charte-e2e-state';

/**
 * Reads a state line in the forms browsers print it: as is (Chromium's console API), or as Firefox writes
 * `console.log` to stdout, the message quoted as a JavaScript string (`console.log: "charte-e2e-state {…}"`).
 */
export function parseStateLine(line: string): StateLine | null {
  const at = line.indexOf(MARK);
  if (at < 0) return null;
  let text = line;
  const quoted = /console\.\w+: (".*")\s*$/.exec(line);
  if (quoted) {
    try {
      text = JSON.parse(jsToJsonString(quoted[1]!)) as string;
    } catch {
      return null;
    }
  }
  let json = text.slice(text.indexOf(MARK) + MARK.length).trim();
  // `console.log('charte-e2e-state', json)` prints two quoted values in Firefox.
  if (json.startsWith('"')) json = JSON.parse(json) as string;
  try {
    const parsed = JSON.parse(json) as StateLine;
    return typeof parsed.host === 'string' && parsed.state ? parsed : null;
  } catch {
    return null;
  }
}

/** Firefox quotes strings the JavaScript way: `\xE9` for "é", which JSON writes `\u00E9`. */
function jsToJsonString(literal: string): string {
  return literal.replace(/\\(x([0-9a-fA-F]{2})|[\s\S])/g, (escape, _char: string, hex: string | undefined) =>
    hex ? `\\u00${hex}` : escape === "\\'" ? "'" : escape,
  );
}

/** The latest state the background printed for each host, and a way to wait for one that satisfies a test. */
export class StateLog {
  private readonly latest = new Map<string, TabState>();
  private readonly waiters = new Set<() => void>();
  private partial = '';
  /** Every line received, for the failure message. */
  readonly count = { lines: 0, states: 0 };

  /** Feeds raw output (chunks may split lines). */
  write(chunk: string): void {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  line(line: string): void {
    this.count.lines++;
    const parsed = parseStateLine(line);
    if (!parsed) return;
    this.count.states++;
    this.latest.set(parsed.host, parsed.state);
    for (const wake of this.waiters) wake();
  }

  get(host: string): TabState | undefined {
    return this.latest.get(host);
  }

  /** Resolves with the first state for `host` (already printed or to come) that `accept` takes. */
  waitFor(host: string, accept: (state: TabState) => boolean, timeoutMs: number, what: string): Promise<TabState> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const state = this.latest.get(host);
        if (state && accept(state)) {
          done();
          resolve(state);
        }
      };
      const timer = setTimeout(() => {
        done();
        const last = this.latest.get(host);
        reject(
          new Error(
            `No "${MARK}" line for ${host} showed ${what} within ${timeoutMs / 1000} s ` +
              `(${this.count.states} state lines among ${this.count.lines} lines). Last state: ${last ? JSON.stringify(last) : 'none'}`,
          ),
        );
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }
}
