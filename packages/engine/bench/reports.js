// Report computing and writing alone, in this thread, on one ingested universe (ingested once):
// seconds to compute (series, snapshots, peers), to make the files' text, and to write them.
//
//   node bench/reports.js <securities.csv> '<prices glob>' [out] [rounds]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byCountry, countryFiles, securityIds } from '../dist/build.js';
import { ingest } from '../dist/ingest/index.js';
import { writeFiles } from '../dist/output.js';

const [securities, prices, out = join(tmpdir(), 'ticker-bench-reports'), rounds = '3'] = process.argv.slice(2);
const data = await ingest({ securities, prices: [prices] });
const ids = securityIds(data.securities);
const countries = [...byCountry(data.securities)];

for (let round = 0; round < Number(rounds); round++) {
  rmSync(out, { recursive: true, force: true });
  let compute = 0;
  let text = 0;
  let write = 0;
  let bytes = 0;
  for (const [country, list] of countries) {
    let t = performance.now();
    const made = countryFiles(list, data.bars, data.benchmarks.get(country) ?? null, data.asOfWeek, ids);
    compute += performance.now() - t;
    t = performance.now();
    const files = [...made.files];
    text += performance.now() - t;
    for (const [, contents] of files) bytes += contents.length;
    t = performance.now();
    await writeFiles(out, files);
    write += performance.now() - t;
  }
  console.log(
    `round ${round + 1}: compute ${(compute / 1000).toFixed(2)} s, text ${(text / 1000).toFixed(2)} s, ` +
      `write ${(write / 1000).toFixed(2)} s, ${(bytes / 2 ** 20).toFixed(0)} MB`,
  );
}
rmSync(out, { recursive: true, force: true });
