// axe-core on every screen, in both languages, with zero violations allowed (WCAG 2.2 A and
// AA rules); no horizontal scrolling at 320 px; a screenshot of every screen at 360 px and
// 1280 px (target/e2e-artifacts/).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, AxeBuilder, AXE_TAGS, launch, openPage, shot } = require('./support.cjs');
const { completeJourney } = require('./journey.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Checks the current screen: axe, reflow at 320 px, and screenshots at 360 and 1280 px. */
async function audit(page, name, problems) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.passes.length < 10) problems.push(`${name}: axe checked too little (${results.passes.length} rules)`);
  for (const v of results.violations) {
    problems.push(`${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${name}: scrolls sideways by ${overflow}px at 320px wide`);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `screen-${name}-${width}`);
  }
}

const slug = (heading) => heading.toLowerCase().replace(/[^a-z0-9áéíóúñ]+/g, '-').slice(0, 40);

for (const lang of ['en', 'es']) {
  test(`every screen passes axe with zero violations (${lang})`, async () => {
    const problems = [];
    const { context, page } = await openPage(browser);
    const url = `${BASE_URL}?lang=${lang}`;
    await page.goto(url);
    await page.locator('main h1').waitFor();
    await audit(page, `${lang}-start`, problems);

    // Age first: its error summary, then "LegCheck is for adults" under 18.
    await page.locator('main button.button--start').click();
    await page.locator('main form button[type=submit]').click();
    await page.locator('.error-summary').waitFor();
    await audit(page, `${lang}-age-error`, problems);
    await page.locator('#age-number').fill('15');
    await page.locator('main form button[type=submit]').click();
    await page.locator('.panel--adults').waitFor();
    await audit(page, `${lang}-for-adults`, problems);
    await page.locator('#age-number').fill('67');
    await page.locator('main form button[type=submit]').click();

    // The warning-signs screen with its error summary.
    await page.locator('#rf_sudden_cold_leg-0').waitFor();
    await page.locator('main form button[type=submit]').click();
    await page.locator('.error-summary').waitFor();
    await audit(page, `${lang}-red-flags-error`, problems);

    // The emergency card.
    await page.locator('#rf_sudden_cold_leg-0').check();
    for (const id of ['rf_saddle_numbness', 'rf_both_legs_weak', 'rf_breathless_chest_pain']) {
      await page.locator(`#${id}-1`).check();
    }
    await page.locator('main form button[type=submit]').click();
    await page.locator('.care-card--emergency').waitFor();
    await audit(page, `${lang}-emergency`, problems);

    // Every question screen type, Check your answers and the result (with arteries).
    const seen = new Set();
    await completeJourney(page, [
      [/Where do you feel|Dónde siente/, lang === 'en' ? ['Your left calf'] : ['Pantorrilla izquierda']],
      [/Which of these describe|Cuáles de estas frases/, lang === 'en'
        ? ['Aching muscles, not in a joint']
        : ['Dolor en los músculos, no en una articulación']],
      [/How old are you|Cuántos años/, 70],
    ], {
      onScreen: async (heading) => {
        const kind = await page.evaluate(() => {
          if (document.querySelector('main .care-card--emergency')) return 'emergency-card';
          if (document.querySelector('main svg.body-figure')) return 'body-map';
          if (document.querySelector('main input[type=number]')) return 'number';
          if (document.querySelector('main input[type=checkbox]')) return 'multi';
          if (document.querySelector('main .summary-list')) return 'check';
          return 'single';
        });
        if (!seen.has(kind)) {
          seen.add(kind);
          await audit(page, `${lang}-${kind}-${slug(heading)}`, problems);
        }
      },
    });
    await page.locator('details summary').first().click();
    await audit(page, `${lang}-result`, problems);

    await page.goto(`${url}#/clinicians`);
    await page.locator('table.differential').waitFor();
    await page.locator('#abi-arm_left').fill('20');
    await page.locator('form.abi button[type=submit]').click();
    await audit(page, `${lang}-clinicians`, problems);
    await context.close();
    assert.deepEqual(problems, []);
  });
}
