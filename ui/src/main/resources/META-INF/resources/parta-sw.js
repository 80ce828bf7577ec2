// Parta's service worker (docs/architecture.md "Installable app"). It keeps the app shell on the
// phone: the hashed scripts of the UI, its styles and icons, so a start on bad Wi-Fi only waits for
// the small page itself; when the school server cannot be reached at all, a page says so and retries.
// Nothing personal is ever cached: messages, files and screens always come from the server.
const SHELL = 'parta-shell-v1';
const OFFLINE = '/offline';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL)
    .then((cache) => cache.addAll([OFFLINE, '/styles/parta.css', '/icons/icon-192.png']))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// Scripts under /VAADIN/build/ carry their content's hash in the name: once cached, always right.
function immutable(path) {
  return path.startsWith('/VAADIN/build/') || path.startsWith('/icons/');
}

// Styles may change with an upgrade: served from the cache at once, refreshed behind.
function refreshed(path) {
  return path.startsWith('/styles/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (immutable(url.pathname)) {
    event.respondWith(caches.open(SHELL).then((cache) => cache.match(request).then((cached) => cached
      || fetch(request).then((response) => {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      }))));
  } else if (refreshed(url.pathname)) {
    event.respondWith(caches.open(SHELL).then((cache) => cache.match(request).then((cached) => {
      const fresh = fetch(request).then((response) => {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      });
      return cached || fresh;
    })));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
  }
});
