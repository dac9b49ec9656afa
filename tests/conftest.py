"""Fixtures in the Flask tutorial's shape: app, client, runner, and helpers that act like a person.

The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE_URL is
set. The schema is built once per run by the real migrations, from empty; each
test then starts with no appeals, users or logs (reference data stays).
"""
import os
import re
import shutil
import sqlite3
import threading
import uuid
from pathlib import Path

import jinja2
import pytest
from factories import PASSWORD, add_user
from werkzeug.serving import make_server

from app import create_app
from db import database, models

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; a worktree elsewhere names it with QATYSU_SHARED.
SHARED = Path(os.environ.get("QATYSU_SHARED") or ROOT.parent / "shared")
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
# Tables a test may fill, children first so deletes respect foreign keys.
TEST_TABLES = [models.SyncLog, models.AppealEvent, models.AuditLog, models.Appeal, models.OutreachEvent,
               models.Device, models.ApiKey, models.User]


def database_url(tmp_dir):
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_dir}/test.sqlite3"


@pytest.fixture(scope="session")
def _database(tmp_path_factory):
    """A database migrated up from empty, once per run."""
    tmp = tmp_path_factory.mktemp("db")
    url = database_url(tmp)
    app = make_app(url, tmp)
    with app.app_context():
        database.connect(reuse_if_open=True)
        database.drop_tables(list(reversed(models.ALL)), safe=True, cascade=url.startswith("postgres"))
        from db.migrate import upgrade
        from db.reference import load_reference
        upgrade()
        load_reference()
        database.close()
    if url.startswith("sqlite"):
        # The app closes its connection after each request, and the last one to close a WAL database
        # checkpoints it to disk; one idle connection held for the run spares every request that wait.
        keeper = sqlite3.connect(url.removeprefix("sqlite:///"))
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # maps the WAL index: now it counts
        yield url, tmp
        keeper.close()
    else:
        yield url, tmp


def make_app(url, tmp, **extra):
    """The app on a test database; everything it writes goes under tmp, nothing into the checkout."""
    tmp = Path(tmp)
    translations = tmp / "translations"
    if not translations.exists():
        # flask-babel reads compiled catalogs beside the .po files: compile a copy, not the checkout.
        shutil.copytree(ROOT / "translations", translations, ignore=shutil.ignore_patterns("*.mo"))
    config = {
        "TESTING": True,
        "DATABASE_URL": url,
        "SECRET_KEY": "test-secret-key",
        "QATYSU_PEPPER": "test-pepper",
        "RATELIMIT_ENABLED": False,
        "SESSION_COOKIE_SECURE": False,  # the test client and the live server speak plain http
        "RATELIMIT_STORAGE_URI": "memory://",
        "STATIC_BUILD_DIR": str(Path(tmp) / "static"),
        "DEMO_LOGINS_FILE": str(Path(tmp) / "demo-logins.txt"),
        "BABEL_TRANSLATION_DIRECTORIES": str(translations),
        # One round of PBKDF2 instead of scrypt: a test signs staff in by the dozen, and proves no strength.
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1",
        "SERVER_NAME": None,
    }
    config.update(extra)
    app = create_app(config)
    app.jinja_env.bytecode_cache = TEMPLATE_BYTECODE
    return app


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates shared by the run's apps: each test's new app would otherwise compile them again.

    Jinja checks each entry against its template's source, so an edited template is compiled afresh.
    """

    def __init__(self):
        self.compiled = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_BYTECODE = MemoryBytecodeCache()


@pytest.fixture
def app(_database):
    url, tmp = _database
    app = make_app(url, tmp)
    with app.app_context():
        database.connect(reuse_if_open=True)
        for table in TEST_TABLES:
            table.delete().execute()
        database.close()
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class LiveServer:
    """The app served on loopback in a thread, for a real browser or a real HTTP client."""

    def __init__(self, app):
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        # A short poll interval: shutdown() waits one interval, half a second by default.
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()


@pytest.fixture
def live_server(app):
    with LiveServer(app) as server:
        yield server


@pytest.fixture
def db(app):
    """A connection for a test that reads or writes the database directly."""
    database.connect(reuse_if_open=True)
    yield database
    if not database.is_closed():
        database.close()


def csrf_from(html):
    m = CSRF_RE.search(html)
    assert m, "the page has no CSRF token"
    return m.group(1)


def submit(client, page, action, fields, **kwargs):
    """Open the page like a browser, then post its form with the page's CSRF token."""
    html = client.get(page).get_data(as_text=True)
    data = {"csrf_token": csrf_from(html), **fields}
    return client.post(action, data=data, **kwargs)


def appeal_fields(**overrides):
    fields = {"category": "water", "settlement": "akshymyrau",
              "text": "Ауылда үш күннен бері ауыз су жоқ, көмектесіңіздер.",
              "name": "Айгерім Сапарова", "phone": "+7 701 123 45 67", "public": "1", "consent": "1",
              "submission_key": str(uuid.uuid4())}
    fields.update(overrides)
    return fields


def login(client, login_name, password=PASSWORD):
    return submit(client, "/staff/login", "/staff/login", {"login": login_name, "password": password})


@pytest.fixture
def staff(app, db):
    """One user of each role, signed-in clients made on demand: staff['officer'] etc."""
    with app.app_context():
        users = {
            "admin": add_user("admin", "admin"),
            "moderator": add_user("moderator", "moderator"),
            "officer": add_user("officer", "officer", "energy-housing-utilities"),
            "other_officer": add_user("roads", "officer", "transport-roads"),
            "outreach": add_user("outreach", "outreach"),
        }

    class Staff(dict):
        def client(self, role):
            c = app.test_client()
            r = login(c, users[role].login)
            assert r.status_code == 303, r.status_code
            return c

    return Staff(users)


def create_appeal(client, lang="kk", **overrides):
    """Post the appeal form as a person would; returns (ref, private link).

    For a test of the form itself; one that only needs an appeal uses factories.make_appeal.
    """
    fields = appeal_fields(**overrides)
    r = submit(client, f"/{lang}/appeals/new", f"/{lang}/appeals", fields)
    assert r.status_code == 303, r.get_data(as_text=True)[:500]
    location = r.headers["Location"]
    ref = re.search(r"MG-[A-Z0-9]+", location).group(0)
    return ref, location.split("?")[0]


def shared_path(*parts):
    """A file in ../shared, or a clear skip where that folder is absent (a fresh clone elsewhere)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared beside the checkout (or QATYSU_SHARED)")
    return path
