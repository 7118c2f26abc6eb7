// Issue 12 on a phone (360 x 780, touch): age first, progress by section, pregnancy asked as its
// own question (and only where it can apply), "Check your answers" grouped by section, and every
// screen opening at the top with Back and the progress in view, after a tap, Back or a reload.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot } = require('./support.cjs');
const { completeJourney } = require('./journey.cjs');
const { NIGHT_CRAMPS } = require('./personas.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A 360 x 780 touch phone, recording page errors (support.cjs's openPage). */
async function phone() {
  const { context, page, record } = await openPage(browser, { width: 360, height: 780, touch: true, locale: 'en-GB' });
  return { context, page, errors: record.pageErrors };
}

const heading = async (page) => (await page.locator('main h1').innerText()).trim();
const progress = (page) => page.locator('main .progress__label').innerText();

/** The screen is at the top: nothing scrolled, and Back and the progress line are in view. */
async function atTop(page, where) {
  await page.waitForTimeout(50);
  const { y, back, restoration } = await page.evaluate(() => {
    const link = document.querySelector('main .back-link');
    return { y: window.scrollY, back: link ? link.getBoundingClientRect().top : null, restoration: history.scrollRestoration };
  });
  assert.notEqual(back, null, `${where}: no Back link`);
  assert.equal(restoration, 'manual', 'the browser would put back an old scroll position');
  assert.equal(y, 0, `${where}: opened scrolled down by ${y} px`);
  assert.ok(back >= 0 && back < 780, `${where}: Back is out of view (${back})`);
}

test('a pregnant woman on a phone: age first, sections, pregnancy on its own, grouped answers, screens at the top', async () => {
  const { context, page, errors } = await phone();
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').tap();
  await page.locator('main h1').waitFor();
  assert.equal(await heading(page), 'How old are you?', 'the first question is age');
  assert.equal(await progress(page), 'Part 1 of 5: About you');
  assert.equal(await page.locator('main .progress__bar li').count(), 5);
  // Polish: the heading that takes focus for screen readers shows no focus box after a tap.
  const ring = await page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    const style = getComputedStyle(h1);
    return { focused: document.activeElement === h1, outline: style.outlineStyle, shadow: style.boxShadow };
  });
  assert.ok(ring.focused, 'the new screen\'s heading has focus');
  assert.equal(ring.outline, 'none');
  assert.equal(ring.shadow, 'none');
  await shot(page, 'phone-age-360');
  const seen = await completeJourney(page, [
    [/How old are you/, 31],
    [/pregnant, or have you had a baby/, 'Yes, I am pregnant'],
    ...NIGHT_CRAMPS.filter(([re]) => !re.test('How old are you?')),
  ], {
    until: /Check your answers/,
    onScreen: async (h) => {
      if (/health conditions/.test(h)) {
        // Pregnancy is not offered as a health condition any more.
        assert.equal(await page.getByLabel(/pregnant/i).count(), 0, 'pregnancy listed as a condition');
        assert.equal(await progress(page), 'Part 2 of 5: Warning signs and your health');
      }
      if (/Where do you feel/.test(h)) assert.equal(await progress(page), 'Part 3 of 5: Where it hurts');
      // Radios and checkboxes are 40 px, as GOV.UK's, and their labels are the tap target too.
      for (const box of await page.locator('main .choice input').evaluateAll((all) =>
        all.map((i) => { const r = i.getBoundingClientRect(); return [r.width, r.height]; }))) {
        assert.ok(box[0] >= 40 && box[1] >= 40, `${h}: a ${box[0]} x ${box[1]} px choice`);
      }
      await atTop(page, h);
    },
  });
  const conditions = seen.findIndex((h) => /health conditions/.test(h));
  const pregnancy = seen.findIndex((h) => /pregnant, or have you had a baby/.test(h));
  assert.ok(conditions > 0 && pregnancy === conditions + 1, `pregnancy is its own question: ${seen.join(' | ')}`);

  // Check your answers: one heading per section, in asking order; pregnancy under warning signs.
  const sections = await page.locator('main .summary-section h2').allInnerTexts();
  assert.deepEqual(sections, ['About you', 'Warning signs and your health', 'Where it hurts', 'Your symptoms', 'Your health and medicines']);
  const warning = await page.locator('main .summary-section').nth(1).innerText();
  assert.match(warning, /Are you pregnant, or have you had a baby in the last 6 weeks\?\s+Yes, I am pregnant/);
  await shot(page, 'phone-check-grouped-360');

  // Scrolled to the bottom, a Change link opens its question at the top; so do Back and a reload.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator('main .summary-list__action a').last().tap();
  await page.waitForFunction(() => !/Check your answers/.test(document.querySelector('main h1')?.innerText ?? ''));
  await atTop(page, 'after Change');
  await page.goBack();
  await page.waitForFunction(() => /Check your answers/.test(document.querySelector('main h1')?.innerText ?? ''));
  await atTop(page, 'after Back');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await heading(page), 'Check your answers');
  await atTop(page, 'after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 70-year-old is not asked about pregnancy, and "I don\'t know" to age still asks it', async () => {
  for (const [age, asked] of [[70, false], [null, true]]) {
    const { context, page } = await phone();
    await page.goto(BASE_URL);
    await page.locator('main button.button--start').tap();
    await page.locator('main h1').waitFor();
    const seen = await completeJourney(page, [[/How old are you/, age ?? 'dont know']], { until: /Where do you feel/ });
    assert.equal(seen.some((h) => /pregnant/.test(h)), asked, `age ${age}: ${seen.join(' | ')}`);
    await context.close();
  }
});

test('the clinicians page lists every source with its confidence label, and the arteries mapping', async () => {
  const { context, page, errors } = await phone();
  await page.goto(`${BASE_URL}#/clinicians`);
  await page.locator('main h1').waitFor();
  await page.locator('main details summary', { hasText: /Show all \d+ sources/ }).tap();
  const sources = page.locator('main ol.references li');
  assert.ok(await sources.count() >= 20, `${await sources.count()} sources`);
  const text = await page.locator('main').innerText();
  assert.match(text, /\[[a-z0-9_]+\] .+\((confirmed|partly confirmed|not confirmed)\)/);
  const labels = await sources.allInnerTexts();
  assert.ok(labels.some((l) => /\(not confirmed\)/.test(l)), 'unconfirmed sources are labelled as such');
  assert.match(text, /Calf: [A-Z][a-z-]+/);
  await shot(page, 'phone-clinicians-360');
  assert.deepEqual(errors, []);
  await context.close();
});
