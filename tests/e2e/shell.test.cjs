// The start page drawn into index.html at build time (src/bin/prerender.rs, static/shell.js;
// issue 14): a first visit shows it before the wasm has arrived, exactly as the app then draws
// it, only where the app shows the start page at once, and what the person does meanwhile
// (Start, a language, focus, scrolling) carries over. The wasm and the knowledge base are held
// back here until the test releases them: with the knowledge base held, the app can only draw
// the start page if it shows it at once, so each case is checked against the app's own
// decision (src/boot.rs, `shows_before_knowledge`).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, KNOWLEDGE, launch, openPage, shot, hold } = require('./support.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * A fresh page (no service worker) whose wasm waits for `release()` and whose knowledge base
 * waits for `releaseKnowledge()`.
 */
async function held(options = {}) {
  const { context, page, record } = await openPage(browser, { serviceWorkers: 'block', waitForKnowledge: false, ...options });
  const wasm = await hold(page, /_bg\.wasm$/);
  const knowledge = await hold(page, KNOWLEDGE);
  return { context, page, record, release: wasm.release, releaseKnowledge: knowledge.release, asked: () => wasm.count };
}

/** Two frames and a moment: the app's `after_paint` (focus, scrolling) has run. */
const painted = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

/** Saved data as persist.rs writes it, with `fields` over it. */
const saved = (fields) => JSON.stringify({ format: 1, kb_version: '2026.11.5', saved_at: Date.now(), ...fields });

const appStarted = (page) => page.waitForFunction(() => performance.getEntriesByName('legcheck-start', 'mark').length > 0);
/** The app's own first screen is drawn (it mounts in #app). */
const appDrawn = (page) => page.waitForFunction(() => document.querySelector('#app main') !== null);
const mains = (page) => page.locator('main').count();

for (const [name, url, options, heading, lang] of [
  ['English', BASE_URL, {}, 'Check your leg pain or cramps', 'en'],
  ['Spanish, from the browser', BASE_URL, { locale: 'es-MX' }, '¿Le duelen las piernas o tiene calambres?', 'es'],
  ['Spanish, from ?lang=', `${BASE_URL}?lang=es`, {}, '¿Le duelen las piernas o tiene calambres?', 'es'],
  ['English, from ?lang= over the browser', `${BASE_URL}?lang=EN#/`, { locale: 'es-ES' }, 'Check your leg pain or cramps', 'en'],
  ['Spanish, from a percent-encoded ?lang= after two question marks', `${BASE_URL}??lang=%65s`, {}, '¿Le duelen las piernas o tiene calambres?', 'es'],
  ['the first ?lang= only, a malformed one as if absent', `${BASE_URL}?lang=%zz&lang=es`, { locale: 'en-GB' }, 'Check your leg pain or cramps', 'en'],
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
    // What the app sets itself, not left from the drawn page.
    await page.evaluate(() => { document.title = 'x'; document.documentElement.lang = 'x'; });
    release();
    // The app draws the start page at once, the knowledge base still held: it is early too.
    await page.locator('#app main h1', { hasText: heading }).waitFor();
    assert.equal(await mains(page), 1, 'one page: the drawn one is gone');
    const app = await page.locator('body').evaluate((b) => [...b.querySelectorAll('a, header, main, footer')].map((e) => e.outerHTML).join(''));
    assert.equal(app, drawn, 'the app draws exactly what was shown');
    assert.deepEqual(await h1.boundingBox(), box, 'the heading did not move');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.waitForFunction((t) => document.title === t, `${heading} – LegCheck`);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(record.cspViolations, [], 'the inline script is allowed by its hash');
    await context.close();
  });
}

test('where the app does not show the start page at once, nothing is drawn before it', async () => {
  const cases = [
    ['a link into the journey', `${BASE_URL}#/q/age`, null],
    ['a text page', `${BASE_URL}#/privacy`, null],
    ['saved answers', BASE_URL, { session: saved({ answers: { age: 60 } }) }],
    ['answers saved on the device only', BASE_URL, { local: saved({ answers: { age: 60 } }) }],
    ['unreadable saved answers', BASE_URL, { session: '{not json' }],
    // persist::peek reads these as unreadable (interop's `Saved` refuses them), so the app
    // checks them against the knowledge base first.
    ['saved data with a field it does not know', BASE_URL, { session: saved({ answers: {}, extra: 1 }) }],
    ['saved data without its version', BASE_URL, { session: JSON.stringify({ saved_at: 0, answers: {} }) }],
    ['a format that is text', BASE_URL, { session: saved({ format: '1', answers: {} }) }],
    ['a negative format', BASE_URL, { session: saved({ format: -1, answers: {} }) }],
    ['a knowledge-base version that is a number', BASE_URL, { session: saved({ kb_version: 5, answers: {} }) }],
    ['no time saved', BASE_URL, { session: saved({ saved_at: null, answers: {} }) }],
    ['an expiry that is text', BASE_URL, { local: saved({ expires_at: 'x', answers: {} }) }],
    ['a language that is a number', BASE_URL, { session: saved({ lang: 5, answers: {} }) }],
    ['answers that are a list', BASE_URL, { session: saved({ answers: [] }) }],
    ['answers that are null', BASE_URL, { session: saved({ answers: null }) }],
    ['storage that does not work', BASE_URL, { off: true }],
  ];
  for (const [name, url, stored] of cases) {
    const { context, page, release, releaseKnowledge } = await held();
    if (stored) {
      await page.addInitScript(({ session, local, off }) => {
        if (session) sessionStorage.setItem('legcheck.answers', session);
        if (local) localStorage.setItem('legcheck.answers', local);
        if (off) {
          Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
        }
      }, stored);
    }
    await page.goto(url, { waitUntil: 'load' });
    assert.equal(await mains(page), 0, `${name}: nothing drawn before the app`);
    assert.equal(await page.locator('body').evaluate((b) => b.innerText.trim()), '', `${name}: no text`);
    release();
    // Nor does the app show the start page at once: it waits for the knowledge base (the page
    // saying the questions are on their way), or opens the text page the address names.
    await page.locator('#app main h1').waitFor();
    assert.match(await page.locator('#app main h1').innerText(), name === 'a text page' ? /Privacy/ : /Getting the questions ready/, name);
    releaseKnowledge();
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

test('a language chosen from storage is the one drawn, this tab\'s first', async () => {
  const { context, page, release } = await held();
  await page.addInitScript(([tab, device]) => {
    sessionStorage.setItem('legcheck.answers', tab);
    localStorage.setItem('legcheck.answers', device);
  }, [saved({ lang: 'es', answers: {} }), saved({ lang: 'en', answers: {} })]);
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main h1', { hasText: 'piernas' }).waitFor();
  release();
  await appDrawn(page);
  assert.match(await page.locator('#app main h1').innerText(), /piernas/);
  await context.close();
});

test('Start pressed before the wasm starts the journey once it arrives', async () => {
  const { context, page, release, releaseKnowledge } = await held({ width: 360, height: 780 });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main button.button--start').click();
  release();
  releaseKnowledge();
  // The journey's first question (or the wait for the knowledge base before it).
  await page.waitForFunction(() => /How old are you|Getting the questions ready/.test(document.querySelector('#app main h1')?.innerText ?? ''));
  await page.locator('main h1', { hasText: 'How old are you?' }).waitFor();
  assert.equal(await mains(page), 1);
  // Each new screen is announced by the live region in index.html, which the app (mounted in
  // #app) no longer removes.
  await page.waitForFunction(() => document.getElementById('announcer')?.textContent === 'How old are you?');
  await context.close();
});

test('if the app cannot start, the start page says so instead of a Start that does nothing', async () => {
  const { context, page } = await openPage(browser, { serviceWorkers: 'block', waitForKnowledge: false });
  let fail;
  const failing = new Promise((resolve) => { fail = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await failing; await route.abort(); });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  // Start pressed while the wasm is on its way, then its download fails.
  await page.locator('main button.button--start').click();
  assert.equal(await page.locator('main button.button--start').getAttribute('data-starting'), '');
  fail();
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor();
  assert.equal(await page.locator('main button.button--start').getAttribute('data-starting'), null,
    'no longer shown as on its way');
  assert.match(await alert.innerText(), /could not start in this browser\. Reload the page or try another browser\. In an emergency call your local emergency number\./);
  await shot(page, 'shell-failed');
  await context.close();
});

test('Start pressed while the app is slow to come says it is still starting, in the page\'s language', async () => {
  const { context, page, release, releaseKnowledge } = await held({ locale: 'es-ES' });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main button.button--start').click();
  // The press shows at once that LegCheck is on its way: an ellipsis for the eye, while the
  // button's name stays its word.
  const start = page.locator('main button.button--start');
  assert.equal(await start.getAttribute('data-starting'), '');
  assert.match(await start.evaluate((b) => getComputedStyle(b, '::after').content), /…/);
  assert.equal((await start.evaluate((b) => getComputedStyle(b, '::after').display)), 'inline');
  await page.getByRole('button', { name: 'Empezar', exact: true }).waitFor();
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.innerText(), /todavía se está iniciando.*En una emergencia, llame al número de emergencias\./);
  release();
  releaseKnowledge();
  // The app then takes over and starts the journey as asked.
  await page.locator('#app main h1', { hasText: /Cuántos años/ }).waitFor();
  assert.equal(await page.locator('[role="alert"]').filter({ hasText: 'iniciando' }).count(), 0);
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
  await painted(page);
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
  await painted(page);
  assert.equal(await page.evaluate(() => window.scrollY), y, 'still where the person scrolled');
  await context.close();
});

test('a language chosen and then Start pressed before the wasm both carry over', async () => {
  const { context, page, release, releaseKnowledge } = await held({ width: 360, height: 780 });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.selectOption('#language', 'es');
  await page.locator('main button.button--start').click();
  release();
  releaseKnowledge();
  await page.locator('#app main h1', { hasText: '¿Cuántos años tiene?' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await context.close();
});

test('a script of this site that cannot be loaded says the app could not start; an error from elsewhere says nothing', async () => {
  const { context, page } = await openPage(browser, { serviceWorkers: 'block', waitForKnowledge: false });
  await page.route(/\/legcheck-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await page.locator('main [role="alert"]', { hasText: 'could not start' }).waitFor();
  await context.close();

  const other = await held();
  await other.page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
  await other.page.locator('main h1').waitFor();
  // While the wasm is on its way: code that is not LegCheck's throws, leaves a promise rejected,
  // and adds an inline script that the Content-Security-Policy refuses (as an extension might).
  await other.page.evaluate(() => {
    setTimeout(() => { throw new Error('not LegCheck'); }, 0);
    Promise.reject(new Error('a promise of somebody else'));
    const script = document.createElement('script');
    script.textContent = 'window.refused = true';
    document.head.append(script);
  });
  await other.page.waitForTimeout(300);
  assert.equal(await other.page.evaluate(() => window.refused), undefined, 'the policy refused the injected script');
  assert.equal(await other.page.locator('[role="alert"]').count(), 0, 'no alarm for an error that is not LegCheck\'s');
  other.release();
  other.releaseKnowledge();
  await other.page.locator('#app main h1').waitFor();
  await other.context.close();
});
