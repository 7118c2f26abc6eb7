// LegCheck service worker. scripts/trunk-post-build writes the real sw.js from this template
// with VERSION (a hash of the build) and PRECACHE (every file of the build), so the list is never
// kept by hand.
// - Files come from this version's cache. A navigation gets the app shell for the app's own
//   URLs (no file extension, not under docs/, not a cached page's address without `.html` as
//   hosts with "pretty URLs" show it), whatever their query, and the cached file for
//   the rest (the clinicians' documents, the embedding demo; matched ignoring its query if it
//   has one), as Workbox's navigation route with a denylist does; the network for anything not
//   cached.
// - A new version waits until a page asks it to take over (after saving the answers). The
//   previous version's cache is kept, so a tab still running it finds its own files: versions
//   are never mixed. Older caches are deleted.
const VERSION = '__VERSION__';
const PREFIX = 'legcheck-';
const CACHE = `${PREFIX}${VERSION}`;
const PRECACHE = __PRECACHE__;
// Versions in the order they took over, newest last (kept in a cache of its own).
const HISTORY = `${PREFIX}history`;
const KEEP = 2;
// Paths that are documents of their own, never the app: anything with a file extension (the
// hazard log, the knowledge base, the embedding demo) and the docs folder.
const NOT_APP = [/^docs\//, /\.[a-z0-9]+$/i];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

async function versions() {
  const hit = await (await caches.open(HISTORY)).match('versions');
  return hit ? hit.json() : [];
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const known = await versions();
    const order = known.filter((v) => v !== VERSION).concat(VERSION);
    await (await caches.open(HISTORY)).put('versions', new Response(JSON.stringify(order.slice(-KEEP))));
    // With no history yet (taking over from a worker that kept none), the older caches' order
    // is unknown: keep them this once, so no open tab loses its files; the next version trims.
    if (known.length) {
      const keep = new Set(order.slice(-KEEP).map((v) => PREFIX + v).concat(HISTORY));
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && !keep.has(key)) await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'legcheck:skip-waiting') self.skipWaiting();
});

// This version's cache, opened once for the worker's life rather than on every request (and
// opened again if opening it failed).
let ownCache;
const own = () => (ownCache ||= caches.open(CACHE).catch((e) => {
  ownCache = undefined;
  throw e;
}));

/** A request's file in a cache. Looked up by its URL, which is an index lookup; only a URL
 * with a query (even an empty one) is then matched ignoring it, which reads every entry (a few
 * milliseconds per request on a phone, and the wasm's request is on the way to the first
 * screen). */
async function lookup(cache, request) {
  const hit = await cache.match(request);
  if (hit || !request.url.includes('?')) return hit;
  return cache.match(request, { ignoreSearch: true });
}

/** A file from this version's cache, else from a kept older one (a tab still running it). */
async function cached(request) {
  const hit = await lookup(await own(), request);
  if (hit) return hit;
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE || key === HISTORY) continue;
    const old = await lookup(await caches.open(key), request);
    if (old) return old;
  }
  return undefined;
}

/** A response a navigation may be answered with: a browser refuses a redirected one (a host
 * such as Cloudflare Pages answers `/embed-demo.html` with a redirect to `/embed-demo`, which the
 * precache followed), so such a response is copied as a plain one, as Workbox does. */
function servable(response) {
  if (!response?.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(response.body, { status, statusText, headers });
}

/** A page from the cache: the app shell (the site's root, precached as `./`) for the app's own
 * URLs, whatever their query (`?lang=es`, a clinic's `?embed=1&parent=...`), unless the URL
 * is a cached page's without `.html`; the cached file for anything else (the clinicians'
 * documents, the embedding demo, matched ignoring its query if it has one); or nothing. */
async function page(request) {
  const cache = await own();
  const scope = new URL(self.registration.scope).pathname;
  const url = new URL(request.url);
  const path = url.pathname.slice(scope.length);
  if (NOT_APP.some((re) => re.test(path))) return servable(await lookup(cache, request));
  // A host with "pretty URLs" (Cloudflare Pages) shows a page's address without `.html`
  // (`/embed-demo`, where `/embed-demo.html` redirects): that page, not the app.
  if (path && !path.endsWith('/')) {
    url.pathname += '.html';
    const file = await lookup(cache, new Request(url.href));
    if (file) return servable(file);
  }
  return servable(await cache.match('./'));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Whatever the cache cannot give (or fails to) comes from the network, asked once.
  const fromCache = request.mode === 'navigate' ? page(request) : cached(request);
  event.respondWith(fromCache.catch(() => undefined).then((hit) => hit || fetch(request)));
});
