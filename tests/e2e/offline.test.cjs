// The installed, offline app: installability (Chrome DevTools Protocol), a whole journey after
// the server has stopped, an update from build A to build B that keeps every answer, and an
// update another tab took first.
// Each test runs its own nginx (scripts/serve) so that it can stop it or swap the build.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { CHROMIUM_ARGS, DIST, launch, openPage, serve, shot } = require('./support.cjs');
const { completeJourney, readResult } = require('./journey.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
}

/** Gives a copy's service worker another VERSION: a new deployment, as the browser sees it
 * (a release build's sw.js is minified, so its spacing and quotes are terser's). */
function bumpVersion(file) {
  const before = fs.readFileSync(file, 'utf8');
  const after = before.replace(/const VERSION\s*=\s*(['"])([0-9a-f]+)\1/, 'const VERSION="b$2"');
  assert.notEqual(after, before, `${file} names its VERSION`);
  fs.writeFileSync(file, after);
}

test('the app is installable', async () => {
  const server = await serve(DIST, 8186);
  // Installability is not reported for incognito contexts, so use a real profile.
  const profile = fs.mkdtempSync('/tmp/legcheck-profile-');
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const page = context.pages()[0] || await context.newPage();
    await page.goto(server.url);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(server.url + 'manifest.webmanifest')).json();
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
    await context.close();
  } finally {
    server.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('after one visit the whole journey works with the server stopped', async () => {
  const server = await serve(DIST, 8187);
  const { context, page, record } = await openPage(browser);
  try {
    await page.goto(server.url);
    await controlled(page);
  } finally {
    server.stop();
  }
  await new Promise((r) => setTimeout(r, 300));
  await assert.rejects(fetch(server.url), 'the server is really down');
  await page.reload();
  await page.locator('main button.button--start').click();
  await completeJourney(page, [
    [/Where do you feel/, ['Your right calf']],
    [/Which of these describe/, ['Sudden, painful cramps: the muscle tightens and goes hard']],
    [/When do the cramps happen/, ['At night in bed, or while resting']],
    [/How old are you/, 64],
  ]);
  assert.equal((await readResult(page)).firstId, 'nocturnal_leg_cramp');
  await shot(page, 'offline-result');
  // A URL with a query is the cached app too (a language chosen by link), and a cached file
  // opened with a query is that file (the embedding demo is always opened so).
  await page.goto(`${server.url}?lang=es`);
  await page.locator('main h1', { hasText: '¿Le duelen las piernas o tiene calambres?' }).waitFor();
  await page.goto(`${server.url}embed-demo.html?app=${server.url}`);
  assert.equal(await page.locator('h1').innerText(), 'Example Clinic: check your leg pain');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a new version is offered, not forced, and keeps every answer', async () => {
  // Build A is the release build; build B differs only in its service worker's version.
  const base = fs.mkdtempSync('/tmp/legcheck-update-');
  fs.chmodSync(base, 0o755); // nginx's workers must be able to read it
  const [a, b, live] = ['a', 'b', 'live'].map((n) => path.join(base, n));
  fs.cpSync(DIST, a, { recursive: true });
  fs.cpSync(DIST, b, { recursive: true });
  bumpVersion(path.join(b, 'sw.js'));
  fs.symlinkSync(a, live);
  const server = await serve(live, 8188);
  const { context, page } = await openPage(browser);
  try {
    await page.goto(server.url);
    await controlled(page);
    await page.locator('main button.button--start').click();
    await completeJourney(page, [[/How old are you/, 64], [/.*/, 'No']], { until: /health conditions/ });
    const question = await page.locator('main h1').innerText();
    // Deploy build B and let the browser look for it.
    fs.unlinkSync(live);
    fs.symlinkSync(b, live);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.locator('.banner', { hasText: 'A new version of LegCheck is available' });
    await banner.waitFor({ timeout: 30000 });
    assert.equal(await page.locator('main h1').innerText(), question, 'nothing changed under the person');
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => !document.querySelector('.banner'), null, { timeout: 30000 });
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('main h1').innerText(), question, 'the same question after the update');
    // The new version's cache, and the previous one for tabs still running it; no other.
    const caches = (await page.evaluate(() => caches.keys())).filter((k) => k !== 'legcheck-history');
    assert.equal(caches.length, 2, `${caches}`);
    assert.ok(caches.some((k) => /^legcheck-b/.test(k)), `${caches}`);
    await page.goBack();
    await page.waitForFunction(() => /warning signs/.test(document.querySelector('main h1')?.innerText));
    assert.equal(await page.locator('main input[type=radio]:checked').count(), 4, 'earlier answers kept');
  } finally {
    server.stop();
    await context.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
});

/** Two builds, A live: returns { base, a, b, live, deploy(dir) }. */
function twoBuilds() {
  const base = fs.mkdtempSync('/tmp/legcheck-update-');
  fs.chmodSync(base, 0o755);
  const [a, b, live] = ['a', 'b', 'live'].map((n) => path.join(base, n));
  fs.cpSync(DIST, a, { recursive: true });
  fs.cpSync(DIST, b, { recursive: true });
  bumpVersion(path.join(b, 'sw.js'));
  fs.symlinkSync(a, live);
  const deploy = (dir) => { fs.unlinkSync(live); fs.symlinkSync(dir, live); };
  return { base, a, b, live, deploy };
}

test('an update another tab already took is picked up, and its old files stay until reload', async () => {
  const { base, b, live, deploy } = twoBuilds();
  const server = await serve(live, 8189);
  const { context, page: first } = await openPage(browser);
  try {
    await first.goto(server.url);
    await controlled(first);
    const second = await context.newPage();
    await second.goto(server.url);
    await controlled(second);
    await second.locator('main button.button--start').click();
    await completeJourney(second, [[/.*/, 'No']], { until: /newly swollen/ });
    deploy(b);
    // The first tab finds the update and reloads into it.
    await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = (page) => page.locator('.banner', { hasText: 'A new version of LegCheck is available' });
    await banner(first).waitFor({ timeout: 30000 });
    await banner(first).getByRole('button', { name: 'Reload to update' }).click();
    await first.waitForFunction(() => !document.querySelector('.banner'), null, { timeout: 30000 });
    // The second tab, still on build A, is told, and keeps working on A's cached files.
    await banner(second).waitFor({ timeout: 30000 });
    const kept = (await second.evaluate(() => caches.keys())).filter((k) => k !== 'legcheck-history');
    assert.equal(kept.length, 2, `the old cache stays for this tab: ${kept}`);
    await second.selectOption('#language', 'es');
    await second.waitForFunction(() => /nuevo|hinchad/i.test(document.querySelector('main h1')?.innerText ?? ''), null, { timeout: 10000 });
    await second.selectOption('#language', 'en');
    // "Reload to update" there works although no worker is waiting any more.
    await banner(second).getByRole('button', { name: 'Reload to update' }).click();
    await second.waitForFunction(() => !document.querySelector('.banner'), null, { timeout: 30000 });
    await second.locator('main h1').waitFor();
    assert.match(await second.locator('main h1').innerText(), /newly swollen/, 'the same question after the update');
  } finally {
    server.stop();
    await context.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
});
