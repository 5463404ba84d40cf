/**
 * Background recording: 10,000 cookie change events fed to the RecordStore (with sightingChange, as the
 * background's listeners do) against a storage stub that counts writes. Writes must come in batches,
 * at most one per flush window, never one per event.
 */
import { RecordStore } from '../src/background/record-store.ts';
import { sightingChange } from '../src/core/record/cookie-changes.ts';
import { emptyPortalRecord, type PortalRecord } from '../src/core/record/portal-record.ts';
import { emptyRecordsIndex } from '../src/core/record/storage-budget.ts';
import { budgets } from './budgets.ts';
import { formatMs, median, percentile } from './measure.ts';
import type { BenchRow } from './report.ts';
import { benchPortalHost, observation } from './synthetic.ts';

const eventCount = 10_000;
/** As the background sets it (src/background/index.ts). */
const flushDelayMs = 250;
/** A busy portal's cookies set again and again, and a page setting cookies in a loop (up to the per-portal cap). */
const distinctCookieCounts = [100, 1_000];

function recordStoreWithCountedWrites() {
  const writes = { count: 0 };
  const recordStore = new RecordStore({
    storage: {
      loadPortalRecord: async (host: string) => ({ record: emptyPortalRecord(host), droppedEntries: 0 }),
      savePortalRecord: async (_record: PortalRecord) => {
        writes.count++;
      },
      removePortalRecord: async () => {},
      loadRecordsIndex: async () => emptyRecordsIndex(),
      saveRecordsIndex: async () => {},
    },
    flushDelayMs,
    retryDelayMs: 5_000,
    onStored: () => {},
  });
  return { recordStore, writes };
}

/** The change one event brings: one of `distinct` cookies set again, on the portal or a third party. */
function eventChange(index: number, at: number, distinct = 1_000) {
  return sightingChange(observation(index, `cookie_${index % distinct}`, at), 'cookie-event', at + index);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One event after the other, each timed from its arrival to its change applied. */
async function sequentialEvents(distinct: number, at: number): Promise<BenchRow[]> {
  const { recordStore, writes } = recordStoreWithCountedWrites();
  await recordStore.record(benchPortalHost);
  const perEventMs: number[] = [];
  const started = performance.now();
  for (let index = 0; index < eventCount; index++) {
    const before = performance.now();
    await recordStore.update(benchPortalHost, eventChange(index, at, distinct));
    perEventMs.push(performance.now() - before);
  }
  const totalMs = performance.now() - started;
  await wait(flushDelayMs * 2);
  const medianUs = median(perEventMs) * 1000;
  const p99Us = percentile(perEventMs, 99) * 1000;
  const name = `${eventCount.toLocaleString('en')} events on ${distinct.toLocaleString('en')} distinct cookies, one after the other`;
  return [
    {
      group: 'recorder',
      name: `${name}: time per event`,
      result: `median ${medianUs.toFixed(1)} µs, p99 ${p99Us.toFixed(1)} µs, all in ${formatMs(totalMs)}`,
      figures: { events: eventCount, distinctCookies: distinct, medianUs, p99Us, totalMs },
      budget: { limit: `${budgets.recorderEventMedianUs} µs median`, met: medianUs < budgets.recorderEventMedianUs },
    },
    {
      group: 'recorder',
      name: `${name}: storage writes`,
      result: `${writes.count} write(s)`,
      figures: { storageWrites: writes.count },
      budget: {
        limit: `≤ 1 per ${flushDelayMs} ms window`,
        met: writes.count <= Math.ceil(totalMs / flushDelayMs) + 1,
      },
    },
  ];
}

export async function benchRecorder(): Promise<BenchRow[]> {
  const at = Date.UTC(2026, 10, 23);
  const rows: BenchRow[] = [];
  for (const distinct of distinctCookieCounts) rows.push(...(await sequentialEvents(distinct, at)));

  // All at once, as a page setting cookies in a loop makes them arrive: listeners do not wait for each other.
  const burst = recordStoreWithCountedWrites();
  const burstStarted = performance.now();
  await Promise.all(
    Array.from({ length: eventCount }, (_, index) => burst.recordStore.update(benchPortalHost, eventChange(index, at))),
  );
  const burstMs = performance.now() - burstStarted;
  await wait(flushDelayMs * 2);

  // A steady stream over about two seconds: one write per flush window at most.
  const stream = recordStoreWithCountedWrites();
  const streamStarted = performance.now();
  for (let chunk = 0; chunk < 100; chunk++) {
    for (let index = chunk * 100; index < (chunk + 1) * 100; index++)
      void stream.recordStore.update(benchPortalHost, eventChange(index, at));
    await wait(20);
  }
  const streamMs = performance.now() - streamStarted;
  await wait(flushDelayMs * 2);
  const streamWindows = Math.ceil(streamMs / flushDelayMs) + 1;

  const events = `${eventCount.toLocaleString('en')} events on 1,000 distinct cookies`;
  rows.push(
    {
      group: 'recorder',
      name: `${events}, all at once (burst)`,
      result: `${formatMs(burstMs)} in all, ${((burstMs * 1000) / eventCount).toFixed(1)} µs per event, ${burst.writes.count} write(s)`,
      figures: {
        events: eventCount,
        totalMs: burstMs,
        perEventUs: (burstMs * 1000) / eventCount,
        storageWrites: burst.writes.count,
      },
      budget: {
        limit: `≤ 1 per ${flushDelayMs} ms window`,
        met: burst.writes.count <= Math.ceil(burstMs / flushDelayMs) + 1,
      },
    },
    {
      group: 'recorder',
      name: `${events}, spread over ${(streamMs / 1000).toFixed(1)} s: storage writes`,
      result: `${stream.writes.count} write(s) (${streamWindows} windows of ${flushDelayMs} ms)`,
      figures: {
        events: eventCount,
        durationMs: streamMs,
        storageWrites: stream.writes.count,
        flushWindows: streamWindows,
      },
      budget: { limit: `≤ ${streamWindows}`, met: stream.writes.count <= streamWindows },
    },
  );
  return rows;
}
