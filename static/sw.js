// LegCheck service worker. scripts/trunk-post-build writes the real sw.js from this template
// with VERSION (a hash of the build) and PRECACHE (every file of the build), so the list is never
// kept by hand. Files are served from the versioned cache; navigations get the cached app, so
// the app works offline and one version is never mixed with another. A new version waits until
// the page asks it to take over (after saving the answers), and old caches are then deleted.
const VERSION = '__VERSION__';
const CACHE = `legcheck-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('legcheck-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'legcheck:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.open(CACHE)
      .then((cache) => cache.match('index.html'))
      .then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((hit) => hit || fetch(request)));
});
