// Answer-to-next-screen time in headless Chromium, used by scripts/bench.
// Usage: node scripts/bench-interaction.cjs URL
// Drives a whole journey and reads the app's own `legcheck-answer-to-paint` measures (from the
// Continue click to just after the next screen is painted: an animation frame, then a timeout
// queued from it, `runtime::after_frame`). Prints one JSON line
// with medians in ms, unthrottled and with 4x CPU throttling.
const path = require('node:path');
const { chromium } = require('playwright-core');
const { completeJourney } = require(path.join(__dirname, '../tests/e2e/journey.cjs'));
const { NIGHT_CRAMPS } = require(path.join(__dirname, '../tests/e2e/personas.cjs'));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url);
  await page.locator('main button.button--start').click();
  await completeJourney(page, NIGHT_CRAMPS);
  await page.waitForTimeout(100);
  const samples = await page.evaluate(() =>
    performance.getEntriesByName('legcheck-answer-to-paint').map((e) => e.duration));
  await context.close();
  return samples;
}

(async () => {
  const url = process.argv[2];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const out = {};
  for (const throttle of [1, 4]) {
    const samples = await run(browser, url, throttle);
    const key = throttle === 1 ? 'unthrottled' : 'cpu4x';
    out[`${key}_median_ms`] = Math.round(median(samples) * 10) / 10;
    out[`${key}_max_ms`] = Math.round(Math.max(...samples) * 10) / 10;
    out[`${key}_answers`] = samples.length;
  }
  await browser.close();
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
