// Cold-load timing in headless Chromium, used by scripts/bench.
// Usage: node scripts/bench-load.cjs URL SELECTOR [RUNS]
// Prints one JSON line: medians (ms) from navigation start until SELECTOR first appears,
// unthrottled and with 4x CPU throttling. Every run uses a fresh browser context (cold cache).
const { chromium } = require('playwright-core');

const [url, selector, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(browser, throttle) {
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
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__shown !== undefined, null, { timeout: 60000 });
  const ms = await page.evaluate(() => window.__shown);
  await context.close();
  return ms;
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const out = {};
  for (const throttle of [1, 4]) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(browser, throttle));
    out[throttle === 1 ? 'unthrottled_ms' : 'cpu4x_ms'] = Math.round(median(samples) * 10) / 10;
  }
  await browser.close();
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
