// What the journey's state machine promises, in the release build: the emergency card at the
// first "yes", saving that survives a reload, no clinic links from a bare URL, screens that
// show the saved answer from the first render, shared results that are not the reader's own,
// redirects that do not add a Back step, and questions an edit opens that cannot be skipped.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot } = require('./support.cjs');
const { completeJourney, readResult } = require('./journey.cjs');
const { NIGHT_CRAMPS } = require('./personas.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const heading = (page) => page.locator('main h1').innerText();
/** Waits for a heading, or fails saying where the page is. */
async function waitHeading(page, re) {
  try {
    await page.waitForFunction(
      (src) => new RegExp(src).test(document.querySelector('main h1')?.innerText ?? ''), re.source,
      { timeout: 15000 });
  } catch (e) {
    const h1 = await page.locator('main h1').innerText().catch(() => '(none)');
    throw new Error(`waiting for ${re}: at ${page.url()}, heading "${h1}"`);
  }
}

/** From the start screen through the age question (asked first) to the warning signs. */
async function start(page, url = BASE_URL) {
  await page.goto(url);
  await page.locator('main button.button--start').click();
  await waitHeading(page, /How old are you/);
  await page.locator('#age-number').fill('64');
  await page.getByRole('button', { name: 'Continue' }).click();
  await waitHeading(page, /warning signs/);
}

test('a "Yes" to any one emergency sign, with the rest unanswered, shows the emergency card', async () => {
  const signs = [/suddenly become cold/, /around your genitals or bottom/, /Have both of your legs/, /short of breath/];
  for (const sign of signs) {
    const { context, page, record } = await openPage(browser, { width: 360, height: 780 });
    await start(page);
    const group = page.locator('main fieldset', { has: page.locator('legend', { hasText: sign }) });
    await group.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitHeading(page, /Call \d+.* now/);
    assert.equal(await page.locator('.error-summary').count(), 0, `${sign}: no "answer the other questions" first`);
    assert.match(page.url(), /#\/emergency$/);
    // Continuing for information comes back to the signs still open, the "yes" kept.
    await page.getByRole('button', { name: /Continue the questions/ }).click();
    await waitHeading(page, /warning signs/);
    assert.equal(await page.locator('main input[value=yes]:checked').count(), 1, `${sign}: the yes is kept`);
    assert.equal(await page.locator('main input[type=radio]:checked').count(), 1, `${sign}: the others are open`);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  }
});

test('"save on this device" survives a reload: the box stays ticked and the device copy stays', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  await page.getByLabel('Save on this device to continue later').check();
  const saved = await page.evaluate(() => localStorage.getItem('legcheck.answers'));
  assert.ok(saved, 'saved on the device');
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await waitHeading(page, /^Your result$/);
    assert.ok(await page.getByLabel('Save on this device to continue later').isChecked(), `reload ${i + 1}: still ticked`);
    const now = await page.evaluate(() => localStorage.getItem('legcheck.answers'));
    assert.ok(now, `reload ${i + 1}: the device copy is still there`);
    assert.deepEqual(JSON.parse(now).answers, JSON.parse(saved).answers);
  }
  // A new tab (a new session) resumes from the device copy.
  const second = await context.newPage();
  await second.goto(BASE_URL);
  await second.getByRole('button', { name: 'Continue where you left off' }).click();
  await waitHeading(second, /^Check your answers$/);
  await context.close();
});

test('a URL with clinic links and no frame shows no clinic link', async () => {
  const { context, page, record } = await openPage(browser);
  const url = `${BASE_URL}?embed=1&link_emergency=https%3A%2F%2Fscam.example&label_emergency=Call+our+urgent+line`
    + '&primary=%23aa0000';
  await start(page, url);
  await completeJourney(page, [[/suddenly become cold/, 'Yes']], { stopAtEmergency: true });
  assert.equal(await page.locator('.clinic-step').count(), 0, 'no stranger\'s button under the emergency card');
  assert.doesNotMatch(await page.locator('main').innerText(), /Call our urgent line/);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embedded')), false);
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--clinic-primary')), '');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a reload on an answered question shows the answer selected', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, [[/.*/, 'No']], { until: /newly swollen/ });
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await waitHeading(page, /new pain or tenderness/);
  await page.locator('main a.back-link').click();
  await waitHeading(page, /newly swollen/);
  await page.reload();
  await waitHeading(page, /newly swollen/);
  assert.ok(await page.getByLabel('No', { exact: true }).isChecked(), 'the saved answer is selected after a reload');
  // And the warning-signs screen after a reload.
  await page.goto(BASE_URL + '#/red-flags');
  await page.reload();
  await waitHeading(page, /warning signs/);
  assert.equal(await page.locator('main input[value=no]:checked').count(), 4);
  await context.close();
});

test('a shared result cannot claim to be saved', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  await page.getByRole('button', { name: 'Create a share link' }).click();
  const link = await page.locator('#share-link').inputValue();
  const reader = await openPage(browser);
  await reader.page.goto(link);
  await waitHeading(reader.page, /^Result from a shared link$/);
  assert.equal((await readResult(reader.page)).firstId, 'nocturnal_leg_cramp');
  assert.equal(await reader.page.locator('#save-device').count(), 0, 'no "Save on this device"');
  assert.equal(await reader.page.getByRole('button', { name: 'Clear my answers' }).count(), 0);
  const stored = await reader.page.evaluate(() => [localStorage.length, sessionStorage.getItem('legcheck.answers')]);
  assert.deepEqual(stored, [0, null], 'nothing of the link is stored as the reader\'s own');
  await shot(reader.page, 'shared-result');
  // Leaving it goes to the reader's own (empty) start.
  await reader.page.getByRole('button', { name: /Leave this result/ }).click();
  await waitHeading(reader.page, /Check your leg pain/);
  await Promise.all([reader.context.close(), context.close()]);
});

test('Back after a redirect shows the screen its address names', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.goto(BASE_URL + '#/check');
  await waitHeading(page, /How old are you/);
  assert.match(page.url(), /#\/q\/age$/, 'the redirect replaced the address');
  await completeJourney(page, [[/How old are you/, 64], [/.*/, 'No']], { until: /health conditions/ });
  assert.match(page.url(), /#\/q\/known_conditions$/);
  await page.goBack();
  await waitHeading(page, /warning signs/);
  assert.match(page.url(), /#\/red-flags$/, 'Back shows the screen the address names');
  await page.goBack();
  await waitHeading(page, /How old are you/);
  await page.goBack();
  await waitHeading(page, /Check your leg pain/);
  assert.match(page.url(), /#\/$|\/$/);
  await context.close();
});

test('an edit that opens questions cannot be skipped', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  await page.locator('main a.back-link').click();
  await waitHeading(page, /^Check your answers$/);
  const row = page.locator('.summary-list__row', { hasText: 'when you walk?' });
  await row.getByRole('link', { name: /Change/ }).click();
  await waitHeading(page, /when you walk/);
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await waitHeading(page, /standing still or sitting/);
  // Going back to Check your answers and asking for the result returns to the open question.
  await page.goto(BASE_URL + '#/check');
  await waitHeading(page, /standing still or sitting/);
  await page.goto(BASE_URL + '#/result');
  await page.waitForURL(/#\/q\/ecq_at_rest$/);
  assert.match(await heading(page), /standing still or sitting/);
  await context.close();
});

test('the clinicians page links open the documents, not the app, under the service worker', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled');
  await page.goto(BASE_URL + '#/clinicians');
  for (const [name, text] of [[/hazard log/i, /Clinical safety hazard log/], [/knowledge base/i, /\[\[question\]\]/]]) {
    const link = page.getByRole('link', { name }).first();
    const href = await link.getAttribute('href');
    const doc = await context.newPage();
    await doc.goto(new URL(href, BASE_URL).href);
    assert.match(await doc.locator('body').innerText(), text, `${href} is the document`);
    assert.equal(await doc.locator('main h1').count(), 0, `${href} is not the app`);
    await doc.close();
  }
  const demo = await context.newPage();
  await demo.goto(BASE_URL + 'embed-demo.html');
  assert.match(await demo.title(), /embed/i, 'the embedding demo, not LegCheck');
  await context.close();
});

test('a catalogue arriving keeps what is selected but not yet submitted', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, [[/Where do you feel/, ['Your right calf']], [/.*/, 'No']], { until: /Which of these describe/ });
  await page.getByLabel('Sudden, painful cramps: the muscle tightens and goes hard').check();
  await page.selectOption('#language', 'es');
  await waitHeading(page, /Cuáles de estas/);
  assert.ok(await page.locator('main input[value=cramp]').isChecked(), 'the choice survives the translation');
  await context.close();
});
