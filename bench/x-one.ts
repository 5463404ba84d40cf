import { parseCharter } from '../src/core/charter/parse.ts';
import { largeHostilePages } from '../test/support/hostile-pages.ts';
import { syntheticCharterPage } from './synthetic.ts';
import { median, sampleMs } from './measure.ts';
const size = 5 * 1024 * 1024;
const which = process.argv[2]!;
const page = which === 'synthetic' ? syntheticCharterPage(size).html : largeHostilePages(size)[which]!;
console.log(
  `${which.slice(0, 28).padEnd(28)} ${median(sampleMs(() => parseCharter(page), { minRuns: 5, minTimeMs: 700 }))
    .toFixed(0)
    .padStart(4)}`,
);
