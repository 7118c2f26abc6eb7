// Drives the questionnaire like a person: on each screen it reads the questions (the page
// heading, or each group's legend on the warning-signs screen), picks the persona's answers,
// and continues until the result appears.
const assert = require('node:assert/strict');
const { shot } = require('./support.cjs');

const RESULT = /^(Your result|Su resultado)$/;
const CHECK = /^(Check your answers|Revise sus respuestas)$/;
const EMERGENCY = /Call \+?\d+.* now|Llame ahora al \+?\d+/;

/** The persona's answer for a question text, if any. */
function pick(persona, text) {
  const hit = persona.find(([re]) => re.test(text));
  return hit ? hit[1] : undefined;
}

/** Answers one group (a fieldset) with the persona's answer or a safe default. */
async function answerGroup(group, answer) {
  // A list of labels applies those present in this group (two questions can share a wording).
  if (answer !== undefined && typeof answer !== 'number') {
    const present = [];
    for (const label of [].concat(answer)) {
      if (await group.getByLabel(label, { exact: true }).count()) present.push(label);
    }
    answer = present.length ? present : undefined;
  }
  if (answer === undefined) {
    for (const fallback of ['None of these', 'None of these medicines', 'No', "I don't know", 'Ninguna de estas', 'Ninguno de estos medicamentos', 'No lo sé']) {
      const option = group.getByLabel(fallback, { exact: true });
      if (await option.count()) return option.check();
    }
    throw new Error(`no answer for group "${await group.locator('legend').innerText()}"`);
  }
  for (const label of [].concat(answer)) await group.getByLabel(label, { exact: true }).check();
}

/**
 * persona: list of [RegExp matching the question, answer]. An answer is a label, a list of
 * labels (multiple choice or body map), or a number. Unlisted questions get "None of these" or
 * "No". Options: name (screenshot prefix), stopAtEmergency, until (stop at a matching heading),
 * onScreen (called with each heading before it is answered).
 */
async function completeJourney(page, persona, { name, stopAtEmergency = false, until, onScreen } = {}) {
  const seen = [];
  // Just after Start the start page can stay a moment, then say the questions are on their
  // way, until the knowledge base has arrived (src/boot.rs): begin at the first question.
  await page.waitForFunction(() => {
    const h = document.querySelector('main h1')?.innerText ?? '';
    return h && !/^(Check your leg pain or cramps|¿Le duelen las piernas o tiene calambres\?|Getting the questions ready|Preparando las preguntas)$/.test(h.trim());
  });
  for (let step = 0; step < 80; step++) {
    const heading = (await page.locator('main h1').innerText()).trim();
    if (until && until.test(heading)) return seen;
    seen.push(heading);
    if (name) await shot(page, `${name}-${String(step).padStart(2, '0')}`);
    if (onScreen) await onScreen(heading);
    if (RESULT.test(heading)) return seen;
    if (CHECK.test(heading)) {
      await page.getByRole('button', { name: /See your result|Ver su resultado/ }).click();
    } else if (EMERGENCY.test(heading)) {
      if (stopAtEmergency) return seen;
      await page.getByRole('button', { name: /Continue the questions|Seguir con las preguntas/ }).click();
    } else {
      const answer = pick(persona, heading);
      const number = page.locator('main input[type=number]');
      if (await number.count()) {
        if (typeof answer === 'number') await number.fill(String(answer));
        else await page.getByLabel(/^(I don't know|No lo sé)$/).check();
      } else if (Array.isArray(answer) && /Where do you feel|Dónde siente/.test(heading)) {
        for (const label of answer) await page.getByLabel(label, { exact: true }).check();
      } else {
        const groups = page.locator('main form fieldset');
        for (let i = 0; i < await groups.count(); i++) {
          const group = groups.nth(i);
          const legend = (await group.locator('legend').innerText()).trim();
          await answerGroup(group, pick(persona, legend));
        }
      }
      await page.getByRole('button', { name: /^(Continue|Continuar)$/ }).click();
    }
    await page.waitForFunction(
      (before) => document.querySelector('main h1')?.innerText.trim() !== before
        || document.querySelector('.error-summary'),
      heading,
    );
    assert.equal(await page.locator('.error-summary').count(), 0, `${name}: "${heading}" was not accepted`);
  }
  throw new Error(`${name}: no result after 80 screens`);
}

/** What the result screen says. */
async function readResult(page) {
  await checkCareCard(page);
  // What a patient sees carries no reference codes and no internal notes on the evidence
  // (those are for the doctor, in the printout).
  // "Why?" is opened for this, so that its reasons are read too, and closed again after.
  await page.locator('main details:not([open])').evaluateAll((all) => all.forEach((d) => {
    d.open = true;
    d.dataset.openedByTest = '1';
  }));
  const visible = await page.locator('main').innerText();
  await page.locator('main details[data-opened-by-test]').evaluateAll((all) => all.forEach((d) => {
    d.open = false;
    delete d.dataset.openedByTest;
  }));
  assert.doesNotMatch(visible, /\[[a-z][a-z0-9_]*(, [a-z][a-z0-9_]*)*\]|primary source|not named in the summary|fuente primaria/i);
  return {
    card: await page.locator('.care-card').first().innerText(),
    first: await page.locator('.condition h3').first().innerText().catch(() => ''),
    firstId: await page.locator('.condition').first().getAttribute('data-condition').catch(() => null),
    conditions: await page.locator('.condition').evaluateAll((els) => els.map((e) => e.dataset.condition)),
    main: await page.locator('main').innerText(),
  };
}

/**
 * Every care card says when to get care and how: a timeframe, a tap-to-call button with the
 * number in its words for an emergency, and "Get help sooner if" for every other level.
 */
async function checkCareCard(page) {
  const card = page.locator('.care-card').first();
  const heading = (await card.locator('.care-card__heading').innerText()).trim();
  assert.match(heading, /now|today|2 weeks|yourself|ahora|hoy|2 semanas|en casa/, heading);
  assert.ok((await card.locator('.care-card__how').innerText()).trim().length > 0, 'how to get care');
  if (/emergency|emergencias|urgencias/.test(heading) && /now|ahora/.test(heading)) {
    const call = card.locator('a[href^="tel:"]');
    assert.equal(await call.count(), 1, 'a tap-to-call button');
    const number = (await call.getAttribute('href')).slice(4);
    assert.match(number, /^\+?\d{2,15}$/);
    assert.ok((await call.innerText()).includes(number), 'the number is shown as text');
    assert.ok(heading.includes(number), 'the heading names the number');
    assert.equal(await card.locator('.safety-net li').count(), 0, 'nothing is sooner than now');
  } else {
    assert.ok(await card.locator('.safety-net li').count() >= 2, `a safety net under "${heading}"`);
    assert.match(await card.innerText(), /Get help sooner if:|Busque ayuda antes si:/);
  }
}

module.exports = { completeJourney, readResult, checkCareCard };
