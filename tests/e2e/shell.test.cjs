// The start page drawn into index.html at build time (src/bin/prerender.rs, static/shell.js;
// issue 14): a first visit shows it before the wasm has arrived, exactly as the app then draws
// it, only where the app shows the start page at once, and what the person does meanwhile
// (Start, a language, focus, scrolling) carries over. The wasm is held back here until the test
// releases it.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot } = require('./support.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A fresh page (no service worker) whose wasm waits for `release()`. */
async function held(options = {}) {
  const { context, page, record } = await openPage(browser, { serviceWorkers: 'block', waitForKnowledge: false, ...options });
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let asked = 0;
  await page.route(/_bg\.wasm$/, async (route) => { asked++; await gate; await route.continue(); });
  return { context, page, record, release, asked: () => asked };
}

const appStarted = (page) => page.waitForFunction(() => performance.getEntriesByName('legcheck-start', 'mark').length > 0);
/** The app's own first screen is drawn (it mounts in #app). */
const appDrawn = (page) => page.waitForFunction(() => document.querySelector('#app main') !== null);
const mains = (page) => page.locator('main').count();

for (const [name, url, options, heading, lang] of [
  ['English', BASE_URL, {}, 'Check your leg pain or cramps', 'en'],
  ['Spanish, from the browser', BASE_URL, { locale: 'es-MX' }, '¿Le duelen las piernas o tiene calambres?', 'es'],
  ['Spanish, from ?lang=', `${BASE_URL}?lang=es`, {}, '¿Le duelen las piernas o tiene calambres?', 'es'],
  ['English, from ?lang= over the browser', `${BASE_URL}?lang=EN#/`, { locale: 'es-ES' }, 'Check your leg pain or cramps', 'en'],
]) {
  test(`the start page shows before the wasm, as the app draws it (${name})`, async () => {
    const { context, page, record, release, asked } = await held({ width: 360, height: 780, ...options });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const h1 = page.locator('main h1');
    await h1.waitFor();
    assert.equal((await h1.innerText()).trim(), heading);
    assert.ok(asked() > 0, 'the wasm was asked for and is being held');
    assert.equal(await page.evaluate(() => performance.getEntriesByName('legcheck-start', 'mark').length), 0,
      'the app has not started');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.title(), `${heading} – LegCheck`);
    const drawn = await page.locator('body').evaluate((b) => [...b.querySelectorAll('a, header, main, footer')].map((e) => e.outerHTML).join(''));
    const box = await h1.boundingBox();
    await shot(page, `shell-${lang}-${name}`);
    release();
    await appDrawn(page);
    assert.equal(await mains(page), 1, 'one page: the drawn one is gone');
    const app = await page.locator('body').evaluate((b) => [...b.querySelectorAll('a, header, main, footer')].map((e) => e.outerHTML).join(''));
    assert.equal(app, drawn, 'the app draws exactly what was shown');
    assert.deepEqual(await h1.boundingBox(), box, 'the heading did not move');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors.filter((e) => !/integrity/.test(e)), []);
    assert.deepEqual(record.cspViolations, [], 'the inline script is allowed by its hash');
    await context.close();
  });
}

test('where the app does not show the start page at once, nothing is drawn before it', async () => {
  const cases = [
    ['a link into the journey', `${BASE_URL}#/q/age`, null],
    ['a text page', `${BASE_URL}#/privacy`, null],
    ['saved answers', BASE_URL, { 'legcheck.answers': JSON.stringify({ format: 1, answers: { age: { number: 60 } } }) }],
    ['unreadable saved answers', BASE_URL, { 'legcheck.answers': '{not json' }],
  ];
  for (const [name, url, stored] of cases) {
    const { context, page, release } = await held();
    if (stored) {
      await page.addInitScript((items) => {
        for (const [k, v] of Object.entries(items)) sessionStorage.setItem(k, v);
      }, stored);
    }
    await page.goto(url, { waitUntil: 'load' });
    assert.equal(await mains(page), 0, `${name}: nothing drawn before the app`);
    assert.equal(await page.locator('body').evaluate((b) => b.innerText.trim()), '', `${name}: no text`);
    release();
    await appStarted(page);
    await context.close();
  }
  // In a frame (a clinic's page), the app decides.
  const { context, page, release } = await held();
  await page.goto(`${BASE_URL}robots.txt`);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, BASE_URL);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForLoadState('load');
  assert.equal(await frame.locator('main').count(), 0, 'nothing drawn in a frame before the app');
  release();
  await frame.locator('#app main h1').waitFor();
  await context.close();
});

test('a language chosen from storage is the one drawn', async () => {
  const { context, page, release } = await held();
  await page.addInitScript(() => sessionStorage.setItem('legcheck.answers',
    JSON.stringify({ format: 1, kb_version: 'x', saved_at: 0, lang: 'es', answers: {} })));
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main h1', { hasText: 'piernas' }).waitFor();
  release();
  await appDrawn(page);
  assert.match(await page.locator('#app main h1').innerText(), /piernas/);
  await context.close();
});

test('Start pressed before the wasm starts the journey once it arrives', async () => {
  const { context, page, release } = await held({ width: 360, height: 780 });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main button.button--start').click();
  release();
  // The journey's first question (or the wait for the knowledge base before it).
  await page.waitForFunction(() => /How old are you|Getting the questions ready/.test(document.querySelector('#app main h1')?.innerText ?? ''));
  await page.locator('main h1', { hasText: 'How old are you?' }).waitFor();
  assert.equal(await mains(page), 1);
  await context.close();
});

test('a language chosen before the wasm is kept, and focus stays where the keyboard left it', async () => {
  const { context, page, release } = await held({ width: 360, height: 780 });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main h1').waitFor();
  // Tab to the picker: the skip link, the LegCheck link, then the language.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'language');
  await page.selectOption('#language', 'es');
  release();
  await page.locator('#app main h1', { hasText: 'piernas' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'language', 'focus on the app\'s picker');
  assert.ok(await page.evaluate(() => document.activeElement.closest('#app') !== null));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await context.close();
});

test('scrolling before the wasm is kept when the app takes over', async () => {
  const { context, page, release } = await held({ width: 360, height: 500 });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main h1').waitFor();
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.scrollY > 100);
  const y = await page.evaluate(() => window.scrollY);
  release();
  await appDrawn(page);
  // After the app's first paint (app::after_paint runs in the frame after it).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  assert.equal(await page.evaluate(() => window.scrollY), y, 'still where the person scrolled');
  await context.close();
});
