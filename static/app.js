/* Qatysu's one script, for the pages and (through importScripts) the service worker.
   One file rather than two: on 2G each extra request costs a round trip of over a second. */
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
                                lang: item.lang, fields: item.fields, sent_at: Date.now() });
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

  /* An item that reached the server by the form itself (after a fix): it joins those sent from this phone. */
  async function markSent(key, ref, follow) {
    const item = await get("queue", key);
    if (!item) return;
    await put("sent", { key: key, kind: item.kind, ref: ref, follow: follow, lang: item.lang, fields: item.fields,
                        sent_at: Date.now() });
    await remove("queue", key);
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
    // Each item keeps its form's language, so a Russian appeal uploaded from the file stays Russian.
    const items = (await all("queue")).map((i) => ({ key: i.key, kind: i.kind, created_at: i.created_at, lang: i.lang,
                                                     fields: i.fields }));
    return { device: await deviceId(), items: items };
  }

  root.QatysuQueue = { open: open, add: add, all: () => all("queue"), sent: () => all("sent"), get: (k) => get("queue", k),
                       remove: (k) => remove("queue", k), count: count, sendNow: sendNow, due: due, fix: fix,
                       markSent: markSent,
                       setting: setting, uuid: uuid, exportBody: exportBody, validReply: validReply };
})(typeof self !== "undefined" ? self : this);

/* The page's side: enhancement only, every page works without it.
   It registers the service worker, keeps filled forms on the phone when they cannot be sent,
   shows the queue, and sends it on load, when the connection returns, on a timer and on "Send now". */
(function () {
  "use strict";
  if (typeof document === "undefined") return;  // inside the service worker: the queue above is all it needs
  const Q = window.QatysuQueue;
  const SEND_EVERY_MS = 30000;
  const lang = document.documentElement.lang || "kk";

  function $(selector, rootNode) { return (rootNode || document).querySelector(selector); }
  function $$(selector, rootNode) { return Array.from((rootNode || document).querySelectorAll(selector)); }

  if ("serviceWorker" in navigator) {
    // After the page has loaded: on 2G the page's own bytes come first, the offline copies
    // and the install manifest after.
    const register = () => {
      const manifest = document.createElement("link");
      manifest.rel = "manifest";
      manifest.href = document.documentElement.dataset.manifest;
      document.head.appendChild(manifest);
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
      // The worker keeps the blank forms and the queue page in this page's language, whichever it is.
      navigator.serviceWorker.ready.then((registration) => {
        if (registration.active) registration.active.postMessage({ cacheShell: lang });
      }).catch(() => {});
    };
    const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 1));
    if (document.readyState === "complete") idle(register);
    else window.addEventListener("load", () => idle(register));
  }
  if (!Q || !window.indexedDB) return;
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});

  async function showCount() {
    const n = await Q.count();
    $$("[data-queue-count]").forEach((el) => {
      el.setAttribute("data-queue-count", String(n));
      if (el.classList.contains("js-queue-link")) {
        el.hidden = n === 0;
        const number = $(".js-n", el);
        if (number) number.textContent = String(n);
      }
    });
    if ($(".js-queue-list")) await renderQueue();
  }

  /* ---- the kinds registry's words and limits, as the server rendered them into the page ---- */
  function wordsOf(el) { return el ? JSON.parse(el.dataset.words) : null; }

  // What the registry says of a kind: its words, its form page, the field that sums an item up.
  function kindOf(w, name) { return w.kinds[name] || { label: name, fields: {}, summary: "", form: "" }; }

  function summaryOf(w, item) {
    const kind = kindOf(w, item.kind);
    return String((item.fields || {})[kind.summary] || (item.text || ""));
  }

  // One error in words: the field's own sentence for the code, else the common one, with its limit.
  function sentence(w, kindName, field, code) {
    const spec = kindOf(w, kindName).fields[field];
    const text = (spec && spec.messages[code]) || w.errors[code] || w.errors.invalid;
    const limit = spec ? (code === "too_short" ? spec.min_length : spec.max_length) : "";
    return text.replace("{num}", limit);
  }

  function errorWords(w, item, field, code) {
    const spec = kindOf(w, item.kind).fields[field];
    return ((spec && spec.label) || w.form_field) + ": " + sentence(w, item.kind, field, code);
  }

  /* ---- checking a form on the phone, before it is sent or saved, by the server's own limits ---- */
  function problems(form, w) {
    const invisible = new RegExp(w.invisible, "g");
    const found = {};
    Object.entries(kindOf(w, form.dataset.kind).fields).forEach(([name, spec]) => {
      const input = form.elements[name];
      if (!input || input.type === "hidden") return;
      if (spec.type === "flag") {
        if (spec.required && !input.checked) found[name] = "required";
        return;
      }
      const text = input.value.trim();
      const visible = text.replace(invisible, "").trim().length;
      if (!visible) { if (spec.required) found[name] = "required"; }
      else if (visible < spec.min_length) found[name] = "too_short";
      else if (spec.needs_letters && !/\p{L}/u.test(text)) found[name] = "no_letters";
      else if (Array.from(text).length > spec.max_length) found[name] = "too_long";
    });
    return found;
  }

  // Errors beside their fields, as the server writes them (macros.html), and a summary that takes focus.
  function showProblems(form, w, found) {
    $$(".js-phone-error", form.parentNode).forEach((el) => el.remove());
    $$("[data-describedby]", form).forEach((input) => {
      input.setAttribute("aria-describedby", input.dataset.describedby);
      if (!input.dataset.describedby) input.removeAttribute("aria-describedby");
      input.removeAttribute("aria-invalid");
    });
    const names = Object.keys(found);
    if (!names.length) return false;
    names.forEach((name) => {
      const input = form.elements[name];
      if (!input || !input.id) return;
      const error = document.createElement("p");
      error.className = "error js-phone-error";
      error.id = input.id + "-error-phone";
      error.textContent = sentence(w, form.dataset.kind, name, found[name]);
      input.parentNode.insertBefore(error, input);
      if (input.dataset.describedby === undefined) input.dataset.describedby = input.getAttribute("aria-describedby") || "";
      input.setAttribute("aria-describedby", (input.dataset.describedby + " " + error.id).trim());
      input.setAttribute("aria-invalid", "true");
    });
    const summary = document.createElement("div");
    summary.className = "alert js-phone-error";
    summary.setAttribute("role", "alert");
    summary.tabIndex = -1;
    summary.appendChild(document.createElement("p")).textContent = w.check_marked;
    form.parentNode.insertBefore(summary, form);
    summary.focus();
    return true;
  }

  /* ---- forms: a fresh key for every filled form; a saved form can be fixed ---- */
  function formFields(form) {
    const fields = {};
    new FormData(form).forEach((value, name) => {
      if (name !== "csrf_token" && name !== "submission_key" && typeof value === "string") fields[name] = value;
    });
    return fields;
  }

  // A live count of letters where the server has a limit: a longer text is refused in words, never cut.
  function countLetters(w) {
    $$("textarea[data-counter]").forEach((area) => {
      const counter = document.createElement("p");
      counter.className = "hint";
      counter.id = area.id + "-count";
      area.insertAdjacentElement("afterend", counter);
      const update = () => {
        const letters = Array.from(area.value).length;  // as the server counts: by character, not UTF-16 unit
        counter.textContent = w.letters.replace("{n}", letters).replace("{max}", area.dataset.counter);
        counter.classList.toggle("error", letters > Number(area.dataset.counter));
      };
      area.addEventListener("input", update);
      update();
    });
  }

  // What a person has typed survives a change of language or a reload, until the form is sent.
  function keepDraft(form, restore) {
    const key = "qatysu-draft:" + form.dataset.kind;
    if (restore) {
      const draft = JSON.parse(sessionStorage.getItem(key) || "null");
      if (draft) Object.entries(draft).forEach(([name, value]) => {
        const input = form.elements[name];
        if (!input || input.type === "hidden") return;
        if (input.type === "checkbox") input.checked = value === "1"; else input.value = value;
      });
    }
    form.addEventListener("input", () => sessionStorage.setItem(key, JSON.stringify(formFields(form))));
    return () => sessionStorage.removeItem(key);
  }

  async function prepareForms() {
    for (const form of $$("form.js-queue-form")) {
      const w = wordsOf(form);
      countLetters(w);
      const summary = $(".js-error-summary");
      if (summary) summary.focus();  // after a refused post, the person starts from what to fix
      const keyInput = form.elements.submission_key;
      const fixing = (location.hash.match(/^#fix=([0-9a-f-]{36})$/) || [])[1];
      const item = fixing ? await Q.get(fixing) : null;
      if (item) {
        // Fill the form with the saved item; sending it again keeps its key.
        keyInput.value = item.key;
        Object.entries(item.fields).forEach(([name, value]) => {
          const input = form.elements[name];
          if (!input) return;
          if (input.type === "checkbox") input.checked = value === "1" || value === true || value === "on";
          else input.value = value;
        });
        // A fix, titled as one, with what the server refused marked beside its field.
        const title = $("main h1");
        if (title) title.textContent = w.fix_title;
        document.title = w.fix_title + " · Qatysu";
        if (item.errors) showProblems(form, w, item.errors);
      } else if (!form.querySelector("[aria-invalid]")) {
        // A blank form may come from the phone's cache: never reuse its key.
        keyInput.value = Q.uuid();
      }
      const forgetDraft = keepDraft(form, !item && !summary);
      form.addEventListener("submit", async (event) => {
        // What the phone can check, it checks now: the worker may have left the village by the time it syncs.
        if (showProblems(form, w, problems(form, w))) { event.preventDefault(); return; }
        forgetDraft();
        if (navigator.onLine && navigator.serviceWorker && navigator.serviceWorker.controller) return;
        if (navigator.onLine) return;  // no service worker yet: let the browser post it
        event.preventDefault();
        await Q.add(form.dataset.kind, keyInput.value, formFields(form), lang);
        location.href = "/" + lang + "/queue?saved=" + encodeURIComponent(keyInput.value);
      });
    }
  }

  /* ---- the queue page ---- */
  function words() { return wordsOf($(".js-queue-words")); }

  async function renderQueue() {
    const w = words();
    const items = (await Q.all()).sort((a, b) => a.saved_at - b.saved_at);
    // One state per item, and counts that match them: waiting (or sending), refused; sent ones are listed below.
    const refused = items.filter((i) => i.state === "rejected").length;
    const counts = [items.length - refused ? w.count_many.replace("{n}", items.length - refused) : "",
                    refused ? w.count_refused.replace("{n}", refused) : ""].filter(Boolean);
    $(".js-queue-summary").textContent = counts.join(" ") || w.count_none;
    $(".js-queue-actions").hidden = items.length === 0;
    const list = $(".js-queue-list");
    list.replaceChildren(...items.map((item) => {
      const li = $("#queue-item").content.firstElementChild.cloneNode(true);
      const kind = kindOf(w, item.kind);
      $(".js-kind", li).textContent = kind.label;
      $(".js-when", li).textContent = new Date(item.saved_at).toLocaleString(lang);
      $(".js-text", li).textContent = summaryOf(w, item).slice(0, 160);
      $(".js-state", li).textContent = item.state === "rejected" ? w.rejected : (sendingNow ? w.sending : w.waiting);
      const errors = $(".js-errors", li);
      Object.entries(item.errors || {}).forEach(([field, code]) => {
        const line = document.createElement("li");
        line.textContent = errorWords(w, item, field, code);
        errors.appendChild(line);
      });
      // Fixing is what a refused item needs; a waiting one only waits.
      const fix = $(".js-fix", li);
      if (kind.form && item.state === "rejected") fix.href = "/" + (item.lang || lang) + kind.form + "#fix=" + item.key;
      else fix.remove();
      $(".js-discard", li).addEventListener("click", async () => {
        if (window.confirm(w.confirm_discard)) { await Q.remove(item.key); await showCount(); }
      });
      return li;
    }));
    const sent = (await Q.sent()).sort((a, b) => b.sent_at - a.sent_at).slice(0, 20);
    $(".js-sent-heading").hidden = sent.length === 0;
    $(".js-sent-list").replaceChildren(...sent.map((s) => {
      const li = $("#sent-item").content.firstElementChild.cloneNode(true);
      $(".js-ref", li).textContent = s.ref;
      $(".js-text", li).textContent = summaryOf(w, s).slice(0, 80);
      const link = $(".js-follow", li);
      if (s.follow) link.href = s.follow; else link.parentNode.remove();
      return li;
    }));
  }

  function saveFile(body) {
    const blob = new Blob([JSON.stringify(body, null, 1)], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "qatysu-queue-" + new Date().toISOString().slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  /* ---- sending ---- */
  let sending = false;
  let sendingNow = false;  // a request is on its way: waiting items show "sending"
  let sendAgain = false;
  async function send(manual) {
    // "Send now" or "online" while a timed attempt runs must not be lost: it runs once more after it.
    if (sending) { sendAgain = sendAgain || manual; return; }
    sending = true;
    try {
      // Offline for sure: wait for the "online" event rather than spend a backoff step on a request that cannot go.
      if (manual || (navigator.onLine && (await Q.due()))) await attempt(manual);
    } finally {
      sending = false;
    }
    if (sendAgain) { sendAgain = false; send(true); }
  }

  async function attempt(manual) {
    if ((await Q.count()) === 0) return;
    try {
      sendingNow = true;
      await showCount();
      const outcome = await Q.sendNow();
      const failed = $(".js-failed-notice");
      if (failed) failed.hidden = !(manual && outcome.failed);
      const sentNotice = $(".js-sent-notice");
      if (sentNotice) {
        sentNotice.hidden = !outcome.sent;
        if (outcome.sent) $("p", sentNotice).textContent = words().sent_many.replace("{n}", outcome.sent);
      }
    } finally {
      sendingNow = false;
      await showCount();
    }
  }

  async function setUp() {
    // The page an appeal lands on after a post: it reached the server, so it leaves the queue.
    const sentKey = $("[data-sent-key]");
    if (sentKey) await Q.markSent(sentKey.dataset.sentKey, sentKey.dataset.sentRef, location.pathname);
    const token = $("[data-device-token]");
    if (token) await Q.setting("token", token.dataset.deviceToken);
    if (/[?&]saved=/.test(location.search) && $(".js-saved-notice")) $(".js-saved-notice").hidden = false;
    await prepareForms();
    await showCount();
  }

  function start() {
    const ready = setUp();
    // Listen now, not after setUp's awaits, so an "online" event meanwhile is not lost;
    // sending waits for setUp, so a new device token is stored before anything goes.
    window.addEventListener("online", () => ready.then(() => send(true)));
    const sendButton = $(".js-send-now");
    if (sendButton) sendButton.addEventListener("click", () => ready.then(() => send(true)));
    const saveButton = $(".js-save-file");
    if (saveButton) saveButton.addEventListener("click", async () => saveFile(await Q.exportBody()));
    setInterval(() => ready.then(() => send(false)), SEND_EVERY_MS);
    ready.then(() => send(false));
  }
  start();
})();
