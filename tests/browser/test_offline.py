"""Offline first, in a real browser: forms open offline, submissions queue and sync exactly once.

Each test plays a phone: it opens the site once online (so the service worker caches the forms),
loses the connection (context.set_offline), fills forms, and later reconnects. Requests to
/api/v1/sync are watched, delayed, dropped or answered by a "captive portal" by ServerTap.
"""
import collections
import gzip
import io
import json
import re
import socket
import time

from conftest import csrf_from
from playwright.sync_api import expect

from db.models import Appeal, Device, SyncLog
from tests.browser.conftest import ARGS, CHROMIUM, wait_for_service_worker, wait_until

TEXT = "Ақшымырау ауылында үш күннен бері су жоқ, көмектесіңіздер."
QUEUED_COUNT = ".js-queue-summary"


def fill_appeal(page, text=TEXT):
    page.select_option("#category", "water")
    page.select_option("#settlement", "akshymyrau")
    page.fill("#text", text)
    page.fill("#name", "Айгерім")
    page.check("#public")
    page.check("#consent")


def expect_queued(page, n, timeout=15000):
    expect(page.locator(QUEUED_COUNT)).to_have_attribute("data-queue-count", str(n), timeout=timeout)


def open_form_then_go_offline(page, context, live_server):
    page.goto(live_server.url + "/kk/appeals/new")
    wait_for_service_worker(page)
    page.reload()  # now through the service worker, which cached the blank forms on install
    context.set_offline(True)


def queue_appeal(page, live_server, text=TEXT, lang="kk"):
    """Fill and send the appeal form while offline; returns the key the phone saved it under."""
    page.goto(live_server.url + f"/{lang}/appeals/new")
    fill_appeal(page, text)
    page.click("form.js-queue-form button[type=submit]")
    page.wait_for_url(re.compile(rf"/{lang}/queue\?saved="))
    return re.search(r"saved=([0-9a-f-]{36})", page.url).group(1)


def stored_queue(page):
    """The phone's own queue, read from IndexedDB through the site's script."""
    return page.evaluate("() => QatysuQueue.all()")


class ServerTap:
    """WSGI middleware in front of the live site: what reached the server, and a bad network to order.

    It sits on the server side because Playwright's routing misses some requests that pass through a
    service worker, and the worker's own Background Sync sends too; here every request is seen.
    sync_mode: "pass" (to the server), "lose_reply" (the server stores and commits, then the connection
    drops), "unreachable" (the connection drops), "portal" (a captive portal's 200 page), or
    "incomplete" (our JSON, but no result for the keys sent). portal_posts: {form action: status}
    answered by a page that is not ours, as a captive portal or a broken proxy would.
    """

    def __init__(self, app, monkeypatch, hold_seconds=0.0):
        self.server = app.wsgi_app
        self.sync_mode = "pass"
        self.hold_seconds = hold_seconds
        self.portal_posts = {}
        self.sent = []           # one list of keys per sync request
        self.authorization = []  # each sync request's Authorization header
        self.results = []        # every result the server answered, delivered or not
        monkeypatch.setattr(app, "wsgi_app", self)

    def __call__(self, environ, start_response):
        path, method = environ["PATH_INFO"], environ["REQUEST_METHOD"]
        if method == "POST" and path in self.portal_posts:
            return self.portal_page(start_response, self.portal_posts[path])
        if (method, path) != ("POST", "/api/v1/sync"):
            return self.server(environ, start_response)
        raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(raw)
        if environ.get("HTTP_CONTENT_ENCODING") == "gzip":
            raw = gzip.decompress(raw)
        self.sent.append([item["key"] for item in json.loads(raw)["items"]])
        self.authorization.append(environ.get("HTTP_AUTHORIZATION"))
        mode = self.sync_mode
        if mode == "portal":
            return self.portal_page(start_response)
        if mode == "incomplete":
            start_response("200 OK", [("Content-Type", "application/json")])
            return [b'{"results": [], "server_time": "2026-11-27T05:20:11Z"}']
        if mode == "unreachable":
            return self.drop(environ, start_response)
        time.sleep(self.hold_seconds)  # keep the request in flight, so another tab's attempt overlaps it
        environ.pop("HTTP_ACCEPT_ENCODING", None)  # an answer we can read here
        answer = {}
        body = b"".join(self.server(environ, lambda status, headers, exc_info=None: answer.update(
            status=status, headers=headers)))
        self.results.extend(json.loads(body)["results"])
        if mode == "lose_reply":
            return self.drop(environ, start_response)
        start_response(answer["status"], answer["headers"])
        return [body]

    @staticmethod
    def portal_page(start_response, status="200 OK"):
        start_response(status, [("Content-Type", "text/html")])  # and no X-Qatysu header
        return [b"<!doctype html><title>Wi-Fi</title><p>Please sign in to the network.</p>"]

    @staticmethod
    def drop(environ, start_response):
        """Close the connection before any reply: the phone sees a network error."""
        environ["werkzeug.socket"].shutdown(socket.SHUT_RDWR)
        start_response("200 OK", [])
        return []

    def statuses(self):
        return [r["status"] for r in self.results]


def test_form_opens_offline_and_a_queued_appeal_survives_reload_then_syncs_once(page, context, live_server, db):
    open_form_then_go_offline(page, context, live_server)
    page.goto(live_server.url + "/kk/appeals/new")
    expect(page.locator("#text")).to_be_visible()
    fill_appeal(page)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/kk/queue\?saved="))
    expect(page.locator(".js-saved-notice")).to_be_visible()
    expect(page.locator(".js-queue-summary")).to_have_attribute("data-queue-count", "1")
    page.reload()
    expect(page.locator(".js-queue-summary")).to_have_attribute("data-queue-count", "1")
    assert Appeal.select().count() == 0
    context.set_offline(False)
    expect(page.locator(".js-queue-summary")).to_have_attribute("data-queue-count", "0", timeout=15000)
    assert Appeal.select().count() == 1
    appeal = Appeal.get()
    assert appeal.source == "offline" and appeal.text == TEXT
    page.reload()
    page.click(".js-send-now") if page.is_visible(".js-send-now") else None
    assert Appeal.select().count() == 1


def launch_phone(browser, profile, **options):
    """A browser with a profile on disk, so IndexedDB and the service worker outlive a restart."""
    return browser.browser_type.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), args=ARGS, service_workers="allow",
        viewport={"width": 360, "height": 740}, locale="kk-KZ", **options)


def test_a_queued_appeal_survives_a_reload_and_a_browser_restart_then_is_stored_once(
        browser, live_server, db, tmp_path):
    phone = launch_phone(browser, tmp_path / "profile")
    try:
        page = phone.new_page()
        open_form_then_go_offline(page, phone, live_server)
        key = queue_appeal(page, live_server)
        page.reload()
        expect_queued(page, 1)
    finally:
        phone.close()

    phone = launch_phone(browser, tmp_path / "profile", offline=True)
    try:
        page = phone.new_page()
        page.goto(live_server.url + "/kk/queue")  # offline: from the service worker's cache
        expect_queued(page, 1)
        assert [item["key"] for item in stored_queue(page)] == [key]
        assert Appeal.select().count() == 0
        phone.set_offline(False)
        expect_queued(page, 0)
        page.reload()
        expect_queued(page, 0)
    finally:
        phone.close()
    appeal = Appeal.get()
    assert Appeal.select().count() == 1
    assert (appeal.source, appeal.submission_key, appeal.text) == ("offline", key, TEXT)


def test_a_reply_lost_after_the_server_stored_the_item_is_resent_and_answered_duplicate(
        app, page, context, live_server, db, monkeypatch):
    tap = ServerTap(app, monkeypatch)
    open_form_then_go_offline(page, context, live_server)
    key = queue_appeal(page, live_server)
    tap.sync_mode = "lose_reply"
    context.set_offline(False)
    expect(page.locator(".js-failed-notice")).to_be_visible(timeout=15000)
    assert tap.results[0]["status"] == "created" and Appeal.select().count() == 1
    expect_queued(page, 1)
    assert [(i["key"], i["state"]) for i in stored_queue(page)] == [(key, "waiting")]

    tap.sync_mode = "pass"
    page.click(".js-send-now")
    expect_queued(page, 0)
    first = tap.results[0]
    duplicate = {"key": key, "status": "duplicate", "ref": first["ref"], "follow": first["follow"]}
    assert len(tap.results) >= 2 and tap.results[1:] == [duplicate] * (len(tap.results) - 1)
    expect(page.locator(".js-sent-list .js-ref")).to_have_text(first["ref"])
    assert Appeal.select().count() == 1


def test_a_captive_portal_or_an_incomplete_reply_keeps_the_item_queued(
        app, page, context, live_server, db, monkeypatch):
    tap = ServerTap(app, monkeypatch)
    open_form_then_go_offline(page, context, live_server)
    key = queue_appeal(page, live_server)
    tap.sync_mode = "portal"
    context.set_offline(False)
    expect(page.locator(".js-failed-notice")).to_be_visible(timeout=15000)
    expect_queued(page, 1)
    attempts = len(tap.sent)
    assert attempts >= 1

    tap.sync_mode = "incomplete"
    page.click(".js-send-now")
    wait_until(page, f"() => QatysuQueue.setting('backoff').then((b) => b.attempts === {attempts + 1})")
    assert len(tap.sent) == attempts + 1
    expect(page.locator(".js-failed-notice")).to_be_visible()
    expect_queued(page, 1)
    assert [(i["key"], i["state"]) for i in stored_queue(page)] == [(key, "waiting")]
    assert Appeal.select().count() == 0

    tap.sync_mode = "pass"
    page.click(".js-send-now")
    expect_queued(page, 0)
    assert tap.statuses() == ["created"] and Appeal.get().submission_key == key


def test_a_form_post_answered_by_a_captive_portal_or_a_server_error_is_queued(
        app, page, context, live_server, db, monkeypatch):
    tap = ServerTap(app, monkeypatch)
    page.goto(live_server.url + "/kk/appeals/new")
    wait_for_service_worker(page)
    page.reload()
    keys = []
    for status in ("200 OK", "502 Bad Gateway"):
        # Online, but the post is answered by a page without X-Qatysu: the service worker keeps it.
        tap.portal_posts = {"/kk/appeals": status}
        page.goto(live_server.url + "/kk/appeals/new")
        fill_appeal(page)
        page.click("form.js-queue-form button[type=submit]")
        page.wait_for_url(re.compile(r"/kk/queue\?saved="))
        keys.append(re.search(r"saved=([0-9a-f-]{36})", page.url).group(1))
    # Online, so the queue page (or the worker's Background Sync) sends them at once through sync.
    expect_queued(page, 0)
    assert sorted(a.submission_key for a in Appeal.select()) == sorted(keys)
    assert {a.source for a in Appeal.select()} == {"offline"}


def test_a_rejected_item_shows_its_error_and_can_be_fixed_and_sent(page, context, live_server, db):
    open_form_then_go_offline(page, context, live_server)
    # A number only the server can judge: the phone checks lengths and ticks, not Kazakhstan's numbering.
    page.goto(live_server.url + "/kk/appeals/new")
    fill_appeal(page)
    page.fill("#phone", "12345")
    page.click("form.js-queue-form button[type=submit]")
    page.wait_for_url(re.compile(r"/kk/queue\?saved="))
    key = re.search(r"saved=([0-9a-f-]{36})", page.url).group(1)
    context.set_offline(False)
    page.click(".js-send-now")
    words = json.loads(page.get_attribute(".js-queue-words", "data-words"))
    item = page.locator(".js-queue-list > li")
    expect(item.locator(".js-state")).to_have_text(words["rejected"], timeout=15000)
    expect(item.locator(".js-errors li")).to_have_text(
        "Телефон: Қазақстан нөмірін жазыңыз, мысалы: +7 701 123 45 67.")
    expect_queued(page, 1)  # a rejected item stays until fixed or discarded
    assert Appeal.select().count() == 0

    item.locator(".js-fix").click()
    page.wait_for_url(re.compile(r"/kk/appeals/new#fix=" + key))
    # The fix form says it is one and marks the refused field.
    expect(page.locator("main h1")).to_have_text(words["fix_title"])
    expect(page.locator("#phone[aria-invalid=true]")).to_be_visible()
    expect(page.locator("#text")).to_have_value(TEXT)
    expect(page.locator("input[name=submission_key]")).to_have_value(key)
    expect(page.locator("#consent")).to_be_checked()
    page.fill("#phone", "+7 701 123 45 67")
    page.click("form.js-queue-form button[type=submit]")
    expect(page.locator(".ref")).to_have_text(re.compile(r"^MG-"))
    ref = page.locator(".ref").inner_text()
    page.goto(live_server.url + "/kk/queue")
    expect_queued(page, 0)
    appeal = Appeal.get()
    assert Appeal.select().count() == 1
    # Fixed and sent under the item's own key: a later resend of the old item could only be a duplicate.
    assert (appeal.submission_key, appeal.phone) == (key, "+77011234567")
    # And it is listed among those sent from this phone, with its reference.
    expect(page.locator(".js-sent-list .js-ref")).to_have_text([ref])


def test_the_phone_refuses_what_it_can_check_before_saving_in_the_persons_language(
        page, context, live_server, db):
    page.goto(live_server.url + "/kk/appeals/new")
    wait_for_service_worker(page)
    for lang, too_short in (("kk", "Сәл толығырақ жазыңыз: кемінде 10 әріп."),
                            ("ru", "Напишите чуть подробнее: не меньше 10 букв.")):
        page.goto(live_server.url + f"/{lang}/appeals/new")
        context.set_offline(True)
        waiting = len(stored_queue(page))
        fill_appeal(page, "су жоқ")
        page.uncheck("#consent")
        page.click("form.js-queue-form button[type=submit]")
        expect(page.locator("#text-error-phone")).to_have_text(too_short)
        expect(page.locator("#consent[aria-invalid=true]")).to_be_visible()
        expect(page.locator(".alert.js-phone-error")).to_be_focused()
        assert f"/{lang}/appeals/new" in page.url and len(stored_queue(page)) == waiting
        # Fixed on the spot, it is saved: the marks go.
        page.fill("#text", TEXT)
        page.check("#consent")
        page.click("form.js-queue-form button[type=submit]")
        page.wait_for_url(re.compile(rf"/{lang}/queue\?saved="))
        context.set_offline(False)
    expect_queued(page, 0)
    assert Appeal.select().count() == 2


def test_a_service_worker_update_keeps_the_queue_and_deletes_old_caches(
        app, page, context, live_server, db, monkeypatch):
    tap = ServerTap(app, monkeypatch)
    open_form_then_go_offline(page, context, live_server)
    key = queue_appeal(page, live_server)
    # Sync cannot get through while the worker updates, so the item is still queued when it does.
    tap.sync_mode = "unreachable"
    context.set_offline(False)

    serve_old = app.view_functions["root.service_worker_GET"]
    served = app.test_client().get("/sw.js").get_data(as_text=True)
    old_version = re.search(r'const VERSION = "(\w+)"', served)[1]

    def serve_new():
        response = serve_old()
        response.set_data(response.get_data(as_text=True).replace(
            f'const VERSION = "{old_version}"', 'const VERSION = "new-version"'))
        return response

    monkeypatch.setitem(app.view_functions, "root.service_worker_GET", serve_new)
    page.evaluate("() => navigator.serviceWorker.getRegistration().then((r) => r.update())")
    wait_until(page, """() => caches.keys().then((names) =>
        JSON.stringify(names.filter((n) => n.startsWith("qatysu-")).sort()) ===
        '["qatysu-pages-new-version","qatysu-static-new-version"]')""")
    wait_until(page, "() => navigator.serviceWorker.controller.state === 'activated'")

    assert [(i["key"], i["state"]) for i in stored_queue(page)] == [(key, "waiting")]
    context.set_offline(True)  # the new worker serves the queue page from its own cache
    page.reload()
    expect_queued(page, 1)
    tap.sync_mode = "pass"
    context.set_offline(False)
    expect_queued(page, 0)
    assert tap.statuses() == ["created"]
    assert Appeal.select().count() == 1 and Appeal.get().submission_key == key


def test_a_queue_saved_to_a_file_and_uploaded_elsewhere_creates_each_record_once(
        app, page, context, live_server, staff, db, monkeypatch):
    tap = ServerTap(app, monkeypatch)
    page.goto(live_server.url + "/kk/appeals/new")
    wait_for_service_worker(page)
    page.goto(live_server.url + "/ru/appeals/new")  # the Russian form too, visited once online
    context.set_offline(True)
    keys = [queue_appeal(page, live_server, TEXT),
            queue_appeal(page, live_server, "В селе третий день нет питьевой воды.", lang="ru")]
    with page.expect_download() as download:
        page.click(".js-save-file")
    with open(download.value.path(), encoding="utf-8") as f:
        saved = json.load(f)
    assert set(saved) == {"device", "items"}
    assert re.fullmatch(r"[0-9a-f-]{36}", saved["device"])
    assert sorted(i["key"] for i in saved["items"]) == sorted(keys)
    for item in saved["items"]:
        assert set(item) == {"key", "kind", "created_at", "lang", "fields"} and item["kind"] == "appeal"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", item["created_at"])
        assert item["fields"]["settlement"] == "akshymyrau" and "csrf_token" not in item["fields"]

    worker = staff.client("outreach")
    for attempt in range(2):
        token = csrf_from(worker.get("/staff/login").get_data(as_text=True))
        r = worker.post("/staff/upload", content_type="multipart/form-data", data={
            "csrf_token": token, "queue": (io.BytesIO(json.dumps(saved).encode()), "queue.json")})
        assert r.status_code == 200
    assert Appeal.select().count() == 2
    # Each item keeps the language of its form: the Russian appeal is not stored as Kazakh.
    assert {a.submission_key: a.lang for a in Appeal.select()} == {keys[0]: "kk", keys[1]: "ru"}

    context.set_offline(False)
    expect_queued(page, 0)
    assert tap.statuses() == ["duplicate", "duplicate"]
    assert Appeal.select().count() == 2
    assert sorted(a.submission_key for a in Appeal.select()) == sorted(keys)


def test_two_open_tabs_never_send_the_same_item_twice(app, page, context, live_server, db, monkeypatch):
    tap = ServerTap(app, monkeypatch, hold_seconds=0.5)
    open_form_then_go_offline(page, context, live_server)
    keys = [queue_appeal(page, live_server, f"{TEXT} Хат {n}.") for n in range(3)]
    other_tab = context.new_page()
    other_tab.goto(live_server.url + "/kk/queue")
    expect_queued(other_tab, 3)
    for tab in (page, other_tab):  # note what each tab's attempts came to
        tab.evaluate("""() => { const sendNow = QatysuQueue.sendNow; window.outcomes = [];
            QatysuQueue.sendNow = () => sendNow().then((o) => { window.outcomes.push(o); return o; }); }""")

    context.set_offline(False)  # the "online" event: both tabs start sending at once
    expect_queued(page, 0)
    expect_queued(other_tab, 0)
    outcomes = page.evaluate("() => window.outcomes") + other_tab.evaluate("() => window.outcomes")
    assert sorted(outcomes, key=lambda o: o["sent"]) == [
        {"sent": 0, "rejected": 0, "failed": False, "busy": True},  # found the other tab sending
        {"sent": 3, "rejected": 0, "failed": False}]
    assert collections.Counter(k for request in tap.sent for k in request) == collections.Counter(keys)
    assert tap.statuses() == ["created"] * 3
    assert Appeal.select().count() == 3
    assert SyncLog.select().count() == 0  # no duplicate was ever answered


def test_an_outreach_workers_phone_sends_with_its_device_token(
        app, page, context, live_server, staff, db, monkeypatch):
    tap = ServerTap(app, monkeypatch)
    page.goto(live_server.url + "/staff/login")
    page.fill("#login", "outreach")
    page.fill("#password", "correct-horse-battery")
    page.click("form button[type=submit]")
    page.goto(live_server.url + "/staff/outreach")
    page.fill("#label", "Samsung A12, Aruzhan")
    page.click("form[action$='/staff/outreach/devices'] button[type=submit]")
    token = page.get_attribute("[data-device-token]", "data-device-token")
    assert wait_until(page, "() => QatysuQueue.setting('token')") == token

    open_form_then_go_offline(page, context, live_server)
    queue_appeal(page, live_server, TEXT)
    queue_appeal(page, live_server, TEXT + " Екінші хат.")
    context.set_offline(False)
    expect_queued(page, 0)

    assert tap.authorization and set(tap.authorization) == {"Bearer " + token}
    device = Device.get()
    appeals = list(Appeal.select())
    assert len(appeals) == 2
    assert {(a.source, a.worker_id, a.device_id) for a in appeals} == {
        ("outreach", staff["outreach"].id, device.id)}


def test_without_javascript_the_appeal_form_still_posts_and_shows_the_reference(browser, live_server, db):
    context = browser.new_context(java_script_enabled=False, locale="kk-KZ")
    try:
        page = context.new_page()
        page.goto(live_server.url + "/kk/appeals/new")
        fill_appeal(page)
        page.click("form.js-queue-form button[type=submit]")
        expect(page.locator(".ref")).to_have_text(re.compile(r"^MG-[A-Z0-9]{8}$"))
        ref = page.text_content(".ref")
    finally:
        context.close()
    appeal = Appeal.get()
    assert (appeal.ref, appeal.source, appeal.text) == (ref, "web", TEXT)


def test_a_day_of_work_offline_survives_restarts_and_is_sent_in_batches(browser, live_server, db, tmp_path):
    """Three hundred appeals kept on the phone through a reload and a restart, then sent 200 at a time."""
    phone = launch_phone(browser, tmp_path / "profile")
    try:
        page = phone.new_page()
        open_form_then_go_offline(page, phone, live_server)
        key = queue_appeal(page, live_server)  # one through the form, as a worker would
        page.evaluate("""async (text) => {
            const fields = {category: "water", settlement: "akshymyrau", name: "Айгерім", public: "1", consent: "1"};
            for (let i = 0; i < 299; i++) {
                await QatysuQueue.add("appeal", QatysuQueue.uuid(), {...fields, text: text + " №" + i}, "kk");
            }
        }""", TEXT)
        page.reload()
        expect_queued(page, 300)
    finally:
        phone.close()
    phone = launch_phone(browser, tmp_path / "profile", offline=True)
    try:
        page = phone.new_page()
        page.goto(live_server.url + "/kk/queue")
        expect_queued(page, 300)
        phone.set_offline(False)
        expect_queued(page, 0, timeout=60000)
    finally:
        phone.close()
    # The server refuses more than 200 items in one request (413), so all 300 arriving means batches.
    assert Appeal.select().count() == 300
    assert Appeal.select().where(Appeal.submission_key == key).count() == 1


def cookie(context, name):
    return next((c["value"] for c in context.cookies() if c["name"] == name), None)


def test_a_russian_outreach_worker_saves_offline_and_lands_on_the_russian_queue(
        page, context, live_server, staff, db):
    # A fresh phone: the first page is the staff sign-in, switched to Russian.
    page.goto(live_server.url + "/staff/login")
    page.click("a[hreflang=ru]")
    page.fill("#login", "outreach")
    page.fill("#password", "correct-horse-battery")
    page.click("form[action$='/staff/login'] button[type=submit]")
    page.goto(live_server.url + "/staff/outreach")
    wait_for_service_worker(page)
    page.fill("#label", "Samsung A12, Айгерим")
    page.click("form[action$='/staff/outreach/devices'] button[type=submit]")
    page.fill("#ngo", "Жас Өркен")
    page.select_option("#event-settlement", "akshymyrau")
    page.click("form[action$='/staff/outreach/events'] button[type=submit]")
    event = page.get_attribute(".js-events li", "data-event-id")
    # The worker caches the shell in the language this person reads, not the default Kazakh.
    wait_until(page, "async () => !!(await caches.match('/ru/queue')) && !!(await caches.match('/ru/offline'))")
    assert cookie(context, "lang") == "ru", "a background fetch changed the person's language"

    page.goto(live_server.url + f"/ru/appeals/new?event={event}")
    context.set_offline(True)
    fill_appeal(page, "В селе третий день нет питьевой воды.")
    page.click("form.js-queue-form button[type=submit]")
    page.wait_for_url(re.compile(r"/ru/queue\?saved="))
    expect(page.locator(".js-saved-notice")).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "ru"
    # A page of ours never visited, offline: our offline page, never the browser's error.
    page.goto(live_server.url + "/ru/appeals")
    expect(page.locator("main h1")).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "ru"

    context.set_offline(False)
    page.goto(live_server.url + "/ru/queue")
    expect_queued(page, 0)
    appeal = Appeal.get()
    assert (appeal.lang, appeal.source, appeal.outreach_event_id) == ("ru", "outreach", int(event))
    page.goto(live_server.url + "/staff/outreach")
    assert page.evaluate("document.documentElement.lang") == "ru"


def test_after_reconnecting_the_queue_page_shows_one_true_state_per_item(page, context, live_server, db):
    page.goto(live_server.url + "/kk/appeals/new")
    wait_for_service_worker(page)
    page.goto(live_server.url + "/ru/appeals/new")  # the Russian form too, visited once online
    context.set_offline(True)
    good = queue_appeal(page, live_server, TEXT)
    page.goto(live_server.url + "/ru/appeals/new")
    fill_appeal(page, "В селе третий день нет питьевой воды.")
    page.fill("#phone", "12345")  # only the server knows this is not a number
    page.click("form.js-queue-form button[type=submit]")
    page.wait_for_url(re.compile(r"/ru/queue\?saved="))
    expect(page.locator(".js-queue-summary")).to_have_text("Ждут отправки: 2")
    expect(page.locator(".js-queue-list .js-fix")).to_have_count(0)  # nothing to fix while waiting
    context.set_offline(False)
    page.click(".js-send-now")
    expect(page.locator(".js-queue-summary")).to_have_text("Не принято, нужно исправить: 1", timeout=15000)
    expect(page.locator(".js-sent-notice")).to_have_text("Отправлено: 1")
    refused = page.locator(".js-queue-list > li")
    expect(refused).to_have_count(1)
    expect(refused.locator(".js-state")).to_have_text("Не принято. Исправьте или удалите.")
    expect(refused.locator("a.button.js-fix")).to_be_visible()  # the main action
    ref = Appeal.get(Appeal.submission_key == good).ref
    expect(page.locator(".js-sent-list .js-ref")).to_have_text([ref])
    expect_queued(page, 1)
