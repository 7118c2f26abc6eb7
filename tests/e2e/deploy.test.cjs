// Issue 14: LegCheck deployed on the hosts clinics already use. Caddy and Apache (both from
// Debian) are started with the configurations the build generated (dist/.deploy/, from
// server/headers.cjs) and must send exactly nginx's headers (CSP with this build's script hash,
// frame-ancestors, caching), serve the brotli and gzip copies, answer deep links with the app,
// hide build bookkeeping, and let the service worker take over so that a reload works offline.
// The static hosts' `_headers` file is checked against nginx's headers path by path.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { BASE_URL, DIST, launch, openPage } = require('./support.cjs');
const { parseStaticHeaders, staticHeadersFor } = require('../../server/headers.cjs');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A Content-Type without parameters; JavaScript's two names (RFC 9239) count as one. */
const mime = (type) => type.split(';')[0].trim().replace('application/javascript', 'text/javascript');

const COMPARED = ['content-security-policy', 'x-content-type-options', 'referrer-policy',
  'permissions-policy', 'cache-control'];

/** GET with a chosen Accept-Encoding, without decoding: { status, headers, body }. */
function get(url, encoding = 'identity') {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The paths to compare: each kind of file the build makes, a deep link and the root. */
function paths() {
  const files = fs.readdirSync(DIST);
  const pick = (re) => `/${files.find((f) => re.test(f))}`;
  return {
    compressed: [pick(/^legcheck-[0-9a-f]+_bg\.wasm$/), pick(/^legcheck-[0-9a-f]+\.js$/),
      pick(/^style-[0-9a-f]+\.css$/), '/index.html', '/icons/icon.svg',
      // The knowledge base the app fetches after its first paint.
      pick(/^knowledge\.[0-9a-f]{8}\.bin$/)],
    plain: ['/', '/sw.js', '/manifest.webmanifest', '/robots.txt', '/icons/icon-192.png'],
    deep: '/a/deep/link',
    hidden: ['/_headers', '/.deploy/Caddyfile'],
  };
}

async function waitUp(url) {
  for (let i = 0; i < 100; i++) {
    if (await get(url).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

function startCaddy(port) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'legcheck-caddy-'));
  const child = spawn('caddy', ['run', '--config', path.join(DIST, '.deploy/Caddyfile'), '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'ignore', 'pipe'], detached: true,
    env: { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home,
      LEGCHECK_ROOT: DIST, LEGCHECK_ADDRESS: `http://127.0.0.1:${port}` },
  });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  return { url: `http://127.0.0.1:${port}/`, log: () => log, stop: () => { try { process.kill(-child.pid); } catch { /* gone */ } } };
}

function startApache(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legcheck-apache-'));
  const mods = '/usr/lib/apache2/modules';
  fs.writeFileSync(path.join(dir, 'httpd.conf'), [
    `ServerRoot ${dir}`, `Listen 127.0.0.1:${port}`, `PidFile ${dir}/httpd.pid`, `ErrorLog ${dir}/error.log`,
    'ServerName localhost', 'User www-data', 'Group www-data', 'TypesConfig /etc/mime.types',
    ...['mpm_event', 'authz_core', 'headers', 'rewrite', 'mime', 'dir', 'env']
      .map((m) => `LoadModule ${m}_module ${mods}/mod_${m}.so`),
    `Define LEGCHECK_ROOT ${DIST}`,
    `Include ${path.join(DIST, '.deploy/apache.conf')}`,
  ].join('\n') + '\n');
  const child = spawn('apache2', ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore', detached: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    log: () => { try { return fs.readFileSync(path.join(dir, 'error.log'), 'utf8'); } catch { return ''; } },
    stop: () => { try { process.kill(-child.pid); } catch { /* gone */ } },
  };
}

/** The same headers as nginx for every kind of file, both encodings, deep links, hidden files. */
async function sameAsNginx(server, name) {
  const p = paths();
  for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip']]) {
    for (const file of p.compressed) {
      const [ours, theirs] = await Promise.all([get(BASE_URL.replace(/\/$/, '') + file, encoding), get(server.url.replace(/\/$/, '') + file, encoding)]);
      assert.equal(theirs.status, 200, `${name} ${file}`);
      assert.equal(theirs.headers['content-encoding'], expected, `${name} ${file} ${encoding}`);
      assert.equal(ours.headers['content-encoding'], expected, `nginx ${file} ${encoding}`);
      assert.equal(mime(theirs.headers['content-type']), mime(ours.headers['content-type']), `${name} ${file} type`);
      assert.deepEqual(theirs.body, ours.body, `${name} ${file}: the same ${encoding} copy`);
      for (const h of COMPARED) assert.equal(theirs.headers[h], ours.headers[h], `${name} ${file} ${h}`);
    }
  }
  for (const file of [...p.plain, p.deep]) {
    const [ours, theirs] = await Promise.all([get(BASE_URL.replace(/\/$/, '') + file), get(server.url.replace(/\/$/, '') + file)]);
    assert.equal(theirs.status, 200, `${name} ${file}`);
    assert.equal(mime(theirs.headers['content-type']), mime(ours.headers['content-type']), `${name} ${file} type`);
    for (const h of COMPARED) assert.equal(theirs.headers[h], ours.headers[h], `${name} ${file} ${h}`);
  }
  assert.match((await get(server.url.replace(/\/$/, '') + p.deep)).body.toString(), /<html/, `${name}: a deep link gets the app`);
  for (const file of p.hidden) assert.equal((await get(server.url.replace(/\/$/, '') + file)).status, 404, `${name} ${file}`);
  // A hashed name that is not there (an upload in progress) is a 404 on every host, never the
  // app and never cached for a year.
  for (const base of [BASE_URL, server.url]) {
    // The knowledge base too: a 404 tells the app the site has a newer version.
    for (const file of ['/legcheck-00000000deadbeef_bg.wasm', '/knowledge.deadbeef.bin']) {
      const missing = await get(base.replace(/\/$/, '') + file, 'br');
      assert.equal(missing.status, 404, `${base} missing hashed file ${file}`);
      assert.doesNotMatch(missing.headers['cache-control'] ?? '', /immutable/, `${base} caches a 404 for a year`);
    }
  }
}

/** The app runs there with no CSP violation, and after one visit a reload works offline. */
async function worksOffline(server, name) {
  const { context, page, record } = await openPage(browser);
  try {
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  } finally {
    server.stop();
  }
  await new Promise((r) => setTimeout(r, 300));
  await assert.rejects(get(server.url), `${name} is really down`);
  await page.reload();
  await page.locator('main button.button--start').click();
  assert.equal((await page.locator('main h1').innerText()).trim(), 'How old are you?', `${name}: offline`);
  assert.deepEqual(record.cspViolations, [], `${name}: CSP violations`);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
}

for (const [name, start, port] of [["Caddy", startCaddy, 8196], ["Apache", startApache, 8197]]) {
  test(`${name} serves LegCheck as nginx does, and it works offline`, async () => {
    const server = start(port);
    try {
      await waitUp(server.url);
      await sameAsNginx(server, name);
    } catch (e) {
      server.stop();
      e.message += `\n${name} log:\n${server.log()}`;
      throw e;
    }
    await worksOffline(server, name);
  });
}

/**
 * A static host with "pretty URLs", as Cloudflare Pages serves every site (and Netlify can):
 * `/x.html` is a 308 redirect to `/x` (the query kept), which answers with x.html; other files
 * as they are; any other path gets the app. Headers come from the build's `_headers` file,
 * matched against the address asked for, as on those hosts. Not the host itself (there is none
 * here), but the behaviour the service worker must survive: its precache follows the
 * redirects, a browser refuses a redirected response to a page, and the page's address is then
 * the one without `.html`.
 */
function startPrettyHost(port) {
  const rules = parseStaticHeaders(fs.readFileSync(path.join(DIST, '_headers'), 'utf8'));
  const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css',
    wasm: 'application/wasm', json: 'application/json', bin: 'application/octet-stream',
    svg: 'image/svg+xml', png: 'image/png', webmanifest: 'application/manifest+json', txt: 'text/plain' };
  const root = path.resolve(DIST);
  // A file of the build for an address, or null (never outside dist/).
  const file = (p) => {
    const full = path.resolve(root, `.${p}`);
    if (!full.startsWith(root + path.sep)) return null;
    try { return fs.statSync(full).isFile() ? full : null; } catch { return null; }
  };
  const redirects = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://host');
    let p;
    try { p = decodeURIComponent(url.pathname); } catch { res.writeHead(400).end(); return; }
    if (p.endsWith('.html')) {
      redirects.push(p);
      const to = p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p.slice(0, -'.html'.length);
      res.writeHead(308, { Location: `${to}${url.search}` }).end();
      return;
    }
    const found = (p === '/' ? null : file(p) ?? file(`${p}.html`)) ?? path.join(root, 'index.html');
    const headers = staticHeadersFor(rules, p);
    headers['content-type'] = types[path.extname(found).slice(1)] ?? 'application/octet-stream';
    res.writeHead(200, headers).end(fs.readFileSync(found));
  });
  server.on('error', (e) => { throw e; });
  server.listen(port, '127.0.0.1');
  server.unref();
  return { url: `http://127.0.0.1:${port}/`, redirects, stop: () => { server.closeAllConnections(); server.close(); } };
}

test('on a host that redirects .html (Cloudflare Pages), the service worker serves what it cached from a redirect, offline too', async () => {
  const host = startPrettyHost(8198);
  let opened;
  try {
    await waitUp(host.url);
    // Waiting for the knowledge base by hand: the demo page has none.
    opened = await openPage(browser, { waitForKnowledge: false });
    const { page } = opened;
    await page.goto(host.url);
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
    // The precache really followed redirects: the demo page's copy is a redirected response.
    assert.ok(host.redirects.includes('/embed-demo.html'), `redirected: ${host.redirects}`);
    assert.equal(await page.evaluate(async () => (await caches.match('/embed-demo.html'))?.redirected), true);
    // The address such a host shows for the demo page (no .html) is that page, not the app.
    await page.goto(`${host.url}embed-demo`);
    assert.equal(await page.locator('h1').first().innerText(), 'Example Clinic: check your leg pain');
  } finally {
    host.stop();
  }
  const { context, page, record } = opened;
  await assert.rejects(get(host.url), 'the host is really down');
  // Offline: the app, then the demo page at both of its addresses, from that redirected copy.
  await page.goto(host.url);
  await page.waitForFunction(() => performance.getEntriesByName('legcheck-compile-end', 'mark').length > 0);
  await page.locator('main button.button--start').click();
  await page.locator('#age-number').waitFor();
  assert.equal((await page.locator('main h1').innerText()).trim(), 'How old are you?');
  for (const address of ['embed-demo.html', 'embed-demo']) {
    await page.goto(`${host.url}${address}`);
    assert.equal(await page.locator('h1').first().innerText(), 'Example Clinic: check your leg pain', address);
  }
  assert.deepEqual(record.cspViolations, []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('who may frame LegCheck is checked before it reaches a CSP', () => {
  const { securityHeaders } = require('../../server/headers.cjs');
  const hashes = "'sha256-AAAA'";
  for (const bad of ["*", "'self'; script-src *", "https://a.example,https://b.example", "javascript:alert(1)"]) {
    assert.throws(() => securityHeaders({ scriptHashes: hashes, frameAncestors: bad }), /frame-ancestors/, bad);
  }
  const csp = securityHeaders({ scriptHashes: hashes, frameAncestors: "'self' https://clinic.example" })[0][1];
  assert.match(csp, /frame-ancestors 'self' https:\/\/clinic\.example$/);
});

test('the static hosts\' _headers gives every path nginx\'s headers', async () => {
  const rules = parseStaticHeaders(fs.readFileSync(path.join(DIST, '_headers'), 'utf8'));
  const p = paths();
  const files = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => fs.statSync(path.join(DIST, f)).isFile() && !/\.(br|gz)$/.test(f) && !/(^|\/)(\.|_headers$)/.test(f))
    .map((f) => `/${f.split(path.sep).join('/')}`);
  assert.ok(files.length > 15, `${files.length} files`);
  for (const file of new Set(['/', ...files, ...p.compressed])) {
    const ours = await get(BASE_URL.replace(/\/$/, '') + file);
    const theirs = staticHeadersFor(rules, file);
    for (const h of COMPARED) assert.equal(theirs[h], ours.headers[h], `_headers ${file} ${h}`);
  }
  // A negative control: a rule set that misses a header is caught.
  const broken = rules.map((r) => ({ ...r, headers: r.headers.filter(([k]) => k !== 'Referrer-Policy') }));
  assert.notEqual(staticHeadersFor(broken, '/')['referrer-policy'], (await get(BASE_URL)).headers['referrer-policy']);
});
