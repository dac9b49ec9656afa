/* Qatysu service worker: served at /sw.js. The server fills in the version and precache list. */
"use strict";
const VERSION = "__VERSION__";
const PREFIX = "qatysu-";
const STATIC_CACHE = PREFIX + "static-" + VERSION;
const PAGES_CACHE = PREFIX + "pages-" + VERSION;
const PRECACHE = __PRECACHE__;
const LANGUAGES = __LANGUAGES__;
const OFFLINE_PAGES = LANGUAGES.map((lang) => "/" + lang + "/offline");
const FORM_PAGES = LANGUAGES.map((lang) => "/" + lang + "/appeals/new");

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const statics = await caches.open(STATIC_CACHE);
    await statics.addAll(PRECACHE);
    const pages = await caches.open(PAGES_CACHE);
    // The blank forms and offline pages, so a phone that visited once can work with no signal.
    await Promise.all(OFFLINE_PAGES.concat(FORM_PAGES).map((url) =>
      fetch(url, { credentials: "same-origin" }).then((r) => r.ok && pages.put(url, r)).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  // Delete our old caches only; the queue lives in IndexedDB and is never touched here.
  event.waitUntil((async () => {
    const keep = [STATIC_CACHE, PAGES_CACHE];
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && !keep.includes(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

function languageOf(url) {
  const lang = url.pathname.split("/")[1];
  return LANGUAGES.includes(lang) ? lang : LANGUAGES[0];
}

// Pages: network falling back to cache, then to the offline page.
async function networkFallingBackToCache(request) {
  const pages = await caches.open(PAGES_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      pages.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await pages.match(request, { ignoreSearch: false });
    if (cached) return cached;
    return (await pages.match("/" + languageOf(new URL(request.url)) + "/offline")) || Response.error();
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/staff/") || url.pathname.startsWith("/api/")) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate" || (request.headers.get("Accept") || "").includes("text/html")) {
    event.respondWith(networkFallingBackToCache(request));
  }
});
