// Shared helpers for the end-to-end tests: a headless Chromium page against the release build
// served by nginx (BASE_URL), with every request (recorded for the whole browser context, so
// the service worker's own fetches are included), console error and page error recorded, and
// a screenshot helper that writes to target/e2e-artifacts/.
const { chromium } = require('playwright-core');
const axeModule = require('@axe-core/playwright');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const BASE_URL = process.env.BASE_URL || 'http://127.0.0.1:8181/';
const ROOT = path.resolve(__dirname, '../..');
/** The release build the tests serve. */
const DIST = process.env.DIST_DIR || path.join(ROOT, 'dist');
const ARTIFACTS = path.resolve(__dirname, '../../target/e2e-artifacts');
fs.mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens a fresh page that records requests and errors. `serviceWorkers: 'block'` runs it with
 * no service worker at all; requests record whether the service worker made them. `options`
 * adds browser-context options (clipboard permissions); `touch` emulates a phone's touch
 * screen (no hovering, taps).
 */
/**
 * After `goto` and `reload` of the app (not the embedding demo or the clinicians' documents),
 * waits until it has installed its knowledge base, which it fetches just after the first paint
 * (src/boot.rs): a test that presses Start at once then meets the first question, as it did
 * when the knowledge base was in the wasm. A knowledge base that never arrives fails the test
 * here. What a person sees before it arrives is tested on purpose in knowledge.test.cjs
 * (`waitForKnowledge: false`).
 */
function waitForKnowledgeAfterGoto(page) {
  const ready = async () => {
    const url = new URL(page.url());
    if (/\.(html|md|toml)$/.test(url.pathname) && !url.pathname.endsWith('/index.html')) return;
    await page.waitForFunction(() => performance.getEntriesByName('legcheck-compile-end', 'mark').length > 0,
      null, { timeout: 10000 });
  };
  for (const method of ['goto', 'reload']) {
    const original = page[method].bind(page);
    page[method] = async (...args) => {
      const response = await original(...args);
      await ready();
      return response;
    };
  }
  return page;
}

async function openPage(browser, { width = 1280, height = 900, serviceWorkers = 'allow', locale = 'en-US', touch = false, waitForKnowledge = true, options = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers, locale, hasTouch: touch, isMobile: touch, ...options });
  if (waitForKnowledge) context.on('page', waitForKnowledgeAfterGoto);
  const page = await context.newPage();
  const record = { requests: [], swRequests: 0, consoleErrors: [], pageErrors: [], cspViolations: [] };
  context.on('request', (r) => {
    record.requests.push(r.url());
    if (r.serviceWorker()) record.swRequests++;
  });
  // Content-Security-Policy violations are reported to the test through a binding.
  await page.exposeBinding('__cspViolation', (_, v) => record.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (m.type() === 'error') record.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => record.pageErrors.push(String(e)));
  return { context, page, record };
}

/**
 * Saves a full-page screenshot named after the test and the screen. A screenshot is an
 * artifact for people to look at, not an assertion: headless Chromium on a loaded machine
 * once hung for 30 s taking one (CI, "acute limb ischaemia"), so it is tried twice, and a
 * screenshot that still cannot be taken is reported on stderr instead of failing the test.
 */
async function shot(page, name) {
  const file = path.join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  for (const fullPage of [true, false]) {
    try {
      await page.screenshot({ path: file, fullPage, timeout: 15000, animations: 'disabled' });
      return file;
    } catch (e) {
      console.error(`screenshot ${name} (fullPage ${fullPage}) failed: ${e.message.split('\n')[0]}`);
    }
  }
  return null;
}

const AxeBuilder = axeModule.AxeBuilder || axeModule.default;
/** The WCAG 2.2 A and AA rule tags axe-core checks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the page (frames included), one line each. */
async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Starts nginx (scripts/serve, the real server config) for `dir` on `port`, with extra
 * environment (FRAME_ANCESTORS, FRAME_SRC); resolves once it answers, to { url, stop }.
 * Refuses a port that already answers: a server left there would have another configuration.
 */
async function serve(dir, port, env = {}) {
  const url = `http://127.0.0.1:${port}/`;
  if (await fetch(url).then(() => true, () => false)) {
    throw new Error(`port ${port} is already serving; stop that server first`);
  }
  const server = spawn(path.join(ROOT, 'scripts/serve'), [dir, String(port)],
    { stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => { try { process.kill(-server.pid); } catch { /* gone */ } } };
}

/** Requests that did not go to the app's own origin. */
function foreignRequests(record) {
  const origin = new URL(BASE_URL).origin;
  return record.requests.filter((u) => !u.startsWith(origin + '/'));
}

/** The knowledge base the app fetches after its first paint (`knowledge.<hash>.bin`). */
const KNOWLEDGE = /\/knowledge\.[0-9a-f]{8}\.bin$/;

/**
 * Holds every request of `page` matching `pattern` (the knowledge base, the wasm) until
 * `release()`, then lets it through; `count` says how many were asked for. Service workers
 * must be blocked, so that every request reaches Playwright's router.
 */
async function hold(page, pattern) {
  let release;
  const gate = new Promise((r) => { release = r; });
  const held = { count: 0, release: () => release() };
  await page.route(pattern, async (route) => {
    held.count++;
    await gate;
    await route.continue();
  });
  return held;
}

module.exports = { BASE_URL, DIST, ROOT, CHROMIUM_ARGS, KNOWLEDGE, serve, AxeBuilder, AXE_TAGS, axeViolations, launch, openPage, shot, foreignRequests, hold };
