// The workload for a CPU profile of the module: the 9 KB benchmark article
// rendered over and over for a few seconds in one mode. Use a build with a
// names section so the profile shows C++ function names (see
// bench/SIZE-AND-SPEED-NOTES.md), then summarise with cpuprofile-summary.mjs:
//   BS_DIST=build/scratch/dist-names node --cpu-prof --cpu-prof-dir=test-output/profile \
//     bench/profile-render.mjs [page|fragment|commonmark] [seconds]
//   node bench/cpuprofile-summary.mjs test-output/profile/*.cpuprofile
import { article, bodyOf } from './generate.mjs';
import { importShim } from '../tests/dist.mjs';

const [mode = 'page', seconds = '4'] = process.argv.slice(2);
const { load } = await importShim();
const renderer = await load();
const text = mode === 'commonmark' ? bodyOf(article(1)) : article(1);
const options = mode === 'page' ? { mode, ads: true } : { mode };
let n = 0;
const end = performance.now() + Number(seconds) * 1000;
while (performance.now() < end) {
  renderer.render(text, options);
  n++;
}
console.log(`${n} renders in ${seconds} s (${mode}): ${((Number(seconds) * 1e6) / n).toFixed(0)} µs each`);
