// Ten and more patient journeys through the release build, each asserting what the result
// screen says: the care card, the first cause, the arteries and the advice.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot, foreignRequests } = require('./support.cjs');
const { completeJourney, readResult } = require('./journey.cjs');
const { NIGHT_CRAMPS, WALKING } = require('./personas.cjs');

// Unlisted yes/no questions are answered "No" (a persona describes what the person has).

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * Runs a journey from the start screen once with the service worker in control of the page
 * and once with service workers blocked, checks both (errors, Content-Security-Policy, every
 * request same-origin) and that they say the same, and returns what the result says.
 */
async function journey(name, persona, { width = 1280, lang } = {}) {
  const results = [];
  for (const serviceWorkers of ['allow', 'block']) {
    const label = `${name} (service worker: ${serviceWorkers})`;
    const { context, page, record } = await openPage(browser, { width, height: 900, serviceWorkers });
    await page.goto(BASE_URL + (lang ? `?lang=${lang}` : ''));
    if (serviceWorkers === 'allow') {
      // Once installed, the service worker serves the reloaded page and everything after.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.reload();
      assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), `${label}: controlled`);
      assert.ok(record.swRequests > 0, `${label}: the service worker's own requests are recorded`);
    }
    await page.locator('main button.button--start').click();
    // Screenshots of every screen once is enough.
    const asked = await completeJourney(page, persona, { name: serviceWorkers === 'allow' ? name : undefined });
    const result = await readResult(page);
    result.asked = asked;
    result.artery = await page.locator('.artery--on').count();
    // The arteries named in words (the drawing labels all three parts of each leg).
    result.arteries = (await page.locator('.artery-leg').allInnerTexts()).join('\n');
    assert.deepEqual(record.pageErrors, [], `${label}: page errors`);
    assert.deepEqual(record.consoleErrors, [], `${label}: console errors`);
    assert.deepEqual(foreignRequests(record), [], `${label}: requests left the origin`);
    assert.deepEqual(record.cspViolations, [], `${label}: Content-Security-Policy violations`);
    await context.close();
    results.push(result);
  }
  assert.deepEqual(results[1], results[0], `${name}: the same with and without the service worker`);
  return results[0];
}

test('acute limb ischaemia goes to the emergency care card at once', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 740 });
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').click();
  const seen = await completeJourney(page, [[/suddenly become cold/, 'Yes']], { stopAtEmergency: true });
  assert.equal(seen.length, 3, 'age, the warning-signs screen, then the emergency card');
  assert.match(seen[1], /warning signs/);
  await shot(page, 'emergency-card-360');
  assert.match(await page.locator('.care-card').innerText(), /Call \d+.* now/);
  // A tap-to-call button, its number shown as text (Chromium here says en-US: 911).
  const call = page.locator('.care-card a[href^="tel:"]');
  assert.equal(await call.getAttribute('href'), 'tel:911');
  assert.equal(await call.innerText(), 'Call 911');
  const box = await call.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, 'a large target');
  // 911 is a guess from the browser's language, so the heading also says "your local number".
  assert.match(await page.locator('main h1').innerText(), /Call 911 \(or your local emergency number\) now/);
  // The person can still continue for information; the result keeps the emergency first.
  await completeJourney(page, NIGHT_CRAMPS);
  const result = await readResult(page);
  assert.match(result.card, /Call 911 \(or your local emergency number\) or go to an emergency department now/);
  assert.equal(result.firstId, 'acute_limb_ischemia');
  // On screen the sources are named without codes; the printout adds "For your doctor", with
  // each reference's code and how well it is confirmed.
  assert.equal(await page.locator('.for-doctor').isVisible(), false);
  assert.equal(await page.locator('.your-answers').isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  const doctor = page.locator('.for-doctor');
  assert.equal(await doctor.isVisible(), true);
  assert.match(await doctor.innerText(), /For your doctor/);
  assert.match(await doctor.innerText(), /\[acc_aha_2016\] .+ \((confirmed|partly confirmed|not confirmed)\)/);
  // ...and the dated answers, grouped by section.
  const given = await page.locator('.your-answers').innerText();
  assert.match(given, /Your answers/);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.ok(given.includes(`Printed or copied on ${today}`), given);
  assert.match(given, /Warning signs and your health\s+Has one leg or foot suddenly become cold, pale or blue, numb or weak\?\s+Yes/);
  assert.ok(given.indexOf('About you') < given.indexOf('Warning signs and your health'), 'sections in asking order');
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

test('classic calf claudication: femoro-popliteal highlighted and ABI suggested', async () => {
  const r = await journey('calf-claudication', [[/Where do you feel/, ['Your left calf']], ...WALKING]);
  assert.match(r.asked[0], /How old are you/, 'age is asked first');
  assert.match(r.asked[1], /warning signs/, 'then the red flags, before anything else');
  assert.match(r.card, /Book an appointment with a GP within 2 weeks/);
  assert.equal(r.firstId, 'pad_claudication');
  assert.match(r.main, /Your left leg\s+Arteries of the thigh and behind the knee \(femoro-popliteal\)/);
  assert.ok(r.artery >= 1, 'an artery is highlighted on the map');
  assert.match(r.main, /ankle-brachial index \(ABI\)/);
  assert.match(r.main, /feel the pulses/);
});

test('buttock and thigh claudication: aorto-iliac', async () => {
  const r = await journey('buttock-claudication', [
    [/Where do you feel/, ['Your right buttock', 'Your right front of thigh']], ...WALKING]);
  assert.equal(r.firstId, 'pad_claudication');
  assert.match(r.arteries, /Your right leg\s+Arteries in the tummy and pelvis \(aorto-iliac\)/);
  assert.doesNotMatch(r.arteries, /femoro-popliteal|tibial/i);
  assert.equal(r.artery, 1, 'only the right leg\'s aorto-iliac part is highlighted on the drawing');
});

test('restless legs are not called a vascular disease', async () => {
  const r = await journey('restless-legs', [
    [/Where do you feel/, ['Your left calf', 'Your right calf']],
    [/Which of these describe/, ['An urge to move my legs, often with odd feelings in them']],
    [/urge to move your legs, often with odd or unpleasant/, 'Yes'],
    [/start or get worse when you are resting/, 'Yes'],
    [/Does moving/, 'Yes'],
    [/only in the evening/, 'Yes'],
    [/how often have you had/, 'On average twice a week or more'],
    [/How old are you/, 52],
  ]);
  assert.equal(r.firstId, 'restless_legs_syndrome');
  assert.ok(!r.conditions.includes('pad_claudication'));
  assert.match(r.main, /do not suggest narrowed arteries/);
  assert.match(r.card, /Book an appointment with a GP within 2 weeks/);
});

test('night-time cramps: self-care with honest evidence', async () => {
  const r = await journey('night-cramps', NIGHT_CRAMPS);
  assert.match(r.card, /You can probably look after this yourself/);
  assert.equal(r.firstId, 'nocturnal_leg_cramp');
  assert.match(r.main, /Stretch your calf and hamstring muscles/);
  assert.match(r.main, /Mixed evidence/);
  assert.match(r.main, /Do not take quinine/);
  assert.match(r.main, /magnesium pills or powders are not likely to help cramps/);
});

test('spinal stenosis: eased by sitting or bending forward', async () => {
  const r = await journey('spinal-stenosis', [
    [/Where do you feel/, ['Your left buttock', 'Your right buttock', 'Your left back of thigh', 'Your right back of thigh']],
    [/Which of these describe/, ['Aching muscles, not in a joint', 'Weak muscles']],
    [/in your leg\(s\) when you walk/, 'Yes'],
    [/ever begin when you are standing still/, 'Yes'],
    [/walk uphill or hurry/, 'No'],
    [/ordinary pace/, 'Yes'],
    [/What happens to it if you stand still/, 'Usually continues more than 10 minutes'],
    [/what makes it go away/, 'I have to sit down or bend forward'],
    [/Does standing for a long time/, 'Yes'],
    [/Do you have back pain\?/, 'Yes'],
    [/How old are you/, 71],
  ]);
  assert.equal(r.firstId, 'spinal_stenosis');
  assert.match(r.main, /examine your back/);
});

test('possible DVT: urgent', async () => {
  const r = await journey('dvt', [
    [/newly swollen/, 'Yes'],
    [/do any of these apply to you/i, ['An operation, or staying in bed for more than 3 days, in the last 12 weeks']],
    [/Where do you feel/, ['Your left calf']],
    [/Which of these describe/, ['Aching muscles, not in a joint']],
    [/How old are you/, 58],
  ]);
  assert.match(r.card, /Get help today/);
  assert.equal(r.firstId, 'deep_vein_thrombosis');
});

test('a diuretic-associated cramp', async () => {
  const r = await journey('diuretic-cramp', [
    ...NIGHT_CRAMPS,
    [/Do you take any of these medicines/, ['Thiazide water tablet, such as hydrochlorothiazide, bendroflumethiazide or indapamide']],
    [/start or get worse after you started/, 'Yes'],
  ]);
  assert.equal(r.firstId, 'medication_associated_cramp');
  assert.match(r.main, /Do not stop a prescribed medicine on your own/);
  assert.match(r.card, /Book an appointment with a GP within 2 weeks/);
});

test('exercise cramps: self-care', async () => {
  const r = await journey('exercise-cramps', [
    [/Where do you feel/, ['Your left calf']],
    [/Which of these describe/, ['Sudden, painful cramps: the muscle tightens and goes hard']],
    [/When do the cramps happen/, ['During exercise or sport']],
    [/How long does a cramp/, 'From a few seconds up to 10 minutes'],
    [/How often do you get the cramps/, 'Less than once a week'],
    [/firmly stretching/, 'Yes'],
    [/fit and well/, 'Yes'],
    [/How old are you/, 29],
  ]);
  assert.match(r.card, /You can probably look after this yourself/);
  assert.equal(r.firstId, 'exercise_associated_cramp');
  assert.match(r.main, /Build up training gradually/);
});

test('a mostly "I don\'t know" path still escalates an unsure warning sign', async () => {
  const r = await journey('dont-know', [
    [/suddenly become cold/, "I don't know"],
    [/Where do you feel/, ['Your right shin']],
    [/Which of these describe/, ['Aching muscles, not in a joint']],
    [/in your leg\(s\) when you walk/, "I don't know"],
    [/.*/, "I don't know"],
  ]);
  // Unsure about a sudden cold leg, unsure whether it is cold now, unsure about the other
  // urgent signs: each unsure sign is weighed against the others, so this is an emergency, and
  // every sign is listed as unsure, none as confirmed.
  assert.match(r.card, /Call \d+/);
  assert.match(r.card, /You were not sure about this warning sign/);
  assert.ok(r.asked.some((h) => /Call \d+.* now/.test(h)), 'the emergency card was shown at once');
});

test('rest pain in the foot: urgent, limb-threatening ischaemia first', async () => {
  const r = await journey('rest-pain', [
    [/constant pain in your foot or toes/, 'Yes'],
    [/Where do you feel/, ['Your left toes', 'Your left sole of foot']],
    [/Which of these describe/, ['Burning, tingling, numbness or pins and needles']],
    [/How old are you/, 77],
    [/do any of these apply to you/i, ['I smoke, or used to smoke']],
  ]);
  assert.match(r.card, /Get help today/);
  assert.equal(r.firstId, 'chronic_limb_threatening_ischemia');
  assert.match(r.main, /Your left leg\s+Arteries of the lower leg and foot \(tibial\)/);
});

test('the whole journey works in Spanish', async () => {
  const r = await journey('spanish-night-cramps', [
    [/Dónde siente/, ['Pantorrilla derecha']],
    [/Cuáles de estas frases/, ['Calambres de repente y con dolor: el músculo se encoge y se pone duro']],
    [/Cuándo le dan los calambres/, ['Por la noche en la cama, o en reposo']],
    [/Cuánto suele durar/, 'Desde unos segundos hasta 10 minutos'],
    [/Con qué frecuencia le dan los calambres/, 'Menos de una vez por semana'],
    [/Cuántos años tiene/, 64],
  ], { lang: 'es' });
  assert.match(r.main, /Su resultado/);
  assert.match(r.card, /Probablemente pueda tratar esto en casa/);
  assert.equal(r.firstId, 'nocturnal_leg_cramp');
  assert.match(r.main, /No tome pastillas de quinina/);
  assert.doesNotMatch(r.main, /Your answers|Night-time/, 'no English left in the result');
});

test('an ankle injury with one tender spot on the bone: an X-ray today, a fracture first', async () => {
  const r = await journey('ankle-injury', [
    [/How old are you/, 35],
    [/Where do you feel/, ['Your right ankle']],
    [/Which of these describe/, ['It started with an injury: a fall, a twist or a blow']],
    [/take 4 steps/, 'Yes'],
    [/Does pressing on one spot of a bone/, 'Yes'],
  ], { width: 360 });
  assert.match(r.card, /Get help today/);
  assert.equal(r.firstId, 'fracture');
  assert.match(r.main, /Get an X-ray today/);
  assert.match(r.main, /Needs urgent checking/, 'a cause a warning sign names is not called a match');
});

test('a hot swollen knee with a fever shows the emergency card as soon as it is answered', async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 740 });
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').click();
  const seen = await completeJourney(page, [
    [/How old are you/, 71],
    [/Where do you feel/, ['Your left knee']],
    [/Which of these describe/, ['Aching in a joint, such as the hip, knee, ankle or foot']],
    [/Is one joint hot, swollen/, 'Yes'],
    [/About that joint/, ['A fever, or you feel shivery or very unwell']],
  ], { stopAtEmergency: true, name: 'hot-joint-emergency' });
  // The card came straight after the joint question, before the rest of the questions.
  assert.match(seen.at(-2), /About that joint/);
  assert.match(await page.locator('.care-card').innerText(), /Call \d+.* now/);
  assert.match(await page.locator('main').innerText(), /joint can be infected/);
  await context.close();
});

test("a child's age: LegCheck says it is for adults and goes no further", async () => {
  const { context, page } = await openPage(browser, { width: 360, height: 740 });
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').click();
  await page.locator('#age-number').fill('12');
  await page.getByRole('button', { name: 'Continue' }).click();
  const panel = page.locator('.panel--adults');
  await panel.waitFor();
  assert.match(await panel.innerText(), /LegCheck is for adults/);
  assert.match(await panel.innerText(), /emergency number/);
  assert.match(await page.locator('main h1').innerText(), /How old are you/, 'still on the age question');
  await shot(page, 'for-adults-360');
  await context.close();
});
