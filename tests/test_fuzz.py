"""A seeded fuzz test: thousands of odd requests, none answered with a 5xx, none growing the database unbounded.

Every route in app.url_map is fuzzed, its URL parameters filled with random
values (or, often, real ones, to get past the 404s): a new route is covered
the day it is added. Beside them, the appeal form with its CSRF token, the sync
protocol, Open311 and staff pages signed in. Strings hold what breaks code:
half a surrogate pair, NUL, right-to-left marks, invalid UTF-8, numbers past
any column, deep JSON, wrong types, odd headers.

The run is random but seeded: FUZZ_SEED=<n> repeats a run, FUZZ_REQUESTS=<n>
makes it longer. A failure names the seed and each request that failed.
"""
import gzip
import json
import os
import random
import re
import time
import traceback
import uuid
from html import unescape
from urllib.parse import quote_from_bytes, urlsplit

import pytest
from conftest import CSRF_RE, appeal_fields, create_appeal
from peewee import CharField, TextField

from db import database
from db.models import ALL, Appeal, AuditLog, Device, OutreachEvent, Settlement, SyncLog
from web import auth

SEED = int(os.environ.get("FUZZ_SEED", "20261201"))
REQUESTS = int(os.environ.get("FUZZ_REQUESTS", "3000"))
# Not fuzzed with a signed-in client: signing out or in as another would end that client's session.
SESSION_ENDPOINTS = {"staff.logout_POST", "staff.login_POST"}
DATES = ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "0001-01-01", "9999-12-31", "2026-11-27",
         "2026-11-27T10:15:00Z", "x", "2026-13-01", "+002026-01-01"]
# gunicorn refuses a request line past 4094 bytes and a header past 8190: nothing longer reaches the app.
REQUEST_LINE_MAX, HEADER_MAX = 4094, 8190
# What one request may add to the database at most, in characters of text: an appeal is 5000
# letters and its few short fields; a staff action writes a note and a line of audit.
STORED_PER_REQUEST = 20_000

NASTY = [
    "", " ", "0", "-1", "1", "2", "1e400", "-1e400", "NaN", "Infinity", "9" * 30, "999999999999999999",
    "2147483648", "9223372036854775808", "-9223372036854775809", "0x10", "1_000", "\u0663",
    "\ud800", "\udfff", "a\ud800b", "\udc80\ud800", "\u0000", "a\u0000b", "%00", "\u202e", "\u200f\u200e",
    "\u2066x\u2069", "\ufeff", "\uffff", "\U0010ffff", "😀" * 10, "\r\n", "\n", "\t", "\x1b[31m", "\x7f",
    "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", '"', "\\", "{{7*7}}", "%s%n",
    "null", "true", "false", "[]", "{}", "kk", "ru", "en", "water", "akshymyrau", "MG-", "/", "//x.org",
    "/%0A/x", "/\n/x", "Ауылда үш күннен бері ауыз су жоқ", "Нет воды в посёлке уже три дня",
    "2026-11-27T10:15:00+05:00", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00", "2026-02-30",
    "10000-01-01", "+7 701 123 45 67", "İ", "ß", "\u0130" * 300,
]


FORM = re.compile(r'<form\b[^>]*\baction="([^"]*)"[^>]*>(.*?)</form>', re.S)
FIELD = re.compile(r'<(input|textarea|button)\b([^>]*)>', re.S)
SELECT = re.compile(r'<select\b([^>]*)>(.*?)</select>', re.S)
ATTRIBUTE = re.compile(r'\b(name|value)="([^"]*)"')
OPTION = re.compile(r'<option\b[^>]*\bvalue="([^"]*)"')
# A URL parameter in a rule: <name>, <int:name>, <string(length=2):name>.
PARAMETER = re.compile(rb"<(?:(?P<converter>[a-z]+)(?:\([^)]*\))?:)?(?P<name>\w+)>")


def percent(raw):
    return quote_from_bytes(raw, safe=b"")


class Fuzzer:
    def __init__(self, rng, app, known):
        self.rng, self.app, self.known = rng, app, known
        self.sent = self.refused_items = self.upload_items = 0
        self.failures = []
        self.failed_where = []  # (endpoint, exception or status) of each failure
        self.forms = {}  # endpoint -> {field name: values seen}, read from the pages as they come
        self.adapter = app.url_map.bind("localhost")

    # ---- values ------------------------------------------------------------------

    def text(self):
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return r.choice(NASTY)
        if roll < 0.75:
            return "".join(r.choice(NASTY) for _ in range(r.randint(2, 6)))
        if roll < 0.85:
            return "".join(chr(r.choice([r.randint(0, 0x7f), r.randint(0x80, 0x7ff), r.randint(0x800, 0xffff),
                                         r.randint(0x10000, 0x10ffff)])) for _ in range(r.randint(1, 40)))
        if roll < 0.97:
            return r.choice(NASTY[-8:]) * r.randint(10, 300)
        # Past every limit: 5000 letters for an appeal, a page's worth, and most of a request's 2 MiB.
        return r.choice("ыя😀x\u0000\ud800") * r.choice([5001, 5001, 20_000, 20_000, 300_000])

    def raw(self, value):
        """A string as bytes on the wire: UTF-8, with half surrogates as they would be (invalid UTF-8)."""
        data = value.encode("utf-8", "surrogatepass")
        if self.rng.random() < 0.1:
            data += self.rng.choice([b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xe2\x82", b"\x00"])
        return data

    def uuid(self):
        """A UUID from the seeded generator, so that a run repeats exactly."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def number(self):
        return self.rng.choice([0, -1, 1, 2, 2 ** 31, 2 ** 63, 10 ** 30, -10 ** 30, 1e308, -1e308, 0.5,
                                float("inf"), float("nan"), self.rng.randint(-5, 10 ** 6)])

    def value(self, depth=0):
        """A JSON value of a random type."""
        r = self.rng
        roll = r.random()
        if roll < 0.45 or depth > 3:
            return self.text()
        if roll < 0.6:
            return self.number()
        if roll < 0.7:
            return r.choice([True, False, None])
        if roll < 0.85:
            return [self.value(depth + 1) for _ in range(r.randint(0, 4))]
        return {self.text()[:50]: self.value(depth + 1) for _ in range(r.randint(0, 4))}

    def deep(self):
        depth = self.rng.choice([10, 100, 1000, 5000, 100_000])
        return self.rng.choice(["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth])

    def query(self, names=()):
        """A raw query string: known names and random ones, random values."""
        names = list(names) + ["page", "queue", "next", "event", "ref", "category", "settlement", "status",
                               "locale", "service_code", "start_date", "end_date", "api_key", "device",
                               "worker", "phone", "sent"]
        pairs = []
        for _ in range(self.rng.randint(0, 4)):
            name = self.rng.choice(names) if self.rng.random() < 0.85 else self.text()[:30]
            pairs.append(percent(self.raw(name)) + "=" + percent(self.raw(self.text())))
        return "&".join(pairs)

    def form(self, fields):
        return "&".join(percent(self.raw(k)) + "=" + percent(self.raw(v)) for k, v in fields.items()).encode()

    def header_text(self):
        """A header value as a server hands it on: bytes read as Latin-1, one line."""
        return self.raw(self.text()[:200]).decode("latin-1").replace("\r", "").replace("\n", "")

    def headers(self):
        r = self.rng
        headers = {}
        if r.random() < 0.3:
            headers["Accept-Language"] = r.choice(["*", "kk;q=abc", "ru;q=1e400,en;q=-1", "x" * 5000,
                                                   "\xff\xfe;q=0.5", ",,,;;;", "kk-KZ, ru;q=0.9, en;q=0.8",
                                                   "zz" + ";q=0" * 500])
        if r.random() < 0.1:
            headers["HX-Request"] = r.choice(["true", "\xff", "1" * 1000])
        if r.random() < 0.1:
            headers["Authorization"] = r.choice(["Bearer ", "Bearer " + "x" * 5000, "Basic abc", "Bearer \xff"])
        if r.random() < 0.1:
            headers["X-Forwarded-For"] = r.choice(["1.2.3.4, ::1", "\xff", "x" * 3000])
        if r.random() < 0.1:
            headers[r.choice(["Accept-Language", "Accept", "Accept-Encoding", "If-Modified-Since", "Origin",
                              "Referer", "User-Agent", "HX-Current-URL"])] = self.header_text()
        if r.random() < 0.05:
            headers["Range"] = r.choice(["bytes=0-1", "bytes=99999999999999999999-", "junk"])
        if r.random() < 0.05:
            headers["If-None-Match"] = r.choice(['"x"', "*", "W/" * 500])
        return headers

    # ---- sending -------------------------------------------------------------------

    def endpoint(self, path, method):
        try:
            return self.adapter.match(path.decode("utf-8", "replace") if isinstance(path, bytes) else path,
                                      method=method)[0]
        except Exception:
            return None

    def send(self, client, method, path, query="", body=None, content_type=None, headers=None, what=""):
        """One request; an exception or a 5xx is a failure, kept with what was sent."""
        self.sent += 1
        headers = dict(headers or {})
        if content_type is not None:
            headers["Content-Type"] = content_type
        path = path.decode("latin-1") if isinstance(path, bytes) else path
        query = query[:max(REQUEST_LINE_MAX - len(path), 0)]
        headers = {name: value[:HEADER_MAX] for name, value in headers.items()}
        environ = {"PATH_INFO": path, "QUERY_STRING": query}
        try:
            response = client.open("/", method=method, data=body, headers=headers, environ_overrides=environ)
            response.get_data()  # a streamed body fails while it is read
        except Exception as error:  # the test client passes the view's exception on: a 500 in production
            self.failures.append((what, method, path, query[:200], repr(error)[:300],
                                  traceback.format_exc(limit=-6)))
            self.failed_where.append((self.endpoint(path, method), type(error).__name__))
            return None
        if response.status_code >= 500:
            self.failures.append((what, method, path, query[:200], response.status_code,
                                  response.get_data(as_text=True)[:300]))
            self.failed_where.append((self.endpoint(path, method), str(response.status_code)))
        elif response.mimetype == "text/html" and response.status_code < 300:
            self.read_forms(response.get_data(as_text=True))
        self.learn(response)
        return response

    def read_forms(self, html):
        """Remember each form's fields and the values its page offers, by the endpoint it posts to."""
        for action, inner in FORM.findall(html):
            try:
                endpoint, _ = self.adapter.match(urlsplit(unescape(action)).path, method="POST")
            except Exception:
                continue
            fields = self.forms.setdefault(endpoint, {})
            for _, attributes in FIELD.findall(inner):
                found = dict(ATTRIBUTE.findall(attributes))
                if "name" in found:
                    values = fields.setdefault(unescape(found["name"]), set())
                    if found.get("value"):
                        values.add(unescape(found["value"]))
            for attributes, options in SELECT.findall(inner):
                name = dict(ATTRIBUTE.findall(attributes)).get("name")
                if name:
                    fields.setdefault(unescape(name), set()).update(unescape(v) for v in OPTION.findall(options))

    def learn(self, response):
        """Refs and private links of what was just stored, so later requests reach real appeals."""
        m = re.search(r"/track/(MG-[A-Z0-9]+)/([0-9a-f]+)", response.headers.get("Location", ""))
        if m and len(self.known["ref"]) < 60:
            self.known["ref"].append(m.group(1))
            self.known["secret"].append(m.group(2))

    def page_token(self, client, page="/staff/login"):
        response = client.get(page)
        m = CSRF_RE.search(response.get_data(as_text=True))
        return m.group(1) if m else ""

    # ---- request makers ----------------------------------------------------------------

    def url_value(self, name, converter):
        r, known = self.rng, self.known
        name, converter = name.decode(), (converter or b"").decode()
        if r.random() < 0.7 and name in known:
            return str(r.choice(known[name])).encode()
        if converter == "int":
            return str(r.choice([0, 1, 2 ** 31, 10 ** 30, r.randint(1, 10 ** 6)])).encode()
        return self.raw(self.text())[:300].replace(b"/", b"")

    def route(self, clients):
        """Any route of the URL map, parameters filled, with a random query, body and headers."""
        r = self.rng
        rule = r.choice(self.known["rules"])
        method = r.choice(sorted(rule.methods - {"HEAD", "OPTIONS"}))
        role = r.choice(list(clients))
        if role != "anonymous" and rule.endpoint in SESSION_ENDPOINTS:
            role = "anonymous"
        client, token = clients[role]
        path = PARAMETER.sub(lambda m: self.url_value(m["name"], m["converter"]), rule.rule.encode())
        body, content_type = None, None
        if method == "POST":
            offered = self.forms.get(rule.endpoint, {})
            fields = {name: (r.choice(sorted(values)) if values and r.random() < 0.5 else self.text())
                      for name, values in offered.items() if r.random() < 0.8}
            for _ in range(r.randint(0, 2)):
                fields[r.choice(sorted(offered) or ["text", "csrf_token"]) if r.random() < 0.5
                       else self.text()[:40]] = self.text()
            if r.random() < 0.85:
                fields["csrf_token"] = token
            body, content_type = self.form(fields), "application/x-www-form-urlencoded"
        self.send(client, method, path, self.query(rule.arguments), body, content_type, self.headers(),
                  what=f"route {rule.endpoint} as {role}")

    def appeal_form(self, clients):
        """The appeal form as a browser posts it, its fields changed at random; or an outreach worker's."""
        r = self.rng
        lang = r.choice(["kk", "ru", "en"])
        client = clients["outreach" if r.random() < 0.2 else "anonymous"][0]
        token = self.page_token(client, f"/{lang}/appeals/new")
        fields = appeal_fields(submission_key=self.uuid(), outreach_event=str(r.choice(self.known["event_id"])))
        for name in r.sample(sorted(fields), r.randint(1, 4)):
            fields[name] = self.text()
        if r.random() < 0.2:
            fields[self.text()[:40]] = self.text()
        fields["csrf_token"] = token
        self.send(client, "POST", f"/{lang}/appeals", "", self.form(fields), "application/x-www-form-urlencoded",
                  self.headers(), what="appeal form")

    def sync_item(self):
        r = self.rng
        item = {"key": self.uuid(), "kind": "appeal", "created_at": "2026-11-27T10:15:00+05:00",
                "fields": {"category": "water", "settlement": "akshymyrau",
                           "text": "Нет воды в посёлке уже три дня, просим помочь", "name": "Сауле",
                           "phone": "+77015550000", "public": True, "consent": True}}
        if r.random() < 0.15:
            item["fields"]["outreach_event"] = r.choice(self.known["event_id"] + [self.number(), self.text()])
        for _ in range(r.randint(0, 3)):
            where = item["fields"] if r.random() < 0.7 and isinstance(item["fields"], dict) else item
            name = r.choice(sorted(where) + ["lang", "paper_form", "extra"])
            where[name] = self.value()
        if r.random() < 0.05:
            return self.value()
        return item

    def sync_body(self):
        r = self.rng
        items = [self.sync_item() for _ in range(r.randint(0, 8))]
        device = self.uuid() if r.random() < 0.85 else self.value()
        body = {"device": device, "items": items}
        if r.random() < 0.05:
            body = self.value()
        raw = json.dumps(body, allow_nan=True).encode()
        if r.random() < 0.05:
            raw = ('{"device": "%s", "items": [%s]}' % (self.uuid(), self.deep())).encode()
        if r.random() < 0.03:
            raw = raw.replace(b"3", b"1e400", 1)
        return raw, len(items)

    def sync(self, clients):
        r = self.rng
        raw, count = self.sync_body()
        headers = self.headers()
        if r.random() < 0.3:
            headers["Authorization"] = "Bearer " + r.choice([self.known["device_token"], self.header_text()])
        if r.random() < 0.2:
            headers["Content-Encoding"] = r.choice(["gzip", "br", "deflate", "gzip, gzip", "\xff"])
            if headers["Content-Encoding"] == "gzip" and r.random() < 0.7:
                raw = gzip.compress(raw)
        content_type = r.choice(["application/json"] * 6 + ["text/plain", "application/json; charset=utf-16",
                                                            "application/x-www-form-urlencoded",
                                                            "multipart/form-data", None])
        response = self.send(clients["anonymous"][0], "POST", "/api/v1/sync", "", raw, content_type, headers,
                             what="sync")
        if response is not None and response.status_code == 200:
            results = response.get_json()["results"]
            assert len(results) == count, f"seed {SEED}: one result per item"
            for result in results:
                if result["status"] == "created" and len(self.known["ref"]) < 60:
                    self.known["ref"].append(result["ref"])
            self.refused_items += sum(1 for x in results if x["status"] != "created")

    def upload(self, clients):
        import io
        r = self.rng
        role = r.choice(["outreach", "moderator"])
        client, token = clients[role]
        raw, count = self.sync_body()
        self.upload_items += count
        filename = self.raw(self.text()[:50]).decode("utf-8", "replace") or "q.json"  # as the server reads it
        body = {"csrf_token": token, "queue": (io.BytesIO(raw), filename)}
        self.sent += 1
        try:
            response = client.post("/staff/upload", data=body, content_type="multipart/form-data")
            if response.status_code >= 500:
                self.failures.append(("upload", "POST", "/staff/upload", "", response.status_code, raw[:300]))
                self.failed_where.append(("outreach.upload_POST", str(response.status_code)))
        except Exception as error:
            self.failures.append(("upload", "POST", "/staff/upload", "", repr(error)[:300],
                                  traceback.format_exc(limit=-6)))
            self.failed_where.append(("outreach.upload_POST", type(error).__name__))

    def open311(self, clients):
        r = self.rng
        client = clients["anonymous"][0]
        if r.random() < 0.5:
            fields = {"service_code": r.choice(["water", "roads", self.text()]), "description": self.text(),
                      "first_name": self.text(), "last_name": self.text(), "phone": self.text(),
                      "lat": r.choice(["43.65", self.text()]), "long": r.choice(["51.2", self.text()]),
                      "address_string": r.choice(["", "aktau", self.text()]),
                      "attribute[public]": self.text(), "attribute[submission_key]": r.choice(
                          [self.uuid(), self.text()]),
                      "api_key": r.choice(["", "partner-key-1", self.text()])}
            fields = {k: v for k, v in fields.items() if r.random() < 0.8}
            self.send(client, "POST", "/open311/v2/requests.json", self.open311_query(), self.form(fields),
                      r.choice(["application/x-www-form-urlencoded", "application/json", None]), self.headers(),
                      what="open311 create")
        else:
            path = r.choice(["/open311/v2/requests.json", "/open311/v2/services.json",
                             "/open311/v2/discovery.json"])
            self.send(client, "GET", path, self.open311_query(), headers=self.headers(), what="open311 read")

    def open311_query(self):
        """GeoReport's own parameters, with dates at the calendar's ends and locales of any length."""
        r = self.rng
        pairs = [self.query()]
        for name, values in (("start_date", DATES), ("end_date", DATES), ("locale", ["kk", "ru", "en", "x" * 300]),
                             ("status", ["open", "closed"]), ("service_code", ["water", "water,roads"])):
            if r.random() < 0.25:
                pairs.append(name + "=" + percent(self.raw(r.choice(values) if r.random() < 0.7 else self.text())))
        return "&".join(p for p in pairs if p)

    def odd_cookies(self):
        """A fresh client with a huge or broken cookie jar."""
        client = self.app.test_client()
        for name in self.rng.sample(["session", "lang", "x" * 100, "csrf_token"], 2):
            client.set_cookie(name, self.rng.choice(["x" * 4000, "\xff", ".eJw", "kk", "eyJ" + "A" * 3000]))
        path = self.rng.choice(["/", "/kk/", "/staff/", "/kk/appeals", "/staff/login", "/healthz"])
        self.send(client, "GET", path, self.query(), headers=self.headers(), what="odd cookies")


def stored_text(model):
    """Characters held in a table's text columns, counted by the database."""
    columns = [f for f in model._meta.sorted_fields if isinstance(f, (CharField, TextField))]
    if not columns:
        return 0
    total = " + ".join(f'COALESCE(SUM(LENGTH("{f.column_name}")), 0)' for f in columns)
    return database.execute_sql(f'SELECT {total} FROM "{model._meta.table_name}"').fetchone()[0]


@pytest.fixture
def known(app, client, staff, db):
    """Real values for URL parameters, so that most requests reach a view."""
    from db.models import ApiKey
    refs, links = [], []
    for _ in range(3):
        ref, link = create_appeal(client)
        refs.append(ref)
        links.append(link)
    Appeal.update(published=True).where(Appeal.ref == refs[0]).execute()
    device, device_token = auth.issue_device_token(staff["outreach"], "Samsung A12")
    event = OutreachEvent.create(user=staff["outreach"], ngo="Zhas Orken", held_on="2026-11-27",
                                 settlement=Settlement.get(Settlement.code == "akshymyrau"))
    ApiKey.create(partner="eOtinish", key_hash=auth.token_hash("partner-key-1"))
    return {
        "rules": [r for r in app.url_map.iter_rules() if r.endpoint != "static"],
        "lang": ["kk", "ru", "en"], "ref": refs, "secret": [link.rsplit("/", 1)[1] for link in links],
        "code": ["kk", "ru", "en", "water", "roads"], "device_id": [device.id],
        "token": [a.submission_key for a in Appeal.select()], "event_id": [event.id],
        "device_token": device_token,
    }


@pytest.mark.filterwarnings("ignore:The .* cookie is too large")  # the point of that request
def test_no_request_gets_a_5xx_or_grows_the_database_unbounded(app, staff, known, db):
    rng = random.Random(SEED)
    fuzzer = Fuzzer(rng, app, known)
    clients = {"anonymous": app.test_client()}
    for role in ("admin", "moderator", "officer", "outreach"):
        clients[role] = staff.client(role)
    clients = {role: (c, fuzzer.page_token(c)) for role, c in clients.items()}
    before = {model: stored_text(model) for model in ALL}
    appeals_before, audit_before = Appeal.select().count(), AuditLog.select().count()
    started = time.monotonic()
    makers = [(0.40, lambda: fuzzer.route(clients)), (0.12, lambda: fuzzer.appeal_form(clients)),
              (0.22, lambda: fuzzer.sync(clients)), (0.04, lambda: fuzzer.upload(clients)),
              (0.14, lambda: fuzzer.open311(clients)), (0.08, fuzzer.odd_cookies)]
    while fuzzer.sent < REQUESTS:
        roll, chosen = rng.random(), makers[-1][1]
        for weight, make in makers:
            if roll < weight:
                chosen = make
                break
            roll -= weight
        chosen()
    elapsed = time.monotonic() - started
    print(f"fuzz: seed {SEED}, {fuzzer.sent} requests in {elapsed:.1f} s on {database.obj.__class__.__name__}")

    def report(failures):
        lines = [f"seed {SEED} (FUZZ_SEED={SEED} to repeat): {len(failures)} of {fuzzer.sent} requests failed"]
        seen = set()
        for what, method, path, query, status, detail in failures:
            if (what, status if isinstance(status, int) else status[:60]) in seen:
                continue
            seen.add((what, status if isinstance(status, int) else status[:60]))
            lines.append(f"- {what}: {method} {path!r} ?{query} -> {status}\n{detail}")
        return "\n".join(lines[:30])

    assert not fuzzer.failures, report(fuzzer.failures)

    health = app.test_client().get("/healthz")
    assert health.status_code == 200 and health.get_json()["status"] == "ok", f"seed {SEED}"
    # The database grew only by what was sent and kept within its limits.
    assert SyncLog.select().count() <= fuzzer.refused_items + fuzzer.upload_items, f"seed {SEED}"
    assert AuditLog.select().count() - audit_before <= fuzzer.sent, f"seed {SEED}"
    assert Device.select().count() <= fuzzer.sent
    grown = sum(stored_text(model) - before[model] for model in ALL)
    assert grown <= fuzzer.sent * STORED_PER_REQUEST, f"seed {SEED}: {grown} characters stored"
    for model in (SyncLog, AuditLog):
        widest = max((stored_text_of_row(model, row) for row in model.select()), default=0)
        assert widest <= 2000, f"seed {SEED}: a {model.__name__} row holds {widest} characters"
    assert Appeal.select().count() - appeals_before <= fuzzer.sent


def stored_text_of_row(model, row):
    return sum(len(getattr(row, f.name) or "") for f in model._meta.sorted_fields
               if isinstance(f, (CharField, TextField)))
