/* Qatysu offline queue (SYNC.md, "The phone's side"), shared by the pages and the service worker.
   Items live in IndexedDB until the server answers "created" or "duplicate", or the person discards them. */
(function (root) {
  "use strict";
  const DB_NAME = "qatysu";
  const BATCH = 200;
  const BACKOFF_BASE_MS = 5000;
  const BACKOFF_MAX_MS = 30 * 60 * 1000;

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  let opening = null;
  function open() {
    if (!opening) {
      opening = new Promise((resolve, reject) => {
        const req = indexedDB.open(DB_NAME, 1);
        req.onupgradeneeded = () => {
          const db = req.result;
          db.createObjectStore("queue", { keyPath: "key" });
          db.createObjectStore("sent", { keyPath: "key" });
          db.createObjectStore("settings");
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    return opening;
  }

  async function store(name, mode) {
    return (await open()).transaction(name, mode).objectStore(name);
  }
  async function all(name) { return request((await store(name, "readonly")).getAll()); }
  async function get(name, key) { return request((await store(name, "readonly")).get(key)); }
  async function put(name, value, key) { return request((await store(name, "readwrite")).put(value, key)); }
  async function remove(name, key) { return request((await store(name, "readwrite")).delete(key)); }

  function uuid() {
    if (root.crypto && root.crypto.randomUUID) return root.crypto.randomUUID();
    const b = root.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function localIsoNow() {
    const d = new Date();
    const off = -d.getTimezoneOffset();
    const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
    const local = new Date(d.getTime() + off * 60000).toISOString().slice(0, 19);
    return local + (off >= 0 ? "+" : "-") + pad(off / 60) + ":" + pad(off % 60);
  }

  async function setting(name, value) {
    if (value === undefined) return get("settings", name);
    return put("settings", value, name);
  }

  async function deviceId() {
    let id = await setting("device");
    if (!id) { id = uuid(); await setting("device", id); }
    return id;
  }

  /* Save a filled form. The key is the form's submission_key: saving it twice keeps one item. */
  async function add(kind, key, fields, lang) {
    const existing = await get("queue", key);
    const item = { key: key, kind: kind, lang: lang || "kk", fields: fields,
                   created_at: existing ? existing.created_at : localIsoNow(),
                   state: "waiting", errors: null, saved_at: Date.now() };
    await put("queue", item);
    return item;
  }

  async function count() { return request((await store("queue", "readonly")).count()); }

  /* A reply counts only if it is the protocol's JSON with one result for each key sent. */
  function validReply(body, keys) {
    if (!body || !Array.isArray(body.results) || body.results.length !== keys.length) return false;
    return body.results.every((r, i) => r && r.key === keys[i] &&
      ["created", "duplicate", "rejected"].includes(r.status));
  }

  async function postBatch(items, token, device) {
    const payload = JSON.stringify({ device: device, items: items.map((i) => (
      { key: i.key, kind: i.kind, created_at: i.created_at, lang: i.lang, fields: i.fields })) });
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    let body = payload;
    if (root.CompressionStream && payload.length > 2048) {
      body = await new Response(new Blob([payload]).stream().pipeThrough(new CompressionStream("gzip"))).blob();
      headers["Content-Encoding"] = "gzip";
    }
    return fetch("/api/v1/sync", { method: "POST", headers: headers, body: body, credentials: "omit", cache: "no-store" });
  }

  async function backoff(failed) {
    if (!failed) { await setting("backoff", { attempts: 0, next: 0 }); return; }
    const state = (await setting("backoff")) || { attempts: 0 };
    const attempts = state.attempts + 1;
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * Math.pow(2, attempts - 1));
    const jittered = delay * (0.5 + Math.random());  // spread phones that regain signal together
    await setting("backoff", { attempts: attempts, next: Date.now() + jittered });
  }

  async function due() {
    const state = await setting("backoff");
    return !state || !state.next || Date.now() >= state.next;
  }

  /* Send every waiting item, in batches; returns {sent, rejected, failed}. */
  async function sendNow() {
    const run = async () => {
      const outcome = { sent: 0, rejected: 0, failed: false };
      const waiting = (await all("queue")).filter((i) => i.state === "waiting")
        .sort((a, b) => a.saved_at - b.saved_at);
      const token = await setting("token");
      const device = await deviceId();
      for (let start = 0; start < waiting.length; start += BATCH) {
        const batch = waiting.slice(start, start + BATCH);
        const keys = batch.map((i) => i.key);
        let body = null;
        try {
          const response = await postBatch(batch, token, device);
          if (response.status === 401) { outcome.failed = true; outcome.unauthorized = true; break; }
          if (response.status !== 200) { outcome.failed = true; break; }
          body = await response.json();
        } catch (error) {
          outcome.failed = true;
          break;
        }
        if (!validReply(body, keys)) { outcome.failed = true; break; }
        for (const result of body.results) {
          const item = batch.find((i) => i.key === result.key);
          if (result.status === "rejected") {
            item.state = "rejected";
            item.errors = result.errors || {};
            await put("queue", item);
            outcome.rejected += 1;
          } else {
            await put("sent", { key: item.key, kind: item.kind, ref: result.ref, follow: result.follow || null,
                                lang: item.lang, text: (item.fields.text || item.fields.title || "").slice(0, 80),
                                sent_at: Date.now() });
            await remove("queue", item.key);
            outcome.sent += 1;
          }
        }
      }
      await backoff(outcome.failed);
      return outcome;
    };
    // Two tabs (or a tab and the service worker) never send the same items at once. One that finds
    // another sending waits for it to finish, so it answers (and its page shows) the queue as it is after.
    if (root.navigator && root.navigator.locks) {
      const busy = () => ({ sent: 0, rejected: 0, failed: false, busy: true });
      return root.navigator.locks.request("qatysu-sync", { ifAvailable: true },
        (lock) => (lock ? run() : root.navigator.locks.request("qatysu-sync", busy)));
    }
    return run();
  }

  async function fix(key, fields) {
    const item = await get("queue", key);
    if (!item) return null;
    item.fields = fields;
    item.state = "waiting";
    item.errors = null;
    await put("queue", item);
    return item;
  }

  async function exportBody() {
    const items = (await all("queue")).map((i) => ({ key: i.key, kind: i.kind, created_at: i.created_at, fields: i.fields }));
    return { device: await deviceId(), items: items };
  }

  root.QatysuQueue = { open: open, add: add, all: () => all("queue"), sent: () => all("sent"), get: (k) => get("queue", k),
                       remove: (k) => remove("queue", k), count: count, sendNow: sendNow, due: due, fix: fix,
                       setting: setting, uuid: uuid, exportBody: exportBody, validReply: validReply };
})(typeof self !== "undefined" ? self : this);
