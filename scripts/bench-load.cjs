// Cold-load measurements in headless Chromium, used by scripts/bench.
// Usage: node scripts/bench-load.cjs SELECTOR RUNS URL [URL ...]
// The loads of the apps at the URLs alternate (one of each in turn, RUNS rounds, the order
// reversed every other round, and each load after the same pause), so that a machine that
// slows down or speeds up during the run, or is still busy after the previous load, affects
// each app alike, and their ratio stays fair. Prints one JSON line per URL, in order:
// - phases, phases_cpu4x: median ms from navigation start to the HTML, to the wasm having
//   arrived, to the app's main() starting (compiled and instantiated), the knowledge base's load
//   time (decoding), main() having returned (Trunk's TrunkApplicationStarted), the first
//   heading (LegCheck's is drawn into index.html at build time), the app's own heading
//   (LegCheck's in #app, which replaces it), and, after it, when the knowledge base's
//   expressions are compiled and how long that takes (compile_started_ms, compile_ms);
// - unthrottled_ms, cpu4x_ms: { median, min, max } over RUNS cold loads, from
//   navigation start until SELECTOR first appears, without and with 4x CPU throttling;
// - bytes: { br, gzip, br_knowledge, gzip_knowledge }: the bytes on the wire (response headers
//   and bodies, as Chromium counts them) of one cold load until the network is idle, once as a
//   browser that accepts brotli and once as one that accepts only gzip (Accept-Encoding
//   overridden through the DevTools protocol), with the encodings the server chose; the
//   *_knowledge parts are LegCheck's knowledge base, fetched after the first paint (included in
//   the totals). The service worker is blocked for the byte
//   count, so its precache (made after the page is up) is not counted twice.
// Every run uses a fresh browser context (cold cache).
const { chromium } = require('playwright-core');

const [selector, runsArg, ...urls] = process.argv.slice(2);
const runs = Number(runsArg);
if (!selector || !(runs > 0) || !urls.length) {
  console.error('usage: node scripts/bench-load.cjs SELECTOR RUNS URL [URL ...]');
  process.exit(2);
}
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const round = (x) => Math.round(x * 10) / 10;
// The pause before each load, for what the previous one left running to end.
const SETTLE_MS = 500;
function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: round(mid), min: round(s[0]), max: round(s.at(-1)) };
}

async function once(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  // Record the moment SELECTOR first exists, relative to navigation start.
  await page.addInitScript((sel) => {
    const seen = () => {
      if (window.__shown === undefined && document.querySelector(sel)) {
        window.__shown = performance.now();
      }
      // LegCheck's heading as the app draws it, which replaces the one drawn into index.html
      // at build time (static/shell.js): from then on the page responds.
      if (window.__app === undefined && document.querySelector(`#app ${sel}`)) {
        window.__app = performance.now();
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    // Trunk's loader fires this once the wasm is instantiated and main() has returned.
    addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__shown !== undefined, null, { timeout: 60000 });
  // LegCheck's first heading is drawn into index.html: wait for the app's own too, so that each
  // run records it (and the marks after it), not only runs where the app was already up.
  if (await page.evaluate(() => document.getElementById('app') !== null)) {
    await page.waitForFunction(() => window.__app !== undefined, null, { timeout: 60000 });
  }
  // LegCheck fetches its knowledge base after the first paint and compiles its expressions
  // when it arrives (src/boot.rs, src/engine.rs); the counter has neither mark.
  if (await page.evaluate(() => performance.getEntriesByName('legcheck-start', 'mark').length > 0)) {
    await page
      .waitForFunction(() => performance.getEntriesByName('legcheck-compile-end', 'mark').length > 0,
        null, { timeout: 3000 })
      .catch(() => {});
  }
  // Where the time went, from the Resource and User Timing entries (the app's marks are set in
  // src/main.rs and src/engine.rs; the counter has none, so only its wasm arrival is known).
  const phases = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    const [kbStart, kbEnd] = [mark('legcheck-kb-start'), mark('legcheck-kb-end')];
    const [compileStart, compileEnd] = [mark('legcheck-compile-start'), mark('legcheck-compile-end')];
    return {
      html_ms: performance.getEntriesByType('navigation')[0]?.responseEnd,
      wasm_arrived_ms: wasm?.responseEnd,
      main_started_ms: mark('legcheck-start'),
      kb_load_ms: kbStart === undefined ? undefined : kbEnd - kbStart,
      main_returned_ms: window.__started,
      heading_ms: window.__shown,
      app_heading_ms: window.__app,
      compile_started_ms: compileStart,
      compile_ms: compileStart === undefined ? undefined : compileEnd - compileStart,
    };
  });
  await context.close();
  return phases;
}

/** Bytes on the wire for one cold load, accepting `encoding`; checks the server's choice. */
async function bytes(browser, url, encoding) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': encoding } });
  let total = 0;
  let knowledge = 0;
  const urls = new Map();
  const encodings = new Set();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.responseReceived', (e) => {
    const ce = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding');
    if (ce) encodings.add(ce[1]);
  });
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    if (/\/knowledge\.[0-9a-f]{8}\.bin$/.test(urls.get(e.requestId) ?? '')) knowledge += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(selector).first().waitFor();
  await context.close();
  // A browser that does not accept brotli must never be sent it. (One that does may still get
  // gzip: the counter's build has no brotli copies, so nginx gzips it on the fly.)
  if (!encoding.includes('br') && encodings.has('br')) {
    throw new Error(`asked for ${encoding}, the server sent ${[...encodings].join(', ')}`);
  }
  return { total, knowledge };
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const outs = urls.map(() => ({}));
  for (const throttle of [1, 4]) {
    const samples = urls.map(() => []);
    for (let i = 0; i < runs; i++) {
      const order = [...urls.keys()];
      if (i % 2) order.reverse();
      for (const k of order) {
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        samples[k].push(await once(browser, urls[k], throttle));
      }
    }
    for (const [k, out] of outs.entries()) {
      out[throttle === 1 ? 'unthrottled_ms' : 'cpu4x_ms'] = spread(samples[k].map((s) => s.heading_ms));
      // The median of each phase on its own (so they need not add up exactly).
      const phases = {};
      for (const key of Object.keys(samples[k][0])) {
        const xs = samples[k].map((s) => s[key]).filter((x) => x !== undefined);
        if (xs.length) phases[key] = spread(xs).median;
      }
      out[throttle === 1 ? 'phases' : 'phases_cpu4x'] = phases;
    }
  }
  for (const [k, url] of urls.entries()) {
    const [br, gzip] = [await bytes(browser, url, 'br, gzip'), await bytes(browser, url, 'gzip, deflate')];
    outs[k].runs = runs;
    outs[k].bytes = { br: br.total, gzip: gzip.total, br_knowledge: br.knowledge, gzip_knowledge: gzip.knowledge };
  }
  await browser.close();
  for (const out of outs) console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
