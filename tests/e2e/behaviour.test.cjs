// What people expect of a real product: keyboard-only use, editing an answer, reloads, deep
// links and the back button, saved and corrupt data, disabled storage, share links, languages.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot, foreignRequests } = require('./support.cjs');
const { completeJourney, readResult } = require('./journey.cjs');
const { NIGHT_CRAMPS } = require('./personas.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function start(page, url = BASE_URL) {
  await page.goto(url);
  await page.locator('main button.button--start').click();
}

const heading = (page) => page.locator('main h1').innerText();

/** Waits until the page heading matches. */
async function waitHeading(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('main h1')?.innerText ?? ''), re.source);
}

/** Presses Tab until `locator` has focus (fails after 80 presses). */
async function tabTo(page, locator) {
  const target = await locator.elementHandle();
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((el) => document.activeElement === el, target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('the whole journey can be done with the keyboard alone', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL);
  await tabTo(page, page.locator('main button.button--start'));
  await page.keyboard.press('Enter');
  const answers = {
    'Where do you feel': ['right_calf'],
    'Which of these describe': ['cramp'],
    'When do the cramps happen': ['night_or_rest'],
    'How long does a cramp': 'up_to_10_min',
    'How often do you get the cramps': 'less_than_weekly',
    'How old are you': 64,
  };
  for (let step = 0; step < 60; step++) {
    const h1 = (await heading(page)).trim();
    if (h1 === 'Your result') break;
    if (h1 === 'Check your answers') {
      await tabTo(page, page.getByRole('button', { name: 'See your result' }));
      await page.keyboard.press('Enter');
    } else {
      const key = Object.keys(answers).find((k) => h1.startsWith(k));
      const want = key ? answers[key] : undefined;
      const number = page.locator('main input[type=number]');
      if (await number.count()) {
        await tabTo(page, number);
        await page.keyboard.type(String(want));
      } else {
        const groups = page.locator('main form fieldset');
        for (let g = 0; g < await groups.count(); g++) {
          const group = groups.nth(g);
          const values = await group.locator('input').evaluateAll((els) => els.map((e) => e.value));
          const targets = [].concat(want ?? (values.includes('none') ? 'none' : values.includes('no') ? 'no' : []));
          for (const value of targets) {
            const input = group.locator(`input[value="${value}"]`);
            if (!(await input.count())) continue;
            if ((await input.getAttribute('type')) === 'radio') {
              // Tab enters the group on its first radio; arrows move and select.
              await tabTo(page, group.locator('input').first());
              for (let i = 0; i < values.indexOf(value); i++) await page.keyboard.press('ArrowRight');
              if (values.indexOf(value) === 0) await page.keyboard.press('Space');
            } else {
              await tabTo(page, input);
              await page.keyboard.press('Space');
            }
          }
        }
      }
      await tabTo(page, page.getByRole('button', { name: 'Continue' }));
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((b) => document.querySelector('main h1')?.innerText.trim() !== b, h1);
    // Focus moves to the new screen's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  }
  const result = await readResult(page);
  assert.equal(result.firstId, 'nocturnal_leg_cramp');
  await shot(page, 'keyboard-result');
  await context.close();
});

test('changing an answer on Check your answers re-runs the flow and changes the result', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  assert.equal((await readResult(page)).firstId, 'nocturnal_leg_cramp');
  await page.locator('main a.back-link').click();
  await waitHeading(page, /^Check your answers$/);
  const row = page.locator('.summary-list__row', { hasText: 'When do the cramps happen?' });
  await row.getByRole('link', { name: /Change/ }).click();
  await waitHeading(page, /^When do the cramps happen\?$/);
  assert.ok(await page.getByLabel('At night in bed, or while resting').isChecked(), 'the old answer is kept');
  await page.getByLabel('At night in bed, or while resting').uncheck();
  await page.getByLabel('During exercise or sport').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // The new answer opens a question that was not asked before, then comes back.
  await completeJourney(page, [[/fit and well/, 'Yes']]);
  const result = await readResult(page);
  assert.equal(result.firstId, 'exercise_associated_cramp');
  await context.close();
});

test('reload and the back button keep every answer', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  // Age, the warning signs, then the health conditions.
  await completeJourney(page, [[/How old are you/, 60], [/.*/, 'No']], { until: /health conditions/ });
  assert.match(await heading(page), /health conditions/);
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.match(await heading(page), /health conditions/, 'the same question after a reload');
  await page.goBack();
  await page.waitForFunction(() => /warning signs/.test(document.querySelector('main h1')?.innerText));
  const kept = await page.locator('main input[type=radio]:checked').count();
  assert.equal(kept, 4, 'the four answers are still chosen');
  await context.close();
});

test('a deep link to a question not yet reached goes to where the person is', async () => {
  const { context, page } = await openPage(browser);
  // Age comes first, so a link to a later question opens the age question.
  await page.goto(BASE_URL + '#/q/pain_sites');
  await page.waitForFunction(() => /How old are you/.test(document.querySelector('main h1')?.innerText));
  assert.match(page.url(), /#\/q\/age$/);
  await page.goto(BASE_URL + '#/red-flags');
  await page.waitForFunction(() => /How old are you/.test(document.querySelector('main h1')?.innerText));
  await page.goto(BASE_URL + '#/no/such/page');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await context.close();
});

test('corrupt saved answers give a clear notice and a fresh start', async () => {
  const { context, page, record } = await openPage(browser);
  await page.goto(BASE_URL);
  await waitHeading(page, /Check your leg pain/);
  await page.evaluate(() => sessionStorage.setItem('legcheck.answers', '{"format":1,"answers":'));
  await page.reload();
  await page.locator('.banner').waitFor();
  assert.match(await page.locator('.banner').innerText(), /could not read your saved answers/);
  assert.equal(await heading(page), 'Check your leg pain or cramps');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('legcheck.answers')), null);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('with storage disabled the app still works and says progress will not be kept', async () => {
  const { context, page, record } = await openPage(browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
  });
  await start(page);
  assert.match(await page.locator('.banner').innerText(), /not letting LegCheck store anything/);
  await completeJourney(page, NIGHT_CRAMPS);
  assert.equal((await readResult(page)).firstId, 'nocturnal_leg_cramp');
  assert.equal(await page.locator('#save-device').count(), 0, 'saving on the device is not offered');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('with storage refused altogether (its getters throw, as in a blocked cross-site frame) the app still works and says so', async () => {
  const { context, page, record } = await openPage(browser);
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    }
  });
  await start(page);
  assert.match(await page.locator('.banner').innerText(), /not letting LegCheck store anything/);
  await completeJourney(page, NIGHT_CRAMPS);
  assert.equal((await readResult(page)).firstId, 'nocturnal_leg_cramp');
  // Neither the glue's early look at the storages nor the app's reads threw out of the page.
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('save on this device, then clear my answers removes everything', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  await page.getByLabel('Save on this device to continue later').check();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('legcheck.answers')));
  assert.equal(saved.format, 1);
  assert.ok(saved.kb_version);
  assert.ok(saved.expires_at > Date.now() + 29 * 24 * 3600 * 1000, 'kept for 30 days');
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.locator('.banner', { hasText: 'cleared' }).waitFor();
  const left = await page.evaluate(() => [localStorage.length, sessionStorage.getItem('legcheck.answers')]);
  assert.deepEqual(left, [0, null]);
  await context.close();
});

test('a share link opens the same result; a tampered one is refused', async () => {
  const { context, page, record } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  const own = await readResult(page);
  await page.getByRole('button', { name: 'Create a share link' }).click();
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /#\/share\/v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  const other = await openPage(browser);
  await other.page.goto(link);
  await other.page.getByRole('heading', { name: 'Result from a shared link' }).waitFor();
  assert.equal((await readResult(other.page)).firstId, own.firstId);
  assert.match(await other.page.locator('.banner').innerText(), /answers from a share link/);
  const tampered = link.replace(/\.([0-9a-f]{8})$/, (_, sum) => `.${sum.slice(1)}0`);
  const third = await openPage(browser);
  await third.page.goto(tampered);
  await third.page.locator('.banner').waitFor();
  assert.match(await third.page.locator('.banner').innerText(), /damaged or incomplete/);
  assert.equal(await third.page.locator('main h1').innerText(), 'Check your leg pain or cramps');
  assert.deepEqual(third.record.pageErrors, []);
  for (const r of [record, other.record, third.record]) assert.deepEqual(foreignRequests(r), []);
  await Promise.all([other.context.close(), third.context.close(), context.close()]);
});

test('the result downloads as a FHIR QuestionnaireResponse', async () => {
  const { context, page } = await openPage(browser);
  await start(page);
  await completeJourney(page, NIGHT_CRAMPS);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download the answers as a file for your clinic's computer system" }).click(),
  ]);
  const file = await download.path();
  const fhir = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
  assert.equal(fhir.resourceType, 'QuestionnaireResponse');
  assert.equal(fhir.status, 'completed');
  assert.ok(fhir.item.some((i) => i.linkId === 'pain_sites' && i.answer[0].valueCoding.code === 'right_calf'));
  await context.close();
});

test('?lang=es opens LegCheck in Spanish', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL + '?lang=es');
  assert.equal(await heading(page), '¿Le duelen las piernas o tiene calambres?');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await context.close();
});

test('the clinicians page calculates the ABI and rejects implausible pressures', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL + '#/clinicians');
  await page.getByLabel('Left arm (brachial)').fill('140');
  await page.getByLabel('Left ankle, posterior tibial (PT)').fill('126');
  await page.getByLabel('Right ankle, dorsalis pedis (DP)').fill('1500');
  await page.getByLabel('Right arm (brachial)').fill('abc');
  await page.getByRole('button', { name: 'Calculate ABI' }).click();
  // Every problem at once: in the error summary, which takes focus, and at each field.
  const summary = page.locator('.abi .error-summary');
  assert.equal(await summary.locator('li').count(), 2);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  const messages = await page.locator('.abi .error-message').allInnerTexts();
  assert.equal(messages.length, 2);
  assert.match(messages.join('\n'), /Right ankle, dorsalis pedis \(DP\): enter a pressure from 0 to 350 mmHg/);
  assert.match(messages.join('\n'), /Right arm \(brachial\): enter a pressure from 50 to 300 mmHg/);
  // A decimal comma is a decimal point: 126,0 is 126, not 1260.
  await page.getByLabel('Right arm (brachial)').fill('');
  await page.getByLabel('Left ankle, posterior tibial (PT)').fill('126,0');
  await page.getByLabel('Right ankle, dorsalis pedis (DP)').fill('150');
  await page.getByRole('button', { name: 'Calculate ABI' }).click();
  assert.equal(await page.locator('.abi .error-summary').count(), 0);
  assert.equal(await page.locator('.abi .warning').count(), 0);
  const result = await page.locator('.abi-result').innerText();
  assert.match(result, /Left leg: ABI 0\.90 \(abnormal/);
  assert.match(result, /Right leg: ABI 1\.07 \(normal/);
  // Arm 50 with ankle 300: each plausible alone, an ABI of 6.00 together: checked, not believed.
  await page.getByLabel('Left arm (brachial)').fill('50');
  await page.getByLabel('Left ankle, posterior tibial (PT)').fill('300');
  await page.getByRole('button', { name: 'Calculate ABI' }).click();
  assert.match(await page.locator('.abi .warning').innerText(), /Check these pressures/);
  assert.ok(await page.locator('table.differential tbody tr').count() >= 8);
  const doc = await page.request.get(BASE_URL + 'docs/hazard-log.md');
  assert.equal(doc.status(), 200);
  await shot(page, 'clinicians');
  await context.close();
});

test('each screen gets elements of its own, even between two pages drawn by plain functions', async () => {
  // The privacy, accessibility, clinicians and start pages are plain functions, not
  // components: without the route key on their wrapper, Yew patches one page's elements into
  // the next (shown by removing it: privacy to accessibility kept the heading, which was
  // already focused, so moving focus to it announced nothing).
  const { context, page, record } = await openPage(browser);
  await page.goto(`${BASE_URL}#/privacy`);
  await waitHeading(page, /Privacy/);
  await page.evaluate(() => { window.__before = [...document.querySelectorAll('main *')]; });
  for (const [hash, re] of [['#/accessibility', /Accessibility/], ['#/privacy', /Privacy/], ['#/clinicians', /For clinicians/], ['#/', /leg pain/]]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await waitHeading(page, re);
    const reused = await page.evaluate(() => {
      const now = [...document.querySelectorAll('main *')];
      const kept = now.filter((el) => window.__before.includes(el)).map((el) => el.tagName);
      window.__before = now;
      return kept;
    });
    assert.deepEqual(reused, [], `${hash} reused the last screen's elements`);
  }
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
