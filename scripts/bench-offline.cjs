// First-visit and repeat-visit transfer and offline load, used by scripts/bench.
// Usage: node scripts/bench-offline.cjs DIST PORT
// Serves DIST with scripts/serve and measures, in a fresh browser profile: the bytes a first
// visit takes from the network (body and headers, as sent), split into what the page loads and
// what the service worker then precaches in the background; the bytes a repeat visit takes; and
// the time from navigation start to the first heading with the server stopped (median of 5).
const path = require('node:path');
const { spawn } = require('node:child_process');
const { chromium } = require('playwright-core');

const [dist, port] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}/`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const server = spawn(path.join(__dirname, 'serve'), [dist, port], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const context = await browser.newContext();
  const first = { page: 0, precache: 0 };
  const sizes = [];
  context.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => {
    first[request.serviceWorker() ? 'precache' : 'page'] += s.responseBodySize + s.responseHeadersSize;
  })));
  const page = await context.newPage();
  // Records when the first heading appears, relative to navigation start.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (window.__shown === undefined && document.querySelector('main h1')) window.__shown = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  await Promise.all(sizes);
  const firstVisit = { ...first };
  // Repeat visit: everything should come from the service worker's cache.
  await page.reload();
  await page.locator('main h1').waitFor();
  const repeat = await page.evaluate(() => [
    ...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource'),
  ].reduce((sum, e) => sum + (e.transferSize || 0), 0));
  process.kill(-server.pid);
  await new Promise((r) => setTimeout(r, 300));
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__shown !== undefined);
    times.push(await page.evaluate(() => window.__shown));
  }
  await browser.close();
  console.log(JSON.stringify({
    first_visit_page_bytes: firstVisit.page, first_visit_precache_bytes: firstVisit.precache,
    repeat_visit_network_bytes: repeat, offline_load_median_ms: Math.round(median(times) * 10) / 10 }));
})().catch((e) => { console.error(e); process.exit(1); });
