// End-to-end journeys through the release build, served by nginx, in headless Chromium.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot, foreignRequests } = require('./support.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Chooses the option labelled `label` on the current question and continues. */
async function answer(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('the start screen renders with the not-a-diagnosis and emergency notices', async () => {
  const { context, page, record } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 1, name: 'Check your leg pain or cramps' }).waitFor();
  const text = await page.locator('main').innerText();
  assert.match(text, /This is not a diagnosis\./);
  assert.match(text, /In an emergency call your local emergency number\./);
  await shot(page, 'start');
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(foreignRequests(record), []);
  await context.close();
});

test('a person gets from the start screen to a result (calf claudication)', async () => {
  const { context, page, record } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByRole('heading', { level: 1, name: /suddenly become cold/ }).waitFor();
  await shot(page, 'question-red-flag');
  await answer(page, 'No');

  await page.getByRole('heading', { level: 1, name: 'Where do you feel the pain or cramp?' }).waitFor();
  await page.getByLabel('Your left calf', { exact: true }).check();
  await shot(page, 'question-body-map');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { level: 1, name: /when you walk/ }).waitFor();
  await answer(page, 'Yes');
  await page.getByRole('heading', { level: 1, name: /stand still/ }).waitFor();
  await answer(page, 'It usually goes away in 10 minutes or less');
  await page.getByRole('heading', { level: 1, name: /cramps in your calf or foot at night/ }).waitFor();
  await answer(page, 'No');

  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  await shot(page, 'result-claudication');
  const main = await page.locator('main').innerText();
  assert.match(main, /See a doctor about your symptoms/);
  const first = await page.locator('.condition h3').first().innerText();
  assert.match(first, /peripheral arterial disease/);
  assert.match(main, /femoro-popliteal/);
  assert.match(main, /ankle-brachial index/);
  assert.match(main, /not a diagnosis/);

  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(foreignRequests(record), []);
  assert.ok(record.requests.length >= 3, 'the page, its script and its wasm were requested');
  await context.close();
});

test('a sudden cold leg puts the emergency care card first', async () => {
  const { context, page, record } = await openPage(browser, { width: 360, height: 740 });
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 'Yes');
  // The remaining questions may still be asked for information; whatever else is answered,
  // the emergency care card comes first on the result.
  for (let i = 0; i < 30; i++) {
    const h1 = page.locator('main h1');
    const heading = await h1.innerText();
    if (heading === 'Your result') break;
    const dontKnow = page.getByLabel("I don't know", { exact: true });
    if (await dontKnow.count()) await dontKnow.check();
    else await page.locator('main input').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction((before) => document.querySelector('main h1')?.innerText !== before, heading);
  }
  await shot(page, 'result-emergency-360');
  const card = page.locator('.care-card');
  assert.match(await card.innerText(), /Call your local emergency number/);
  assert.match(await card.innerText(), /suddenly become cold/);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(foreignRequests(record), []);
  await context.close();
});

test('continuing without an answer shows an error summary and keeps the page', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Select an answer to continue/);
  await shot(page, 'question-error');
  await context.close();
});
