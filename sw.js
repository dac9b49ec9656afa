/* Qatysu service worker, served at /sw.js with scope "/". The server fills in the version and file lists.
   Caches: static files (cache first), pages (network falling back to cache). The queue of unsent
   submissions lives in IndexedDB (the queue part of static/app.js) and is never touched when caches change. */
"use strict";
const VERSION = "__VERSION__";
const PREFIX = "qatysu-";
const STATIC_CACHE = PREFIX + "static-" + VERSION;
const PAGES_CACHE = PREFIX + "pages-" + VERSION;
const PRECACHE = __PRECACHE__;
const LANGUAGES = __LANGUAGES__;
// The kinds registry (submissions/__init__.py): each kind's form action and the page of its form.
const KINDS = __KINDS__;
importScripts(__QUEUE_SCRIPT__);

// Blank forms, the queue page and the offline page: a phone that visited once works with no signal.
const SHELL_PATHS = ["/offline", "/queue", ...Object.values(KINDS).map((kind) => kind.form)];

// The kind whose form posts to this path (/<lang><action>), or null: only those posts are queued.
function queuedKind(pathname) {
  const lang = pathname.split("/")[1];
  if (!LANGUAGES.includes(lang)) return null;
  const action = pathname.slice(lang.length + 1);
  return Object.keys(KINDS).find((name) => KINDS[name].action === action) || null;
}

// A fetch of our own in the background: the server must not take it for the person's choice of language.
function backgroundFetch(url) {
  return fetch(url, { credentials: "same-origin", headers: { "X-Qatysu-Background": "1" } });
}

// The blank forms, queue and offline pages in one language, those not cached yet.
async function cacheShell(lang) {
  const pages = await caches.open(PAGES_CACHE);
  await Promise.all(SHELL_PATHS.map(async (path) => {
    const url = "/" + lang + path;
    if (await pages.match(url)) return;
    const response = await backgroundFetch(url).catch(() => null);
    if (response && response.ok) await pages.put(url, response);
  }));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await (await caches.open(STATIC_CACHE)).addAll(PRECACHE);
    // Only in the languages of the open pages: on 2G every kilobyte is a second. A page without a
    // language in its address (staff sign-in) tells its language itself, by the message below.
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const langs = [...new Set(windows.map((client) => languageOf(new URL(client.url))).filter(Boolean))];
    await Promise.all(langs.map(cacheShell));
    await self.skipWaiting();
  })());
});

// Every page says which language its person reads: a Russian-speaking worker who installed the
// worker on the staff sign-in page must still land on /ru/queue when a form is saved offline.
self.addEventListener("message", (event) => {
  const lang = event.data && event.data.cacheShell;
  if (LANGUAGES.includes(lang)) event.waitUntil(cacheShell(lang));
});

self.addEventListener("activate", (event) => {
  // Delete our old caches only; IndexedDB (the queue) is left alone.
  event.waitUntil((async () => {
    const keep = [STATIC_CACHE, PAGES_CACHE];
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && !keep.includes(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The language in a page's address (/kk/…), or null for pages without one (staff, sign-in).
function languageOf(url) {
  const lang = url.pathname.split("/")[1];
  return LANGUAGES.includes(lang) ? lang : null;
}

// Pages: network falling back to cache, then to the offline page (in the page's language if we have it).
async function networkFallingBackToCache(event) {
  const request = event.request;
  const pages = await caches.open(PAGES_CACHE);
  const lang = languageOf(new URL(request.url));
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      pages.put(request, response.clone());
      if (lang) event.waitUntil(cacheShell(lang));
    }
    return response;
  } catch (error) {
    const cached = (await pages.match(request)) || (await pages.match(request, { ignoreSearch: true }));
    if (cached) return cached;
    for (const code of [lang, ...LANGUAGES].filter(Boolean)) {
      const offline = await pages.match("/" + code + "/offline");
      if (offline) return offline;
    }
    return Response.error();
  }
}

// Static files carry their hash in the name: cache first, they never change.
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(STATIC_CACHE)).put(request, response.clone());
  return response;
}

// A form post: to the server if it answers as Qatysu does, else saved on the phone.
async function postOrQueue(request, kind) {
  const url = new URL(request.url);
  const form = await request.clone().formData();
  let response = null;
  try {
    // A navigation's own request will not follow redirects here; a copy that does shows where the post landed.
    response = await fetch(url.href, {
      method: "POST", body: await request.clone().arrayBuffer(), credentials: "same-origin", redirect: "follow",
      headers: { "Content-Type": request.headers.get("Content-Type") || "application/x-www-form-urlencoded" } });
  } catch (error) {
    response = null;
  }
  if (response) {
    const ours = response.headers.get("X-Qatysu") === "1";
    const landed = new URL(response.url || request.url);
    if (ours && response.redirected && landed.origin === url.origin) return Response.redirect(landed.href, 303);
    // The person's own mistakes (422) and a reused form (409) are shown as the server wrote them.
    if (ours && (response.status === 422 || response.status === 409)) return response;
  }
  // No network, a captive portal's page, a server error, an expired form token: keep it, send it later.
  const fields = {};
  for (const [name, value] of form.entries()) {
    if (name !== "csrf_token" && name !== "submission_key" && typeof value === "string") fields[name] = value;
  }
  const key = form.get("submission_key") || QatysuQueue.uuid();
  await QatysuQueue.add(kind, key, fields, languageOf(url));
  if (self.registration.sync) self.registration.sync.register("qatysu-queue").catch(() => {});
  return Response.redirect("/" + languageOf(url) + "/queue?saved=" + encodeURIComponent(key), 303);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST") {
    const kind = queuedKind(url.pathname);
    if (kind && request.mode === "navigate") event.respondWith(postOrQueue(request, kind));
    return;
  }
  if (request.method !== "GET") return;
  if (url.pathname.startsWith("/staff/") || url.pathname.startsWith("/api/")) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFallingBackToCache(event));
  }
});

// Background Sync, where the browser has it: send the queue when the connection returns.
self.addEventListener("sync", (event) => {
  if (event.tag === "qatysu-queue") {
    event.waitUntil(QatysuQueue.sendNow().then((outcome) => {
      if (outcome.failed) throw new Error("queue not sent yet");  // the browser retries later
    }));
  }
});
