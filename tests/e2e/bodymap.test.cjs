// The body map and the artery drawing on a phone (360 x 780, touch): every region's own box,
// the shape that is drawn and tapped, is at least 44 x 44 CSS px on both views; a tap ticks a
// region as well as colouring it, with no hover left behind; the front/back switch keeps and
// counts the other view's choices; the artery drawing shows three separate, labelled parts
// per leg, the ones the result names highlighted.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, axeViolations, launch, openPage, shot } = require('./support.cjs');
const { completeJourney } = require('./journey.cjs');
const { WALKING } = require('./personas.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MAP = /Where do you feel|Dónde siente/;
const FRONT = /^(Front \(facing you\)|Delante \(mirando hacia usted\))/;
const BACK = /^(Back \(seen from behind\)|Detrás \(vista de espaldas\))/;

/** A phone-sized touch page at the body map. */
async function phoneAtMap(lang = 'en') {
  const opened = await openPage(browser, { width: 360, height: 780, touch: true });
  await opened.page.goto(`${BASE_URL}?lang=${lang}`);
  await opened.page.locator('main button.button--start').click();
  await completeJourney(opened.page, [], { until: MAP });
  return opened;
}

/**
 * The regions drawn on the view now shown: each rectangle's box on screen, whether it is
 * drawn (filled and outlined, not transparent), and what a tap at its centre lands on.
 */
async function shownRegions(page) {
  const ids = await page.locator('figure.body-view:not([hidden]) rect.region')
    .evaluateAll((rects) => rects.map((r) => r.dataset.region));
  const regions = [];
  for (const id of ids) {
    const rect = page.locator(`figure.body-view:not([hidden]) rect[data-region="${id}"]`);
    await rect.scrollIntoViewIfNeeded();
    regions.push(await rect.evaluate((r) => {
      const box = r.getBoundingClientRect();
      const style = getComputedStyle(r);
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        id: r.dataset.region,
        width: box.width,
        height: box.height,
        top: box.top + scrollY,
        left: box.left,
        drawn: style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) === 1
          && style.fill !== 'none' && style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0,
        hit: hit === r ? 'itself' : hit && `${hit.tagName}.${hit.getAttribute('class')}`,
      };
    }));
  }
  return regions;
}

for (const lang of ['en', 'es']) {
  test(`every body-map region is at least 44 x 44 CSS px at 360 px with touch (${lang})`, async () => {
    const { context, page } = await phoneAtMap(lang);
    assert.equal(await page.evaluate(() => matchMedia('(hover: hover)').matches), false, 'a touch screen');
    const seen = new Set();
    for (const [name, view, sites] of [[FRONT, 'front', 8], [BACK, 'back', 6]]) {
      const button = page.getByRole('button', { name });
      await button.tap();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('figure.body-view:not([hidden])').getAttribute('data-view'), view);
      const regions = await shownRegions(page);
      assert.equal(regions.length, 2 * sites, `${view}: ${sites} places on each leg`);
      for (const r of regions) {
        assert.ok(r.width >= 44 && r.height >= 44, `${view} ${r.id} is ${r.width.toFixed(1)} x ${r.height.toFixed(1)} px`);
        assert.ok(r.drawn, `${view} ${r.id}: the box measured is the shape drawn`);
        assert.equal(r.hit, 'itself', `${view} ${r.id}: a tap at its centre reaches it`);
        seen.add(r.id);
      }
      // No two regions share any of their area, so each box is that region's alone.
      for (const a of regions) {
        for (const b of regions) {
          if (a === b) continue;
          const apart = a.left + a.width <= b.left || b.left + b.width <= a.left
            || a.top + a.height <= b.top || b.top + b.height <= a.top;
          assert.ok(apart, `${a.id} overlaps ${b.id}`);
        }
      }
      // The other view takes no room and no taps.
      assert.equal(await page.locator('figure.body-view[hidden] rect.region').first().isVisible(), false);
      // Which leg is which, in large print over each leg.
      const sides = page.locator('figure.body-view:not([hidden]) .body-sides span');
      assert.equal(await sides.count(), 2);
      for (let i = 0; i < 2; i++) {
        assert.ok(parseFloat(await sides.nth(i).evaluate((e) => getComputedStyle(e).fontSize)) >= 18);
      }
      const [viewerLeft, viewerRight] = await sides.allInnerTexts();
      if (view === 'front') {
        assert.match(viewerLeft, /right|derecha/, 'facing you: the right leg on the left of the picture');
        assert.match(viewerRight, /left|izquierda/);
      } else {
        assert.match(viewerLeft, /left|izquierda/, 'from behind: the left leg on the left');
        assert.match(viewerRight, /right|derecha/);
      }
      await shot(page, `bodymap-${lang}-${view}-360`);
    }
    assert.equal(seen.size, 28, 'every place on both legs was measured');
    await context.close();
  });
}

test('a tap ticks a region as well as colouring it, and the other view keeps its choices', async () => {
  const { context, page, record } = await phoneAtMap();
  const region = (id) => page.locator(`rect[data-region="${id}"]`);
  const tick = (id) => page.locator(`.tick[data-region="${id}"]`);
  const fill = (id) => region(id).evaluate((r) => getComputedStyle(r).fill);
  await page.getByRole('button', { name: BACK }).tap();
  const untouched = await fill('right_calf');
  // Where a region's centre is on the page (its box grows with the chosen outline).
  const centre = (id) => region(id).evaluate((r) => {
    const b = r.getBoundingClientRect();
    return [Math.round(b.x + b.width / 2 + scrollX), Math.round(b.y + b.height / 2 + scrollY)];
  });
  const before = await centre('left_calf');
  await region('left_calf').tap();
  assert.ok(await page.getByLabel('Your left calf', { exact: true }).isChecked());
  assert.equal(await tick('left_calf').count(), 1, 'a tick on the chosen region');
  assert.notEqual(await fill('left_calf'), untouched, 'and a colour');
  assert.deepEqual(await centre('left_calf'), before, 'nothing moved under the finger');
  await region('right_calf').tap();
  // No hover style stays on the last region tapped: both chosen calves look the same.
  assert.equal(await fill('right_calf'), await fill('left_calf'));
  assert.equal(await tick('right_calf').count(), 1);
  // The front view, and back again: nothing is lost, and each view's button counts its own.
  await page.getByRole('button', { name: FRONT }).tap();
  await region('right_knee').tap();
  assert.match(await page.getByRole('button', { name: FRONT }).innerText(), /1 chosen/);
  assert.match(await page.getByRole('button', { name: BACK }).innerText(), /2 chosen/);
  assert.equal(await page.locator('.chosen').innerText(),
    'You have chosen 3 places: Your left calf, Your right calf, Your right knee');
  await page.getByRole('button', { name: BACK }).tap();
  assert.equal(await tick('left_calf').count(), 1);
  // A second tap takes a place off again.
  await region('left_calf').tap();
  assert.equal(await tick('left_calf').count(), 0);
  assert.equal(await page.getByLabel('Your left calf', { exact: true }).isChecked(), false);
  assert.match(await page.getByRole('button', { name: BACK }).innerText(), /1 chosen/);
  await page.getByRole('button', { name: /^Continue$/ }).tap();
  await page.waitForFunction(() => !/Where do you feel/.test(document.querySelector('main h1')?.innerText));
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('both views pass axe, in the light and the dark scheme, with places chosen', async () => {
  const { context, page } = await phoneAtMap();
  await page.getByLabel('Your left knee', { exact: true }).check();
  await page.getByLabel('Your left calf', { exact: true }).check();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    for (const name of [FRONT, BACK]) {
      await page.getByRole('button', { name }).tap();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${name}`);
    }
  }
  await context.close();
});

test('the view switch and the lists work from the keyboard alone', async () => {
  const { context, page } = await phoneAtMap();
  const back = page.getByRole('button', { name: BACK });
  await page.getByRole('button', { name: FRONT }).focus();
  await page.keyboard.press('Tab');
  assert.ok(await back.evaluate((b) => b === document.activeElement), 'the next stop after Front');
  assert.ok(await back.evaluate((b) => b.matches(':focus-visible') && getComputedStyle(b).outlineStyle !== 'none'));
  await page.keyboard.press('Enter');
  assert.equal(await back.getAttribute('aria-pressed'), 'true');
  const box = page.getByLabel('Your right sole of foot', { exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('.tick[data-region="right_sole"]').count(), 1, 'the picture follows the list');
  await context.close();
});

test('the artery drawing shows three separate, labelled parts per leg, the named ones highlighted', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 780, touch: true });
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').click();
  await completeJourney(page, [[/Where do you feel/, ['Your left calf']], ...WALKING]);
  assert.match(await page.locator('main').innerText(), /Your left leg\s+Arteries of the thigh and behind the knee \(femoro-popliteal\)/);
  const parts = await page.locator('.artery-figure [data-segment]').evaluateAll((gs) => gs.map((g) => {
    const line = g.querySelector('.artery');
    const style = getComputedStyle(line);
    const label = g.querySelector('.artery-label');
    return {
      leg: g.dataset.leg,
      segment: g.dataset.segment,
      on: line.classList.contains('artery--on'),
      dash: style.strokeDasharray,
      width: parseFloat(style.strokeWidth),
      label: label.textContent.trim(),
      bold: Number(getComputedStyle(label).fontWeight) >= 700,
    };
  }));
  assert.equal(parts.length, 6, 'three parts on each leg');
  for (const leg of ['left', 'right']) {
    const mine = parts.filter((p) => p.leg === leg);
    assert.deepEqual(mine.map((p) => p.segment).sort(), ['aortoiliac', 'femoropopliteal', 'tibial']);
    assert.equal(new Set(mine.map((p) => p.dash)).size, 3, `${leg}: each part drawn its own way`);
    assert.equal(new Set(mine.map((p) => p.label)).size, 3, `${leg}: each part labelled`);
  }
  const label = (p) => p.label.replace(/\s+/g, '');
  assert.deepEqual(parts.filter((p) => p.leg === 'left').map(label).sort(), ['Aorto-iliac', 'Femoro-popliteal', 'Tibial']);
  // Pain in the left calf names the left leg's femoro-popliteal and tibial arteries: those, and
  // only those, are highlighted, thicker and labelled in bold (not by colour alone).
  const on = parts.filter((p) => p.on).map((p) => `${p.leg} ${p.segment}`).sort();
  assert.deepEqual(on, ['left femoropopliteal', 'left tibial']);
  const off = parts.find((p) => p.leg === 'right' && p.segment === 'tibial');
  for (const p of parts.filter((p) => p.on)) {
    assert.ok(p.bold && p.width > off.width, `${p.segment} stands out`);
  }
  assert.ok(parts.filter((p) => !p.on).every((p) => !p.bold));
  await page.locator('.artery-map').scrollIntoViewIfNeeded();
  await shot(page, 'arteries-en-360');
  await context.close();
});
