// Trust and outputs (issue 12, point 8), on a 360x780 touch screen: the footer on every screen
// (the review date from the knowledge base, working links to the privacy notice and the
// accessibility statement, Back returning), both pages free of axe violations in both
// languages, Copy link and the phone's share sheet, and a shared result addressed to its reader.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { BASE_URL, ROOT, AxeBuilder, AXE_TAGS, launch, openPage, shot, foreignRequests } = require('./support.cjs');
const { completeJourney } = require('./journey.cjs');
const { NIGHT_CRAMPS } = require('./personas.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 360, height: 780, options: { hasTouch: true, isMobile: true } };

// The review date and version, from the knowledge base itself.
const meta = fs.readFileSync(path.join(ROOT, 'crates/engine/knowledge/00-meta.toml'), 'utf8');
const field = (name) => meta.match(new RegExp(`^${name} = "([^"]+)"`, 'm'))[1];
const [year, month, day] = field('reviewed').split('-').map(Number);
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const REVIEWED_EN = `Content last updated: ${day} ${MONTHS_EN[month - 1]} ${year} (version ${field('version')})`;
const REVIEWED_ES = `Actualizado el ${day} de ${MONTHS_ES[month - 1]} de ${year} (versión ${field('version')})`;

const heading = async (page) => (await page.locator('main h1').innerText()).trim();
async function waitHeading(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('main h1')?.innerText ?? ''),
    re.source, { timeout: 15000 });
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The footer of the current screen: its review line and its two links. */
async function checkFooter(page, where, reviewed = REVIEWED_EN) {
  const footer = page.getByRole('contentinfo');
  assert.equal(await footer.count(), 1, `${where}: one footer`);
  assert.ok((await footer.innerText()).includes(reviewed), `${where}: ${await footer.innerText()}`);
  assert.equal(await footer.locator('a[href="#/privacy"]').count(), 1, `${where}: privacy link`);
  assert.equal(await footer.locator('a[href="#/accessibility"]').count(), 1, `${where}: accessibility link`);
}

test('the footer is on every screen, with the review date and links that Back returns from', async () => {
  const { context, page, record } = await openPage(browser, PHONE);
  await page.goto(BASE_URL);
  await page.locator('main h1').waitFor();
  await checkFooter(page, 'start');
  await shot(page, 'trust-footer-start-360');
  await page.locator('main button.button--start').tap();
  const screens = await completeJourney(page, NIGHT_CRAMPS, {
    onScreen: async (h) => checkFooter(page, h),
  });
  assert.ok(screens.length > 8, screens.join(' | '));

  // From a question part way through: the privacy notice, and its Back link returns.
  await page.goto(BASE_URL + '#/q/pain_sites');
  await waitHeading(page, /Where do you feel/);
  const question = await heading(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).tap();
  await waitHeading(page, /^Privacy notice$/);
  await checkFooter(page, 'privacy');
  assert.match(await page.locator('main').innerText(), /30 days/);
  await page.locator('main a.back-link').tap();
  await waitHeading(page, new RegExp(`^${escape(question)}$`));
  // The accessibility statement, and the browser's back button returns.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).tap();
  await waitHeading(page, /^Accessibility statement$/);
  assert.match(await page.locator('main').innerText(), /WCAG\) version 2\.2 at level AA/);
  await page.goBack();
  await waitHeading(page, new RegExp(`^${escape(question)}$`));
  // Opened directly, its Back link goes to the start.
  await page.goto(BASE_URL + '#/accessibility');
  await page.reload();
  await waitHeading(page, /^Accessibility statement$/);
  await page.locator('main a.back-link').tap();
  await waitHeading(page, /Check your leg pain/);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(foreignRequests(record), []);
  await context.close();
});

for (const lang of ['en', 'es']) {
  test(`the privacy and accessibility pages pass axe, and fit 320 px (${lang})`, async () => {
    const { context, page } = await openPage(browser, PHONE);
    const problems = [];
    for (const [route, title] of [['privacy', /^(Privacy notice|Aviso de privacidad)$/],
      ['accessibility', /^(Accessibility statement|Declaración de accesibilidad)$/]]) {
      await page.goto(`${BASE_URL}?lang=${lang}#/${route}`);
      await waitHeading(page, title);
      await checkFooter(page, route, lang === 'en' ? REVIEWED_EN : REVIEWED_ES);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.ok(results.passes.length >= 10, `${route}: axe checked too little`);
      for (const v of results.violations) {
        problems.push(`${lang}-${route}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await page.setViewportSize({ width: 320, height: 780 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${lang}-${route}: scrolls sideways by ${overflow}px at 320px`);
      await page.setViewportSize({ width: 360, height: 780 });
      await shot(page, `trust-${lang}-${route}-360`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** The night-cramps result, then "Create a share link": returns the link. */
async function sharedLink(page) {
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').tap();
  await completeJourney(page, NIGHT_CRAMPS);
  await page.getByRole('button', { name: 'Create a share link' }).tap();
  return page.locator('#share-link').inputValue();
}

test('Copy link puts the link on the clipboard; Share shows only with a share sheet', async () => {
  const { context, page } = await openPage(browser, {
    ...PHONE, options: { ...PHONE.options, permissions: ['clipboard-read', 'clipboard-write'] },
  });
  const link = await sharedLink(page);
  assert.match(link, /#\/share\/v1\./);
  // Desktop Chromium has no navigator.share, so no Share button.
  assert.equal(await page.evaluate(() => 'share' in navigator), false);
  assert.equal(await page.getByRole('button', { name: 'Share', exact: true }).count(), 0);
  await page.getByRole('button', { name: 'Copy link' }).tap();
  await page.locator('.share [role=status]', { hasText: 'The link has been copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await shot(page, 'trust-share-copied-360');
  // The download says what it is in plain words, and names the format for the clinic.
  const fhir = page.getByRole('button', { name: "Download the answers as a file for your clinic's computer system" });
  assert.match(await fhir.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).innerText()), /FHIR/);
  await context.close();
});

test('Share opens the phone\'s share sheet with the link; without a clipboard the link stays to copy', async () => {
  const { context, page } = await openPage(browser, PHONE);
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async function share(data) { window.__shared = data; },
    });
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  const link = await sharedLink(page);
  await page.getByRole('button', { name: 'Share', exact: true }).tap();
  await page.locator('.share [role=status]', { hasText: 'The link has been shared.' }).waitFor();
  assert.equal(await page.evaluate(() => window.__shared.url), link);
  await page.getByRole('button', { name: 'Copy link' }).tap();
  await page.locator('.share [role=status]', { hasText: 'Select the link in the box above' }).waitFor();
  assert.ok(await page.locator('#share-link').isVisible(), 'the link stays visible to copy by hand');
  await shot(page, 'trust-share-sheet-360');
  await context.close();
});

for (const [lang, title, answers, yours] of [
  ['en', 'Result from a shared link', 'The answers in this link', /^Your (result|answers)$/],
  ['es', 'Resultado de un enlace compartido', 'Las respuestas de este enlace', /^Su(s)? (resultado|respuestas)$/],
]) {
  test(`a shared result speaks to its reader, not as "Your result" (${lang})`, async () => {
    const { context, page } = await openPage(browser, PHONE);
    const link = await sharedLink(page);
    const reader = await openPage(browser, { ...PHONE, locale: lang });
    await reader.page.goto(link);
    await waitHeading(reader.page, new RegExp(`^${title}$`));
    const headings = await reader.page.locator('main h1, main h2').allInnerTexts();
    assert.ok(!headings.some((h) => yours.test(h.trim())), headings.join(' | '));
    // The answers are on screen for whoever reads the link (a clinician).
    assert.ok(await reader.page.getByRole('heading', { name: answers }).isVisible());
    assert.ok(await reader.page.locator('main .your-answers').getByText(/Right calf|right calf|Pantorrilla/).first().isVisible());
    // The urgency is unchanged: the care card still says what to do.
    assert.ok(await reader.page.locator('.care-card').isVisible());
    await shot(reader.page, `trust-${lang}-shared-result-360`);
    await Promise.all([reader.context.close(), context.close()]);
  });
}
