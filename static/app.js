/* Qatysu: enhancement only. Every page works without this file.
   It registers the service worker, keeps filled forms on the phone when they cannot be sent,
   shows the queue, and sends it on load, when the connection returns, on a timer and on "Send now". */
(function () {
  "use strict";
  const Q = window.QatysuQueue;
  const SEND_EVERY_MS = 30000;
  const lang = document.documentElement.lang || "kk";

  function $(selector, rootNode) { return (rootNode || document).querySelector(selector); }
  function $$(selector, rootNode) { return Array.from((rootNode || document).querySelectorAll(selector)); }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
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

  /* ---- forms: a fresh key for every filled form; a saved form can be fixed ---- */
  function formFields(form) {
    const fields = {};
    new FormData(form).forEach((value, name) => {
      if (name !== "csrf_token" && name !== "submission_key" && typeof value === "string") fields[name] = value;
    });
    return fields;
  }

  async function prepareForms() {
    for (const form of $$("form.js-queue-form")) {
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
      } else if (!form.querySelector("[aria-invalid]")) {
        // A blank form may come from the phone's cache: never reuse its key.
        keyInput.value = Q.uuid();
      }
      form.addEventListener("submit", async (event) => {
        if (navigator.onLine && navigator.serviceWorker && navigator.serviceWorker.controller) return;
        if (navigator.onLine) return;  // no service worker yet: let the browser post it
        event.preventDefault();
        await Q.add(form.dataset.kind, keyInput.value, formFields(form), lang);
        location.href = "/" + lang + "/queue?saved=" + encodeURIComponent(keyInput.value);
      });
    }
  }

  /* ---- the queue page ---- */
  function words() { return JSON.parse($(".js-queue-words").dataset.words); }

  async function renderQueue() {
    const w = words();
    const items = (await Q.all()).sort((a, b) => a.saved_at - b.saved_at);
    const summary = $(".js-queue-summary");
    summary.textContent = items.length ? w.count_many.replace("{n}", items.length) : w.count_none;
    $(".js-queue-actions").hidden = items.length === 0;
    const list = $(".js-queue-list");
    list.replaceChildren(...items.map((item) => {
      const li = $("#queue-item").content.firstElementChild.cloneNode(true);
      $(".js-kind", li).textContent = w.kinds[item.kind] || item.kind;
      $(".js-when", li).textContent = new Date(item.saved_at).toLocaleString(lang);
      $(".js-text", li).textContent = (item.fields.text || "").slice(0, 160);
      $(".js-state", li).textContent = item.state === "rejected" ? w.rejected : w.waiting;
      const errors = $(".js-errors", li);
      Object.entries(item.errors || {}).forEach(([field, code]) => {
        const line = document.createElement("li");
        line.textContent = (w.fields[field] || field) + ": " + (w.errors[code] || code);
        errors.appendChild(line);
      });
      $(".js-fix", li).href = "/" + (item.lang || lang) + "/appeals/new#fix=" + item.key;
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
      $(".js-text", li).textContent = s.text;
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
      const outcome = await Q.sendNow();
      const failed = $(".js-failed-notice");
      if (failed) failed.hidden = !(manual && outcome.failed);
      if (outcome.sent && $(".js-sent-notice")) $(".js-sent-notice").hidden = false;
    } finally {
      await showCount();
    }
  }

  async function setUp() {
    // The page an appeal lands on after a post: it reached the server, so it leaves the queue.
    const sentKey = $("[data-sent-key]");
    if (sentKey) await Q.remove(sentKey.dataset.sentKey);
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
