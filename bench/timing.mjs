// Interleaved timing, the same in Node and in the browser (no Node imports).
//
// Every case runs in every round, the order rotating from round to round, so
// that a burst of load from elsewhere on the machine hits all cases alike
// instead of whichever happened to run then. Each sample is one call (a few
// calls in a row only when one call is shorter than batchMs), and a case's
// result is its median sample: on a machine shared with other work, a call
// that was preempted is an outlier the median drops, where a long timed loop
// would absorb every preemption into its mean. (Garbage-collection pauses are
// outliers too, so the JavaScript renderers' medians leave most of them out.)
//
// A case cycles through its calls (the corpus: one article per call), and a
// sample is divided by that call's size, so the median is per byte (or per
// call when no sizes are given).

/**
 * @param {{name: string, calls: (() => unknown)[], sizes?: number[]}[]} cases
 * @param {{rounds?: number, batchMs?: number, warmup?: number}} [options]
 * @returns {Record<string, {median: number, samples: number, batch: number}>}
 *   median µs per call, or per size unit when the case has sizes
 */
export function interleave(cases, { rounds = 100, batchMs = 0.2, warmup = 3 } = {}) {
  let sink = 0;
  const consume = (out) => {
    sink += typeof out === 'string' ? out.length : 1;
  };
  // Warm-up (JIT, first-call allocations) and the batch size for short calls.
  const batches = cases.map(({ calls }) => {
    for (let i = 0; i < warmup; i++) consume(calls[i % calls.length]());
    const t0 = performance.now();
    consume(calls[0]());
    const once = Math.max(performance.now() - t0, 0.0005);
    return Math.max(1, Math.round(batchMs / once));
  });
  const samples = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < cases.length; j++) {
      const i = (j + r) % cases.length;
      const { calls, sizes } = cases[i];
      const k = r % calls.length;
      const call = calls[k];
      const n = batches[i];
      const t0 = performance.now();
      for (let b = 0; b < n; b++) consume(call());
      samples[i].push(((performance.now() - t0) * 1000) / n / (sizes ? sizes[k] : 1));
    }
  }
  if (sink === 0) throw new Error('no output: the cases did nothing');
  const result = {};
  cases.forEach(({ name }, i) => {
    const s = samples[i].sort((a, b) => a - b);
    result[name] = { median: s[s.length >> 1], samples: s.length, batch: batches[i] };
  });
  return result;
}

/**
 * The cases of one input for a set of renderers. A renderer takes either the
 * Markdown body alone or the whole article (front matter and body) and returns
 * the HTML. With several texts (the corpus) a case cycles through them and its
 * samples are per byte; with one text they are per call.
 * @param {Record<string, {takes: 'body'|'article', render: (text: string) => string}>} renderers
 * @param {{bodies: string[], articles: string[]}} input
 */
export function renderCases(renderers, input) {
  const encoder = new TextEncoder();
  return Object.entries(renderers).map(([name, { takes, render }]) => {
    const texts = takes === 'body' ? input.bodies : input.articles;
    return {
      name,
      calls: texts.map((text) => () => render(text)),
      sizes: texts.length > 1 ? texts.map((text) => encoder.encode(text).length) : undefined,
    };
  });
}
