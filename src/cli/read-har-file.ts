import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { JSONParser } from '@streamparser/json';
import { HarFactsCollector, type HarReading } from '../core/har/read-har.ts';
import type { Say } from '../core/words/messages.ts';
import { sayInEnglish, sayInFrench } from './messages.ts';
import { fileProblem } from './read-text-file.ts';

/**
 * Reads a HAR file as a stream (@streamparser/json): each entry is parsed, reduced to the facts the audit needs
 * (HarFactsCollector) and forgotten, so memory holds those facts and never the whole parsed file. JSON.parse
 * needed the file's text and every object at once: a 515 MB file ended in "heap out of memory" (exit 134).
 * Before reading, the file's size is checked against the memory its facts may need at most.
 */

/**
 * Memory the facts may take per byte of file, at most: measured on files of small entries (`npm run bench`, group
 * har: each entry's URL and headers kept, with an object and arrays around them), with a margin.
 */
export const MEMORY_PER_HAR_BYTE = 3;

export type HarFileReading = { ok: true; reading: HarReading } | { ok: false; message: string };

/** The largest file this process can read: what its heap has left, shared by the facts' bytes. */
export function largestReadableHar(): number {
  const heap = getHeapStatistics();
  return Math.floor((heap.heap_size_limit - heap.used_heap_size) / MEMORY_PER_HAR_BYTE);
}

const megabytesIn = (say: Say, bytes: number) => say('sizeMegabytes', String(Math.round(bytes / 1_048_576)));

export async function readHarFile(path: string): Promise<HarFileReading> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return { ok: false, message: fileProblem(path, error) };
  }
  const largest = largestReadableHar();
  if (size > largest) {
    return {
      ok: false,
      message: `${[sayInFrench, sayInEnglish].map((say) => say('cliHarTooLarge', [megabytesIn(say, size), megabytesIn(say, largest)])).join(' / ')} : ${path}`,
    };
  }
  return new Promise((resolve) => {
    const collector = new HarFactsCollector();
    let settled = false;
    const settle = (result: HarFileReading) => {
      if (settled) return;
      settled = true;
      stream.destroy();
      resolve(result);
    };
    const parser = new JSONParser({
      paths: ['$.log.entries.*', '$.log.pages.*', '$.log.browser', '$.log.creator'],
      keepStack: false,
    });
    parser.onValue = ({ value, key, stack }) => {
      const within = stack.map((level) => level.key);
      if (within[1] !== 'log') return;
      if (within.length === 3 && within[2] === 'entries') collector.addEntry(value);
      else if (within.length === 3 && within[2] === 'pages') collector.addPage(value);
      else if (within.length === 2 && key === 'browser') collector.setBrowser(value);
      else if (within.length === 2 && key === 'creator') collector.setCreator(value);
    };
    // The parser ends itself after the one top-level value: what follows it, or an error, says it is not JSON.
    parser.onEnd = () => settle({ ok: true, reading: collector.finish() });
    parser.onError = () => settle({ ok: true, reading: { ok: false, problem: 'not-json' } });
    const stream = createReadStream(path);
    let first = true;
    stream.on('data', (chunk: Buffer) => {
      // A byte order mark, as some tools write it.
      const bytes = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
      first = false;
      if (!settled) parser.write(bytes);
    });
    stream.on('end', () => {
      if (!settled) parser.end();
      settle({ ok: true, reading: { ok: false, problem: 'not-json' } });
    });
    stream.on('error', (error) => settle({ ok: false, message: fileProblem(path, error) }));
  });
}
