// Clinic embedding across sites: the demo host (localhost) frames LegCheck (127.0.0.1), themes
// it and adds its own next steps (URL parameters and a legcheck:init message), sizes the frame
// from resize events and receives the result; a third origin receives nothing and its commands
// are rejected; the embedded app works with storage unavailable; a clinic is told when LegCheck
// cannot load its questions.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { DIST, KNOWLEDGE, axeViolations, launch, openPage, serve, shot } = require('./support.cjs');
const { completeJourney, readResult } = require('./journey.cjs');
const { NIGHT_CRAMPS } = require('./personas.cjs');

// The clinic's page is another site (localhost, not 127.0.0.1), so the frame is truly
// cross-site: the browser partitions its storage and service worker as it would for a clinic.
const HOST = 'http://localhost:8301';
const APP = 'http://127.0.0.1:8302';
const OTHER = 'http://127.0.0.1:8303';
const servers = [];
let browser;

before(async () => {
  browser = await launch();
  servers.push(await serve(DIST, 8302, { FRAME_ANCESTORS: `'self' ${HOST} ${OTHER}` }));
  servers.push(await serve(DIST, 8301, { FRAME_SRC: `'self' ${APP}` }));
  servers.push(await serve(DIST, 8303, { FRAME_SRC: `'self' ${APP}` }));
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.stop();
});

// Tall enough that the clinic's page never scrolls: in a scrolled page, a resize of the frame
// that shortens the page moves the frame under Playwright's pointer between its scroll and its
// click (the frame is out-of-process, so the two are not in step).
const TALL = { width: 1280, height: 2600 };
const events = (page) => page.locator('#events li').allInnerTexts();
/** The embedded app's frame. */
const appFrame = (page) => page.frames().find((f) => f.url().startsWith(`${APP}/`));

test('a clinic page embeds LegCheck, themes it, sizes it and receives the result', async () => {
  const { context, page, record } = await openPage(browser, TALL);
  await page.goto(`${HOST}/embed-demo.html?app=${APP}/&scale=1.25&init_primary=%23aa0000`);
  // Both arrive; resizing can start before ready, while LegCheck's own loading page is shown
  // (docs/EMBEDDING.md), so the frame is sized from the first screen.
  await page.waitForFunction(() => ['legcheck:resize', 'legcheck:ready'].every((type) =>
    [...document.querySelectorAll('#events li')].some((li) => li.textContent === type)));
  const height = await page.locator('#legcheck').evaluate((f) => f.getBoundingClientRect().height);
  assert.notEqual(Math.round(height), 600, 'the frame was resized from the app');
  const frame = appFrame(page);
  assert.equal(await frame.locator('.app-header').isVisible(), false, 'compact chrome');
  // The footer says who provides LegCheck here: the clinic.
  assert.match(await frame.locator('footer').innerText(), /The clinic whose website you are on gives you LegCheck here/);
  // The colour LegCheck's links and buttons resolve to, and the font scale.
  const theme = () => frame.evaluate(() => [
    getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
    document.documentElement.style.fontSize]);
  await frame.waitForFunction(() => document.documentElement.style.getPropertyValue('--clinic-primary'));
  assert.deepEqual(await theme(), ['#aa0000', '125%'], 'the URL scale and the init message colour');
  await frame.locator('main button.button--start').click();
  await completeJourney(frame, NIGHT_CRAMPS);
  assert.equal((await readResult(frame)).firstId, 'nocturnal_leg_cramp');
  await page.waitForFunction(() => document.getElementById('result').textContent.includes('legcheck:result'));
  const result = JSON.parse(await page.locator('#result').innerText());
  assert.equal(result.version, 1);
  assert.equal(result.triage, 'self_care');
  assert.equal(result.conditions[0].id, 'nocturnal_leg_cramp');
  assert.ok(result.kb_version);
  assert.equal(result.answers, undefined, 'no answers in the event');
  assert.ok((await events(page)).includes('legcheck:progress'));
  // The clinic's own step for this level sits below the care card.
  const step = frame.locator('.care-card + .clinic-step a');
  assert.equal(await step.innerText(), 'Read our leg-cramp leaflet');
  // Opening "Why?" makes the content taller, and the frame follows.
  const frameHeight = () => page.locator('#legcheck').evaluate((f) => f.getBoundingClientRect().height);
  const before = await frameHeight();
  await frame.locator('.condition details summary').first().click();
  await page.waitForFunction((h) => document.getElementById('legcheck').getBoundingClientRect().height > h, before);
  await shot(page, 'embed-demo');
  assert.deepEqual(await axeViolations(page), [], 'the host page and the framed result');
  // The clinic's link opens in the clinic's page, not inside the frame.
  await step.click();
  await page.waitForURL(/embed-demo\.html.*#booking$/);
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a parent that is not the allowed origin receives nothing and its commands are rejected', async () => {
  const { context, page } = await openPage(browser);
  const rejected = [];
  page.on('console', (m) => { if (/rejected a message/.test(m.text())) rejected.push(m.text()); });
  // Embedded by OTHER while configured for HOST.
  await page.goto(`${OTHER}/embed-demo.html?app=${APP}/&parent=${HOST}`);
  const frame = page.frameLocator('#legcheck');
  await frame.locator('main h1').waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await events(page), [], 'no event reached the wrong parent');
  await frame.locator('main button.button--start').click();
  await frame.locator('#age-number').fill('60');
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.locator('main h1', { hasText: 'warning signs' }).waitFor();
  await page.evaluate(() => window.legcheckReset());
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(rejected.some((t) => t.includes(OTHER)), 'the command was logged as rejected');
  assert.match(await frame.locator('main h1').innerText(), /warning signs/, 'the command changed nothing');
  await context.close();
});

test("a clinic's emergency step from its init message shows below the emergency card; a hostile init is refused", async () => {
  const { context, page, record } = await openPage(browser, { width: 360, height: 740 });
  const rejected = [];
  page.on('console', (m) => { if (/rejected a message/.test(m.text())) rejected.push(m.text()); });
  const line = `${HOST}/embed-demo.html#urgent-line`;
  // Links in the host page's own URL are not passed on (the demo's links are fixed).
  await page.goto(`${HOST}/embed-demo.html?app=${APP}/&link_emergency=https%3A%2F%2Fscam.example&label_emergency=Scam`);
  await page.waitForFunction(() => [...document.querySelectorAll('#events li')].some((li) => li.textContent === 'legcheck:ready'));
  // The allowed parent, but a script link and an unknown field: refused as a whole.
  for (const hostile of [
    { links: { emergency: { url: 'javascript:alert(document.domain)', label: 'Click me' } } },
    { parent: 'https://evil.example' },
    { emergency_number: 'tel:0900123456' },
  ]) {
    await page.evaluate(([message, app]) => document.getElementById('legcheck').contentWindow.postMessage(
      { type: 'legcheck:init', version: 1, ...message }, app), [hostile, APP]);
  }
  const frame = appFrame(page);
  await frame.locator('main button.button--start').click();
  await completeJourney(frame, [[/suddenly become cold/, 'Yes']], { stopAtEmergency: true });
  const step = frame.locator('.care-card--emergency + .clinic-step a');
  assert.equal(await step.innerText(), 'Call our urgent line');
  assert.equal(await frame.locator('a[href*="scam.example"]').count(), 0);
  assert.equal(await step.getAttribute('href'), line);
  assert.equal(await step.getAttribute('target'), '_top');
  assert.equal(rejected.length, 3, rejected.join('\n'));
  // The clinic's emergency number, not the one for the browser's region.
  const call = frame.locator('.care-card--emergency a[href^="tel:"]');
  assert.equal(await call.getAttribute('href'), 'tel:999');
  assert.equal(await call.innerText(), 'Call 999');
  assert.match(await frame.locator('main h1').innerText(), /Call 999 now/);
  assert.ok(rejected.every((t) => t.includes(HOST)), 'logged with the origin it came from');
  await shot(page, 'embed-emergency-360');
  assert.deepEqual(await axeViolations(page), [], 'the framed emergency card and clinic step');
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a message from another window of the allowed origin is rejected: only the parent page counts', async () => {
  const { context, page } = await openPage(browser, TALL);
  const rejected = [];
  page.on('console', (m) => { if (/rejected a message/.test(m.text())) rejected.push(m.text()); });
  await page.goto(`${HOST}/embed-demo.html?app=${APP}/`);
  await page.waitForFunction(() => [...document.querySelectorAll('#events li')].some((li) => li.textContent === 'legcheck:ready'));
  const frame = appFrame(page);
  await frame.locator('main button.button--start').click();
  await frame.locator('#age-number').fill('60');
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.locator('main h1', { hasText: 'warning signs' }).waitFor();
  // A second frame of the clinic's own origin (about:blank inherits the page's origin) sends a
  // valid reset: the origin is allowed, but the sender is not the parent window.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.name = 'sibling';
    document.body.appendChild(sibling);
  });
  const sibling = page.frames().find((f) => f.name() === 'sibling');
  await sibling.evaluate((app) => window.parent.document.getElementById('legcheck')
    .contentWindow.postMessage({ type: 'legcheck:reset', version: 1 }, app), APP);
  await new Promise((r) => setTimeout(r, 500));
  assert.ok(rejected.some((t) => t.includes('not sent by the parent page')), rejected.join('\n'));
  assert.match(await frame.locator('main h1').innerText(), /warning signs/, 'the reset was not carried out');
  // The same message from the parent page itself is obeyed.
  await page.evaluate(() => window.legcheckReset());
  await frame.locator('main h1', { hasText: 'Check your leg pain' }).waitFor();
  await context.close();
});

test('the embedded app works with storage unavailable (cross-site iframes)', async () => {
  const { context, page } = await openPage(browser, TALL);
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
  });
  // This clinic also asks for the answers, as a FHIR QuestionnaireResponse.
  await page.goto(`${HOST}/embed-demo.html?app=${APP}/&fhir=1`);
  const frame = () => appFrame(page);
  await page.waitForFunction(() => document.querySelectorAll('#events li').length > 0);
  assert.match(await frame().locator('.banner').innerText(), /not letting LegCheck store anything/);
  await frame().locator('main button.button--start').click();
  await completeJourney(frame(), NIGHT_CRAMPS);
  assert.equal((await readResult(frame())).firstId, 'nocturnal_leg_cramp');
  await page.waitForFunction(() => document.getElementById('result').textContent.includes('legcheck:result'));
  const response = JSON.parse(await page.locator('#result').innerText()).questionnaire_response;
  assert.equal(response.resourceType, 'QuestionnaireResponse');
  assert.equal(response.status, 'completed');
  // Age is an integer item in LegCheck's Questionnaire (docs/FHIR.md).
  assert.ok(response.item.some((i) => i.linkId === 'age' && i.answer[0].valueInteger === 68), 'the answers, as asked for');
  await context.close();
});

test('a clinic is told each time LegCheck cannot load its questions, and why; the person sees why and the emergency number', async () => {
  const { context, page, record } = await openPage(browser, { ...TALL, serviceWorkers: 'block' });
  let reply = 'abort';
  await context.route(KNOWLEDGE, (route) => (reply === 'abort'
    ? route.abort('internetdisconnected')
    : reply === 'gone' ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  const count = async (text) => (await events(page)).filter((e) => e === text).length;
  await page.goto(`${HOST}/embed-demo.html?app=${APP}/`);
  // Resizing may start before or after the failure is known: both come.
  await page.waitForFunction(() => {
    const seen = [...document.querySelectorAll('#events li')].map((li) => li.textContent);
    return seen.includes('legcheck:unavailable (network)') && seen.includes('legcheck:resize');
  });
  const frame = () => appFrame(page);
  assert.equal(await frame().locator('main h1').innerText(), 'The questions could not be loaded');
  assert.match(await frame().locator('main a.button--call').getAttribute('href'), /^tel:/);
  // The clinic's page offers its own way on (the demo shows how).
  assert.match(await page.locator('#unavailable').innerText(), /cannot load its questions/);
  await shot(page, 'embed-unavailable');
  // Each failure is told once: Try again that fails again, then a copy that is gone (the site
  // was updated), whose button reloads the frame; after that reload it loads, and is ready.
  await frame().getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#events li')]
    .filter((li) => li.textContent === 'legcheck:unavailable (network)').length === 2);
  reply = 'gone';
  await frame().getByRole('button', { name: 'Try again' }).click();
  await page.locator('#events li', { hasText: 'legcheck:unavailable (updated)' }).waitFor();
  assert.equal(await count('legcheck:unavailable (network)'), 2);
  // The clinic's own way on is said once, however many failures.
  assert.equal((await page.locator('#unavailable').innerText()).match(/cannot load/g).length, 1);
  assert.ok(!(await events(page)).includes('legcheck:ready'));
  reply = 'continue';
  await frame().locator('main button.button').click();
  await page.locator('#events li', { hasText: 'legcheck:ready' }).waitFor();
  await page.waitForFunction(() => document.getElementById('unavailable').textContent === '');
  assert.equal(await count('legcheck:unavailable (updated)'), 1);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
