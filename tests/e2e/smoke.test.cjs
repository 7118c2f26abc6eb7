// The release build renders, stays on its own origin, logs no errors, and serves the headers
// and deep links a real deployment needs.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, openPage, shot, foreignRequests } = require('./support.cjs');
const { scriptHashes } = require('../../server/headers.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the start screen renders with the not-a-diagnosis and emergency notices', async () => {
  const { context, page, record } = await openPage(browser);
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 1, name: 'Check your leg pain or cramps' }).waitFor();
  const text = await page.locator('main').innerText();
  assert.match(text, /This is not a diagnosis\./);
  assert.match(text, /In an emergency call your local emergency number\./);
  assert.match(text, /Your answers stay on this device/);
  // Each screen titles the page after its heading.
  await page.waitForFunction(() => document.title === 'Check your leg pain or cramps – LegCheck');
  await shot(page, 'start-1280');
  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(foreignRequests(record), []);
  assert.deepEqual(record.cspViolations, [], 'no Content-Security-Policy violations');
  assert.ok(record.requests.some((u) => u.endsWith('.wasm')), 'the app loaded its wasm');
  await context.close();
});

test('the start page is rendered before the knowledge base is decoded and compiled', async () => {
  // Issue 14: the start page waits for nothing it does not show. The knowledge base is not in
  // the wasm: it is fetched after the first paint (src/boot.rs), then checked, decoded and
  // compiled between marks (src/engine.rs). All of it runs after the start page's heading is in
  // the document and after a frame has been rendered with it (a requestAnimationFrame between
  // the two), and the first answer finds it done.
  const { context, page, record } = await openPage(browser);
  await page.addInitScript(() => {
    window.__frames = [];
    const frame = () => { window.__frames.push(performance.now()); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    new MutationObserver(() => {
      // The app's own heading (in #app), not the start page drawn into index.html, which is
      // there before the wasm has even arrived (static/shell.js).
      if (window.__heading === undefined && document.querySelector('#app main h1')) window.__heading = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 1, name: 'Check your leg pain or cramps' }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('legcheck-compile-end', 'mark').length > 0);
  const t = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    return {
      heading: window.__heading, frames: window.__frames,
      kb: mark('legcheck-kb-start'), compile: mark('legcheck-compile-start'),
      fetched: performance.getEntriesByType('resource')
        .find((e) => /\/knowledge\.[0-9a-f]{8}\.bin$/.test(e.name))?.startTime,
    };
  });
  assert.ok(t.heading > 0, 'the heading was seen');
  assert.ok(t.fetched > t.heading, `fetched from ${t.fetched} ms, after the heading at ${t.heading} ms`);
  assert.ok(t.frames.some((f) => f > t.heading && f < t.fetched),
    `a frame between the heading (${t.heading} ms) and the fetch (${t.fetched} ms): ${t.frames.slice(0, 12)}`);
  assert.ok(t.kb > t.heading, `decoded at ${t.kb} ms, after the heading at ${t.heading} ms`);
  assert.ok(t.frames.some((f) => f > t.heading && f < t.kb),
    `a frame between the heading (${t.heading} ms) and the decoding (${t.kb} ms): ${t.frames.slice(0, 12)}`);
  assert.ok(t.compile >= t.kb, `compiled at ${t.compile} ms, after decoding at ${t.kb} ms`);
  // The first answer finds them done: the after-paint task ran once, and the first screens
  // work with no page error.
  await page.locator('main button.button--start').click();
  await page.locator('#age-number').fill('60');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => /warning signs/.test(document.querySelector('main h1')?.innerText ?? ''));
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  assert.equal(marks.filter((m) => /legcheck-(kb|compile)-/.test(m)).length, 4, marks.join());
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test('continuing without an answer shows an error summary and keeps the page', async () => {
  const { context, page } = await openPage(browser);
  // Age is asked first; the warning signs come next.
  await page.goto(BASE_URL);
  await page.locator('main button.button--start').click();
  await page.locator('#age-number').fill('60');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => /warning signs/.test(document.querySelector('main h1')?.innerText ?? ''));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Answer the 4 questions that are still open/);
  assert.match(await page.locator('main h1').innerText(), /warning signs/);
  // The summary's link takes focus to the first question to fix.
  await page.locator('.error-summary a').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rf_sudden_cold_leg-0');
  await shot(page, 'red-flags-error');
  await context.close();
});

test('the server sends security headers, caches hashed files and serves deep links', async () => {
  const { context, page } = await openPage(browser);
  const index = await page.request.get(BASE_URL);
  assert.equal(index.headers()['x-content-type-options'], 'nosniff');
  assert.equal(index.headers()['referrer-policy'], 'no-referrer');
  assert.equal(index.headers()['cache-control'], 'no-cache');
  const csp = index.headers()['content-security-policy'];
  // Only index.html's two inline scripts, by hash: Trunk's bootstrap and the start page's
  // (static/shell.js).
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*'){2};/);
  for (const directive of ["connect-src 'self'", "object-src 'none'", "base-uri 'none'", 'frame-ancestors']) {
    assert.ok(csp.includes(directive), directive);
  }
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  const html = await index.text();
  assert.ok(csp.includes(`'wasm-unsafe-eval' ${scriptHashes(html).trim()};`), 'the hashes are those of this index.html');
  const wasm = html.match(/legcheck-[0-9a-f]+_bg\.wasm/);
  assert.ok(wasm, 'index.html references the hashed wasm');
  const asset = await page.request.get(BASE_URL + wasm[0]);
  assert.equal(asset.headers()['content-type'], 'application/wasm');
  // Files without Trunk's hash are revalidated, never cached as immutable.
  for (const path of ['sw.js', 'manifest.webmanifest', 'embed-demo.js']) {
    assert.equal((await page.request.get(BASE_URL + path)).headers()['cache-control'], 'no-cache', path);
  }
  assert.match(asset.headers()['cache-control'], /immutable/);
  // The knowledge base is named after its content too, so it is cached like the wasm.
  const kb = (await (await page.request.get(BASE_URL + 'sw.js')).text()).match(/knowledge\.[0-9a-f]{8}\.bin/);
  assert.ok(kb, 'the service worker precaches the knowledge base');
  const knowledge = await page.request.get(BASE_URL + kb[0]);
  assert.equal(knowledge.status(), 200);
  assert.match(knowledge.headers()['cache-control'], /immutable/);
  const robots = await page.request.get(BASE_URL + 'robots.txt');
  assert.equal(robots.status(), 200);
  assert.match(await robots.text(), /^User-agent: \*$/m);
  const deep = await page.request.get(BASE_URL + 'some/deep/link');
  assert.equal(deep.status(), 200);
  await context.close();
});

test('the wasm and the page are served pre-compressed: brotli when accepted, gzip otherwise', async () => {
  const http = require('node:http');
  // A raw request, so that nothing decompresses or rewrites the Accept-Encoding header.
  const head = (path, encoding) => new Promise((resolve, reject) => {
    http.get(BASE_URL + path, { headers: { 'accept-encoding': encoding } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers));
    }).on('error', reject);
  });
  const html = await (await fetch(BASE_URL)).text();
  const wasm = html.match(/legcheck-[0-9a-f]+_bg\.wasm/)[0];
  for (const path of ['', wasm]) {
    const br = await head(path, 'br, gzip');
    assert.equal(br['content-encoding'], 'br', `${path || 'index.html'} as brotli`);
    const gz = await head(path, 'gzip');
    assert.equal(gz['content-encoding'], 'gzip', `${path || 'index.html'} as gzip`);
    assert.ok(Number(br['content-length']) < Number(gz['content-length']), 'brotli is smaller');
    assert.match(br.vary ?? '', /Accept-Encoding/i);
  }
});

test('the served JS glue is minified, the glue and the wasm are named after their content, and both match index.html\'s integrity hashes', async () => {
  const crypto = require('node:crypto');
  // Node's fetch asks for compressed bodies and decodes them: the bytes are the file's own.
  const index = await (await fetch(BASE_URL)).text();
  const names = [...new Set(index.match(/legcheck-[0-9a-f]{16}\.js/g))];
  assert.equal(names.length, 1, `one glue file named in index.html: ${names}`);
  const [name] = names;
  const body = Buffer.from(await (await fetch(new URL(name, BASE_URL))).arrayBuffer());
  // scripts/minify-glue.cjs: the name is the first 16 hex digits of the minified file's SHA-256,
  // so one URL can never carry two different files.
  assert.equal(name, `legcheck-${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`);
  const integrity = `sha384-${crypto.createHash('sha384').update(body).digest('base64')}`;
  assert.ok(index.includes(`integrity=${integrity}`) || index.includes(`integrity="${integrity}"`),
    'the modulepreload integrity is the hash of the file served');
  assert.ok(body.length < 30000, `the glue is minified (${body.length} B)`);
  // The loader imports the same file the preload names.
  assert.ok(index.includes(`from '/${name}'`), 'the inline loader imports the renamed glue');
  // The wasm too is named after its bytes (wasm-opt runs after Trunk names it), and matches
  // its preload's integrity.
  const wasms = [...new Set(index.match(/legcheck-[0-9a-f]{16}_bg\.wasm/g))];
  assert.equal(wasms.length, 1, `one wasm named in index.html: ${wasms}`);
  const wasm = Buffer.from(await (await fetch(new URL(wasms[0], BASE_URL))).arrayBuffer());
  assert.equal(wasms[0], `legcheck-${crypto.createHash('sha256').update(wasm).digest('hex').slice(0, 16)}_bg.wasm`);
  assert.ok(index.includes(`sha384-${crypto.createHash('sha384').update(wasm).digest('base64')}`),
    'the wasm preload integrity is the hash of the wasm served');
});

test('both storages are first opened by the glue, before main() starts', async () => {
  const { context, page } = await openPage(browser);
  // Records each storage's first access (the glue's warm-up, scripts/minify-glue.cjs, then the
  // app's own reads): Window's attributes are the global object's own accessors.
  await page.addInitScript(() => {
    window.__opened = {};
    for (const name of ['sessionStorage', 'localStorage']) {
      const { get } = Object.getOwnPropertyDescriptor(window, name);
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          window.__opened[name] ??= performance.now();
          return get.call(window);
        },
      });
    }
  });
  await page.goto(BASE_URL);
  const { opened, main } = await page.evaluate(() => ({
    opened: window.__opened,
    main: performance.getEntriesByName('legcheck-start', 'mark')[0].startTime,
  }));
  for (const name of ['sessionStorage', 'localStorage']) {
    assert.ok(opened[name] < main, `${name} first opened at ${opened[name]} ms, main() at ${main} ms`);
  }
  await context.close();
});
