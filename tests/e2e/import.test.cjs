// Opening a FHIR QuestionnaireResponse in the app (issue 13, point 3): a response exported by
// LegCheck opens from a file on the result page and on the clinicians' page as a result for its
// reader, with the same assessment as where it was made, while the person's own answers stay
// theirs (in the page and in storage, across a reload); a broken, foreign, non-JSON or too
// large file is refused with an error summary naming the item; and a clinic's legcheck:init
// carrying a response opens its result in the frame, or is refused with legcheck:error.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { BASE_URL, DIST, axeViolations, launch, openPage, serve, shot } = require('./support.cjs');
const { completeJourney, readResult } = require('./journey.cjs');
const { NIGHT_CRAMPS, WALKING } = require('./personas.cjs');

const CLAUDICATION = [[/Where do you feel/, ['Your left calf']], ...WALKING];
const LABEL = 'Open answers from a file (FHIR QuestionnaireResponse)';
let browser;
/** A response exported by LegCheck after the claudication journey, and that journey's result. */
let exported;

before(async () => {
  browser = await launch();
  const { context, page } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').click();
  await completeJourney(page, CLAUDICATION);
  const result = await readResult(page);
  assert.equal(result.firstId, 'pad_claudication');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download the answers as a file for your clinic's computer system" }).click(),
  ]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(text).resourceType, 'QuestionnaireResponse');
  exported = { text, result };
  await context.close();
});
after(() => browser?.close());

/** A page whose own answers are the night-cramps journey, on its own result. */
async function ownResult(options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(BASE_URL);
  await opened.page.locator('main button.button--start').click();
  await completeJourney(opened.page, NIGHT_CRAMPS);
  const own = await readResult(opened.page);
  assert.equal(own.firstId, 'nocturnal_leg_cramp');
  return { ...opened, own };
}

const file = (buffer, name = 'response.json') => ({ name, mimeType: 'application/fhir+json', buffer: Buffer.from(buffer) });
const open = (page, buffer, name) => page.getByLabel(LABEL).setInputFiles(file(buffer, name));
const heading = (page) => page.locator('main h1').innerText();

/** The exported response with one answer changed: the item and its question's words. */
function broken(linkId, change) {
  const response = JSON.parse(exported.text);
  const item = response.item.find((i) => i.linkId === linkId);
  assert.ok(item, `the export answers ${linkId}`);
  change(item);
  return { json: JSON.stringify(response), question: item.text };
}

test('a response exported by LegCheck opens on the result and clinicians pages with the same assessment, and the own answers stay', async () => {
  const { context, page, record, own } = await ownResult();
  // The control is a labelled file input for JSON, 24 px or more, reached by keyboard.
  const input = page.getByLabel(LABEL);
  assert.equal(await input.getAttribute('type'), 'file');
  assert.equal(await input.getAttribute('accept'), '.json,application/fhir+json,application/json');
  assert.ok((await input.boundingBox()).height >= 24, 'a 24 px target');
  // Reached with real Tab presses from the page's heading, as a keyboard user would.
  await page.locator('main h1').focus();
  let presses = 0;
  while (presses < 300 && await page.evaluate(() => document.activeElement?.id) !== 'import-file') {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'import-file', `reached by Tab (${presses} presses)`);

  for (const [where, go] of [
    ['result', async () => {}],
    ['clinicians', () => page.goto(`${BASE_URL}#/clinicians`)],
  ]) {
    await go();
    await open(page, exported.text);
    await page.locator('main h1', { hasText: 'Result from a file' }).waitFor();
    const theirs = await readResult(page);
    assert.deepEqual(theirs.conditions, exported.result.conditions, `${where}: the same causes, in order`);
    assert.equal(theirs.card, exported.result.card, `${where}: the same care card`);
    assert.match(await page.locator('.notices').innerText(), /answers opened from a file/);
    assert.match(page.url(), /#\/opened$/, 'an address that holds none of the answers (they stay out of the history)');
    assert.equal(await page.getByLabel('Save on this device to continue later').count(), 0, 'not saved as the reader\'s own');
    assert.deepEqual(await axeViolations(page), [], `${where}: the opened result`);
    await page.setViewportSize({ width: 360, height: 780 });
    await shot(page, `import-opened-from-${where}-360`);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Back returns to the page it was opened from, with the person's own answers.
    await page.goBack();
    await page.waitForFunction((w) => location.hash === `#/${w}`, where);
  }
  // The clinicians' page before the file: the control there passes axe too.
  assert.deepEqual(await axeViolations(page), [], 'the clinicians page with its file control');
  // Opened answers are in memory only: a reload forgets them and says so.
  await open(page, exported.text);
  await page.locator('main h1', { hasText: 'Result from a file' }).waitFor();
  await page.reload();
  await page.locator('main h1', { hasText: 'Your result' }).waitFor();
  assert.match(await page.locator('.notices').innerText(), /The answers you opened are no longer shown/);
  assert.deepEqual((await readResult(page)).conditions, own.conditions, 'the own result after the reload');
  assert.match(page.url(), /#\/result$/);
  await page.goto(`${BASE_URL}#/result`);
  await page.reload();
  assert.equal(await heading(page), 'Your result');
  assert.deepEqual((await readResult(page)).conditions, own.conditions, 'the own answers after a reload');
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.cspViolations, []);
  await context.close();
});

test('a broken file is refused with an error summary naming the item, and the own answers survive a reload', async () => {
  const { context, page, record, own } = await ownResult();
  const bad = broken('ecq_walk_pain', (item) => { item.answer[0].valueCoding.code = 'maybe'; });
  await open(page, bad.json);
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /There is a problem/);
  assert.ok(text.includes(`the answer to “${bad.question}” is not one LegCheck accepts`), text);
  assert.match(text, /Your own answers have not changed/);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true, 'focus moves to the summary');
  assert.match(await page.locator('#import-file-error').innerText(), /not one LegCheck accepts/, 'the reason by the control too');
  assert.equal(await page.getByLabel(LABEL).getAttribute('aria-describedby'), 'import-file-hint import-file-error');
  // The summary's link takes the person to the control.
  await summary.getByRole('link').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'import-file');
  assert.equal(await heading(page), 'Your result', 'still the own result');
  assert.deepEqual((await readResult(page)).conditions, own.conditions);
  assert.deepEqual(await axeViolations(page), [], 'the error state');
  await page.setViewportSize({ width: 360, height: 780 });
  await shot(page, 'import-error-360');
  // In Spanish, the same error in the person's language.
  await page.getByLabel(/Language|Idioma/).selectOption('es');
  await page.waitForFunction(() => document.querySelector('.error-summary')?.innerText.includes('LegCheck no pudo abrir las respuestas de este archivo'));
  assert.match(await summary.innerText(), /la respuesta a «.+» no es una que LegCheck acepte/);
  await shot(page, 'import-error-360-es');
  await page.getByLabel(/Language|Idioma/).selectOption('en');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Every other kind, each named.
  const unknown = broken('ecq_walk_pain', (item) => { item.linkId = 'favourite_colour'; });
  const foreign = JSON.parse(exported.text);
  foreign.questionnaire = 'http://example.org/Questionnaire/phq-9';
  for (const [buffer, expected] of [
    ['this is not JSON', /it is not a FHIR file \(JSON\)/],
    [JSON.stringify({ resourceType: 'Patient', id: 'p1' }), /it is not a set of answers/],
    [JSON.stringify(foreign), /the answers are to another questionnaire/],
    [unknown.json, /it answers “favourite_colour”, which is not a LegCheck question/],
    [`{"resourceType":"QuestionnaireResponse","id":"${'x'.repeat(1_100_000)}"}`, /larger than 1 MB/],
    // A small file of many empty objects would be a huge tree: refused before it is parsed.
    [`[${'{},'.repeat(6000)}{}]`, /too large to be a set of answers/],
    // A key given twice is malformed, not "not JSON".
    [`{"status":"completed",${exported.text.trimStart().slice(1)}`, /not laid out as FHIR says/],
  ]) {
    await open(page, buffer);
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.error-summary')?.innerText ?? ''), expected.source);
    assert.equal(await heading(page), 'Your result');
  }
  // Refused for an unrelated fault (a question LegCheck does not have), yet with "yes" to a
  // sudden cold leg: the emergency is shown first, with the call button, above the error.
  const cold = JSON.parse(broken('rf_sudden_cold_leg', (item) => { item.answer[0].valueCoding.code = 'yes'; }).json);
  const system = cold.item.find((i) => i.answer?.[0]?.valueCoding).answer[0].valueCoding.system;
  cold.item.push({ linkId: 'favourite_colour', answer: [{ valueCoding: { system, code: 'blue' } }] });
  await open(page, JSON.stringify(cold));
  const alarm = page.locator('main > .import-emergency:first-child');
  await alarm.waitFor();
  assert.match(await alarm.innerText(), /The answers in this file could not all be opened, but they show signs of an emergency/);
  assert.equal(await alarm.locator('a.button--call[href^="tel:"]').count(), 1, 'the call button');
  assert.match(await page.locator('.error-summary').innerText(), /favourite_colour/);
  assert.equal(await page.locator('.error-summary a[href="#import-file"]').count(), 1, 'a file: the summary links to its control');
  assert.equal(await heading(page), 'Your result');
  assert.deepEqual(await axeViolations(page), [], 'a refused file with an emergency');
  await shot(page, 'import-refused-emergency');
  // Nothing of the person's answers was lost: a reload shows their own result.
  await page.reload();
  assert.equal(await heading(page), 'Your result');
  assert.equal(await page.locator('.error-summary').count(), 0);
  assert.deepEqual((await readResult(page)).conditions, own.conditions);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

// The clinic's page is another site, as in embed.test.cjs (the same fixed ports).
const HOST = 'http://localhost:8301';
const APP = 'http://127.0.0.1:8302';

test("a clinic's legcheck:init with a response opens its result in the frame; a bad one is refused with legcheck:error", async () => {
  const servers = [
    await serve(DIST, 8302, { FRAME_ANCESTORS: `'self' ${HOST}` }),
    await serve(DIST, 8301, { FRAME_SRC: `'self' ${APP}` }),
  ];
  try {
    const { context, page, record } = await openPage(browser, { width: 1280, height: 2600 });
    await page.goto(`${HOST}/embed-demo.html?app=${APP}/`);
    await page.waitForFunction(() => [...document.querySelectorAll('#events li')].some((li) => li.textContent === 'legcheck:ready'));
    await page.evaluate((app) => {
      window.received = [];
      window.addEventListener('message', (e) => { if (e.origin === app) window.received.push(e.data); });
    }, APP);
    const frame = page.frameLocator('#legcheck');
    const send = (response) => page.evaluate(([r, app]) => document.getElementById('legcheck').contentWindow
      .postMessage({ type: 'legcheck:init', version: 1, questionnaire_response: r }, app), [response, APP]);
    const received = (type) => page.evaluate((t) => window.received.filter((m) => m.type === t), type);

    const bad = broken('ecq_walk_pain', (item) => { item.answer[0].valueCoding.code = 'maybe'; });
    await send(JSON.parse(bad.json));
    await page.waitForFunction(() => window.received.some((m) => m.type === 'legcheck:error'));
    const [error] = await received('legcheck:error');
    assert.equal(error.version, 1);
    assert.equal(error.command, 'legcheck:init');
    assert.equal(error.field, 'questionnaire_response');
    assert.equal(error.item, 'ecq_walk_pain');
    assert.match(error.message, /maybe/);
    const summary = frame.locator('.error-summary');
    await summary.waitFor();
    assert.ok((await summary.innerText()).includes(`LegCheck could not open the answers your clinic sent: the answer to “${bad.question}”`));
    assert.equal(await frame.locator('main h1').innerText(), 'Check your leg pain or cramps', 'nothing else changed');
    assert.deepEqual(await axeViolations(page), [], 'the framed error');
    await shot(page, 'import-embed-error');

    await send(JSON.parse(exported.text));
    await frame.locator('main h1', { hasText: "Result from your clinic's answers" }).waitFor();
    const shown = await frame.locator('.condition').evaluateAll((els) => els.map((e) => e.dataset.condition));
    assert.deepEqual(shown, exported.result.conditions, 'the same causes as where the answers were given');
    assert.equal(await summary.count(), 0, 'the error is gone');
    await page.waitForFunction(() => window.received.some((m) => m.type === 'legcheck:result'));
    const [result] = await received('legcheck:result');
    assert.deepEqual(result.conditions.map((c) => c.id), exported.result.conditions);
    assert.equal(result.triage, 'routine');
    assert.deepEqual(await axeViolations(page), [], 'the framed result from the clinic');
    await shot(page, 'import-embed-result');
    assert.equal(error.emergency, false);

    // A clinic's refusal on a page with the file control is not about that control: the
    // summary does not link to it, and the control is not marked in error.
    await send(JSON.parse(bad.json));
    await page.waitForFunction(() => window.received.filter((m) => m.type === 'legcheck:error').length === 2);
    await summary.waitFor();
    assert.equal(await summary.locator('a').count(), 0, 'no link to the file control');
    assert.equal(await frame.locator('#import-file-error').count(), 0);
    assert.equal(await frame.locator('.open-file.form-group--error').count(), 0);

    // Refused for an unrelated fault, yet with "yes" to a sudden cold leg: the emergency is
    // shown above the error with the call button, and the clinic is told.
    const emergency = broken('rf_sudden_cold_leg', (item) => { item.answer[0].valueCoding.code = 'yes'; });
    const refused = JSON.parse(emergency.json);
    const system = refused.item.find((i) => i.answer?.[0]?.valueCoding).answer[0].valueCoding.system;
    refused.item.push({ linkId: 'favourite_colour', answer: [{ valueCoding: { system, code: 'blue' } }] });
    await send(refused);
    await page.waitForFunction(() => window.received.filter((m) => m.type === 'legcheck:error').length === 3);
    const last = (await received('legcheck:error')).at(-1);
    assert.equal(last.item, 'favourite_colour');
    assert.equal(last.emergency, true);
    assert.deepEqual(last.emergency_signs, ['acute_limb_ischaemia']);
    const alarm = frame.locator('.import-emergency');
    await alarm.waitFor();
    assert.match(await alarm.innerText(), /could not all be opened, but they show signs of an emergency/);
    assert.equal(await alarm.locator('a.button--call[href^="tel:"]').count(), 1, 'the call button');
    assert.equal(await frame.locator('main > *:first-child.import-emergency').count(), 1, 'shown first');
    assert.deepEqual(await axeViolations(page), [], 'the refused response with an emergency');
    await shot(page, 'import-embed-refused-emergency');

    // The same answers under another questionnaire, and a response of 5,001 empty items: no
    // answers can be read, so the clinic is told their emergency signs are unknown (null), never
    // that there are none (hazard H74).
    const foreign = JSON.parse(emergency.json);
    foreign.questionnaire = 'https://other.example/Questionnaire/not-legcheck';
    const crowded = { ...JSON.parse(emergency.json), item: Array.from({ length: 5001 }, () => ({})) };
    for (const [n, unreadable] of [[4, foreign], [5, crowded]]) {
      await send(unreadable);
      await page.waitForFunction((k) => window.received.filter((m) => m.type === 'legcheck:error').length === k, n);
      const unknown = (await received('legcheck:error')).at(-1);
      assert.ok('emergency' in unknown, JSON.stringify(unknown));
      assert.equal(unknown.emergency, null, JSON.stringify(unknown));
      assert.deepEqual(unknown.emergency_signs, []);
      assert.match(unknown.message, /not checked for emergency signs/);
    }

    // Accepted with the same "yes": the emergency care card first, and the clinic's result
    // says emergency.
    await send(JSON.parse(emergency.json));
    await page.waitForFunction(() => window.received.filter((m) => m.type === 'legcheck:result').length === 2);
    const emergencyResult = (await received('legcheck:result')).at(-1);
    assert.equal(emergencyResult.emergency, true);
    assert.equal(emergencyResult.triage, 'emergency');
    await frame.locator('main h1', { hasText: "Result from your clinic's answers" }).waitFor();
    const first = await frame.locator('main h1 ~ .care-card').first().getAttribute('class');
    assert.match(first, /care-card--emergency/, 'the emergency care card first');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  } finally {
    for (const server of servers) server.stop();
  }
});

test("a share link made on opened answers is not shown on the person's own result after Back, nor theirs on the opened one", async () => {
  const { context, page } = await ownResult();
  const link = page.locator('#share-link');
  // A link made on the person's own result...
  await page.getByRole('button', { name: 'Create a share link' }).click();
  const ownLink = await link.inputValue();
  // ...is not offered on a file's result, which has other answers.
  await open(page, exported.text);
  await page.locator('main h1', { hasText: 'Result from a file' }).waitFor();
  assert.equal(await link.count(), 0, 'no link on the opened result until one is made for it');
  await page.getByRole('button', { name: 'Create a share link' }).click();
  const fileLink = await link.inputValue();
  assert.notEqual(fileLink, ownLink, 'the file\'s link carries the file\'s answers');
  // Back to the person's own result: the file's link is not offered there.
  await page.goBack();
  await page.locator('main h1', { hasText: 'Your result' }).waitFor();
  const shown = await link.count() ? await link.inputValue() : null;
  assert.notEqual(shown, fileLink, 'the file\'s answers are not offered as a link on the own result');
  await context.close();
});
