/**
 * compareCookies at scale: 1k, 10k and 100k recorded cookies against 10, 100 and 1,000 declared entries
 * (one in ten a prefix line). Time should grow with cookies only: the declared lines are indexed once.
 */
import { compareCookies } from '../src/core/compare.ts';
import type { DeclaredCookie } from '../src/core/charter/types.ts';
import type { KeptCookie } from '../src/core/cookies/types.ts';
import { budgets } from './budgets.ts';
import { formatMs, median, sampleMs } from './measure.ts';
import type { BenchRow } from './report.ts';
import { declaredEntries, recordedCookies } from './synthetic.ts';

const cookieCounts = [1_000, 10_000, 100_000];
const declaredCounts = [10, 100, 1_000];

const compareMs = (cookies: readonly KeptCookie[], declared: readonly DeclaredCookie[]) =>
  median(sampleMs(() => compareCookies(cookies, declared), { minRuns: 15, minTimeMs: 500 }));

export function benchComparison(): BenchRow[] {
  const rows: BenchRow[] = [];
  const timeMs = new Map<string, number>();
  for (const declaredCount of declaredCounts) {
    const declared = declaredEntries(declaredCount);
    for (const cookieCount of cookieCounts) {
      const medianMs = compareMs(recordedCookies(cookieCount, declared), declared);
      timeMs.set(`${cookieCount}/${declaredCount}`, medianMs);
      const isBudgeted = cookieCount === 10_000 && declaredCount === 1_000;
      rows.push({
        group: 'compare',
        name: `${cookieCount.toLocaleString('en')} cookies × ${declaredCount.toLocaleString('en')} declared`,
        result: `${formatMs(medianMs)} (${((medianMs * 1e6) / cookieCount).toFixed(0)} ns per cookie)`,
        figures: { cookies: cookieCount, declared: declaredCount, medianMs },
        ...(isBudgeted
          ? { budget: { limit: `${budgets.compare10kAgainst1kMs} ms`, met: medianMs < budgets.compare10kAgainst1kMs } }
          : {}),
      });
    }
  }
  const ratio = (a: string, b: string) => timeMs.get(a)! / timeMs.get(b)!;
  for (const declared of declaredCounts) {
    const [first, second] = [
      ratio(`10000/${declared}`, `1000/${declared}`),
      ratio(`100000/${declared}`, `10000/${declared}`),
    ];
    rows.push({
      group: 'compare',
      name: `growth with cookies ×10, ${declared.toLocaleString('en')} declared (linear: ×10)`,
      result: `1k→10k ×${first.toFixed(1)}, 10k→100k ×${second.toFixed(1)}`,
      figures: { declared, ratio1kTo10k: first, ratio10kTo100k: second },
    });
  }
  const acrossDeclared = ratio('10000/1000', '10000/10');
  rows.push({
    group: 'compare',
    name: 'growth with declared, 10k cookies (independent: ×1; cookies × declared would be ×100)',
    result: `10→1,000 declared ×${acrossDeclared.toFixed(1)}`,
    figures: { ratio10To1000Declared: acrossDeclared },
  });
  return rows;
}
