"""p95 of the list pages with many appeals in PostgreSQL (issue "Sound footing", item 8).

Run: .venv/bin/python bench/scale.py [--appeals 100000] [--db postgresql://...:5432/bench_scale]
     .venv/bin/python bench/scale.py load --appeals 1000000     (fill the database, then stop)
     .venv/bin/python bench/scale.py measure                      (measure what is there)
     .venv/bin/python bench/scale.py sync --via-sync 2000         (sync speed into what is there)

Loading: the first --via-sync appeals (default 2,000) go through /api/v1/sync as a
phone sends them. Sync stores ~1,400 items/s, twelve minutes for a million, so the
rest are made in Python the way submit_appeal makes a sync item's row (same columns,
hashes, references, deadlines; source "offline", a device, a worker, a phone UUID)
and written with COPY. Appeals arrive over two years; past their deadline most are
answered (some late, a few still open), about a third are published, and a recent
tail is new or in progress. Timeline events are not bulk-made: no list page reads them.

Measuring: gunicorn as configured (gunicorn.conf.py, 2 workers) on loopback; each page
is asked one request at a time (--requests, default 200, or 60 s, whichever comes
first, after 5 warm-up requests) without compression, so the figure is the
server's own work: queries and rendering. Prints p50, p95 and max per page.
"""
import argparse
import datetime
import json
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import PYTHON, ROOT, server  # noqa: E402

DEFAULT_DB = "postgresql://postgres@127.0.0.1:5432/bench_scale"
SECRET = "bench"  # SECRET_KEY of bench/_server.py: follow links derive from it
PASSWORD = "bench-password-12"
BATCH = 200
TEXTS = [
    "Ауылда ауыз су үш күннен бері жоқ, құбыр жарылған сияқты. Тез арада жөндеуді сұраймыз.",
    "В посёлке не горят фонари на центральной улице, вечером детям страшно идти из школы.",
    "Мектепке баратын жолда үлкен шұңқыр бар, көлік өте алмайды, балалар жаяу жүреді.",
    "Просим вывезти мусор у дома номер 12, контейнеры переполнены уже неделю.",
    "Емханада дәрігер жетіспейді, кезек таңертеңнен кешке дейін созылады.",
    "Автобус до районного центра ходит раз в день и часто не приходит вовсе.",
    "Газ қысымы төмен, үйлер жылымайды, кешке пеш жағуға тура келеді.",
    "На детской площадке сломаны качели и торчат гвозди, нужен ремонт.",
]
ANSWER = ("Сіздің өтінішіңіз қаралды. Жұмыс мердігер ұйымға тапсырылды, "
          "жөндеу жұмыстары осы айдың соңына дейін аяқталады.")


def flask_run(env, code):
    """Run code inside the app (its database connected) in a child process; return what it prints."""
    script = ("from app import create_app; from db import database; app = create_app(); "
              "ctx = app.app_context(); ctx.push(); database.connect()\n" + code)
    return subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True,
                          text=True).stdout


SETUP = """
import json
from web.auth import hash_password, issue_device_token
from db.models import Category, Department, User
water = Category.get(Category.code == "water")
pw = hash_password(%(password)r)
User.create(login="bench-moderator", password_hash=pw, role="moderator", department=water.department)
User.create(login="bench-officer", password_hash=pw, role="officer", department=water.department)
worker = User.create(login="bench-outreach", password_hash=pw, role="outreach")
device, token = issue_device_token(worker, "bench phone")
print(json.dumps({"token": token, "device": device.id, "worker": worker.id}))
"""


def send_through_sync(base, token, count):
    """count appeals sent as a phone sends them, 200 to a request."""
    rng = random.Random(1)
    phone = str(uuid.uuid4())
    codes = json.loads(flask_run_env["codes"])
    sent = 0
    while sent < count:
        n = min(BATCH, count - sent)
        items = [{"key": str(uuid.uuid4()), "kind": "appeal", "lang": rng.choice(("kk", "ru")),
                  "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                  "fields": {"category": rng.choice(codes["categories"]),
                             "settlement": rng.choice(codes["settlements"]),
                             "text": rng.choice(TEXTS), "name": "Сәуле", "phone": "+77015550000",
                             "public": True, "consent": True}} for _ in range(n)]
        r = requests.post(base + "/api/v1/sync", json={"device": phone, "items": items},
                          headers={"Authorization": f"Bearer {token}"}, timeout=300)
        r.raise_for_status()
        sent += n
    return sent


flask_run_env = {}

BULK = """
import csv, datetime, io, json, random, sys, uuid
from db import database
from db.models import Appeal, Category, Settlement
from rules.times import to_local_date, utcnow
from submissions.appeal import answer_due
from submissions.common import content_hash, follow_secret, new_ref, secret_hash

total, worker, device, officer, secret = %(total)d, %(worker)d, %(device)d, %(officer)d, %(secret)r
rng = random.Random(8)
categories = list(Category.select())
settlements = list(Settlement.select())
weights = [max(s.population or 100, 100) for s in settlements]
refs = set(r for (r,) in Appeal.select(Appeal.ref).tuples())
now = utcnow()
today = to_local_date(now)
span = datetime.timedelta(days=730)
texts = %(texts)r
columns = ["ref", "submission_key", "content_hash", "secret_hash", "source", "lang", "category_id",
           "settlement_id", "department_id", "text", "name", "phone", "wants_public", "consent",
           "published", "status", "created_at", "received_at", "clock_flagged", "received_on", "due_on",
           "answer", "answered_at", "answered_by_id", "answer_formal", "device_id", "worker_id",
           "sync_device"]
raw = database.obj.connection()
cursor = raw.cursor()
phone_uuid = str(uuid.uuid4())
made = 0
while made < total:
    out = io.StringIO()
    w = csv.writer(out)
    for _ in range(min(50000, total - made)):
        # Oldest first, so ids rise with received_at as they do in life.
        received_at = now - span + span * (made / total) + datetime.timedelta(seconds=rng.randint(0, 600))
        received_on = to_local_date(received_at)
        due_on = answer_due(received_on)
        category = rng.choice(categories)
        settlement = rng.choices(settlements, weights)[0]
        key = str(uuid.uuid4())
        text = rng.choice(texts) + " №" + str(made)
        lang = rng.choice(("kk", "ru"))
        clean = {"category": category.code, "settlement": settlement.code, "text": text, "name": "Сәуле",
                 "phone": "+77015550000", "public": True, "consent": True, "paper_form": None}
        ref = new_ref()
        while ref in refs:
            ref = new_ref()
        refs.add(ref)
        wants_public = rng.random() < 0.6
        answered_at = answer = answered_by = formal = ""
        if due_on < today:
            roll = rng.random()
            status = "answered" if roll < 0.7 else "closed" if roll < 0.97 else rng.choice(
                ("new", "in_progress", "forwarded"))
        else:
            status = rng.choice(("new", "new", "in_progress", "forwarded", "answered"))
        if status in ("answered", "closed"):
            answered_at = received_at + datetime.timedelta(days=rng.randint(1, 20))
            answer, answered_by, formal = texts[0][:20] + %(answer)r, officer, "f"
        published = wants_public and status != "new" and rng.random() < 0.55
        if made %% 200 == 0:
            phone_uuid = str(uuid.uuid4())
        w.writerow([ref, key, content_hash(clean), secret_hash(follow_secret(secret, key)), "offline", lang,
                    category.id, settlement.id, category.department_id, text, "Сәуле", "+77015550000",
                    "t" if wants_public else "f", "t", "t" if published else "f", status,
                    received_at - datetime.timedelta(minutes=3), received_at, "f", received_on, due_on,
                    answer, answered_at, answered_by, formal, device, worker, phone_uuid])
        made += 1
    out.seek(0)
    cursor.copy_expert("COPY appeal (" + ", ".join(columns) + ") FROM STDIN WITH (FORMAT csv)", out)
    raw.commit()
    print(made, file=sys.stderr, flush=True)
database.execute_sql("VACUUM ANALYZE appeal")
print(made)
"""


def load(db_url, total, via_sync):
    """Fill a fresh database with total appeals, via_sync of them through the sync endpoint."""
    with server(db_url, fresh=True) as (base, env):
        ids = json.loads(flask_run(env, SETUP % {"password": PASSWORD}))
        flask_run_env["codes"] = flask_run(env, (
            "import json; from db.models import Category, Settlement; print(json.dumps({"
            "'categories': [c.code for c in Category.select()], "
            "'settlements': [s.code for s in Settlement.select()]}))"))
        officer = int(flask_run(env, "from db.models import User; "
                                     "print(User.get(User.login == 'bench-officer').id)"))
        started = time.perf_counter()
        bulk = total - min(via_sync, total)
        # The bulk rows are older; the synced ones arrive today, as the newest.
        flask_run(env, BULK % {"total": bulk, "worker": ids["worker"], "device": ids["device"],
                               "officer": officer, "secret": SECRET, "texts": TEXTS, "answer": ANSWER})
        copied = time.perf_counter() - started
        started = time.perf_counter()
        synced = send_through_sync(base, ids["token"], total - bulk)
        seconds = time.perf_counter() - started
    print(f"loaded {bulk:,} appeals by COPY in {copied:.0f} s and {synced:,} through /api/v1/sync "
          f"in {seconds:.1f} s ({synced / max(seconds, 1e-9):,.0f} items/s)")


def sync_more(db_url, count):
    """Items a second through /api/v1/sync into the database as it stands (indexes, triggers and all)."""
    with server(db_url, fresh=False) as (base, env):
        token = flask_run(env, "from web.auth import issue_device_token; from db.models import User; "
                               "print(issue_device_token(User.get(User.login == 'bench-outreach'), 'more')[1])")
        flask_run_env["codes"] = flask_run(env, (
            "import json; from db.models import Category, Settlement; print(json.dumps({"
            "'categories': [c.code for c in Category.select()], "
            "'settlements': [s.code for s in Settlement.select()]}))"))
        started = time.perf_counter()
        synced = send_through_sync(base, token.strip(), count)
        seconds = time.perf_counter() - started
    print(f"{synced:,} more appeals through /api/v1/sync in {seconds:.1f} s ({synced / seconds:,.0f} items/s)")


def sign_in(base, login):
    s = requests.Session()
    page = s.get(base + "/staff/login").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    r = s.post(base + "/staff/login", data={"login": login, "password": PASSWORD, "csrf_token": token},
               allow_redirects=False)
    assert r.status_code == 303, r.status_code
    return s


def pages(env):
    busiest = json.loads(flask_run(env, (
        "import json; from peewee import fn; from db.models import Appeal, Category, Settlement\n"
        "c = Category.get_by_id(Appeal.select(Appeal.category).where(Appeal.published == True)"
        ".group_by(Appeal.category).order_by(fn.COUNT(Appeal.id).desc()).scalar())\n"
        "s = Settlement.select().order_by(Settlement.population.desc(nulls='LAST')).first()\n"
        "small = Settlement.select().order_by(Settlement.population.asc(nulls='LAST')).first()\n"
        "print(json.dumps([c.code, s.code, small.code]))")))
    category, settlement, small = busiest
    return [
        ("home /kk/", "public", "/kk/"),
        ("list page 1", "public", "/kk/appeals"),
        ("list page 50", "public", "/kk/appeals?page=50"),
        (f"list category={category}", "public", f"/kk/appeals?category={category}"),
        (f"list settlement={settlement}", "public", f"/kk/appeals?settlement={settlement}"),
        (f"list settlement={small} (small)", "public", f"/kk/appeals?settlement={small}"),
        ("list status=forwarded", "public", "/kk/appeals?status=forwarded"),
        ("list htmx page 2", "htmx", "/kk/appeals?page=2"),
        ("open311 requests.json", "public", "/open311/v2/requests.json"),
        ("open311 requests.xml", "public", "/open311/v2/requests.xml"),
        ("statistics /kk/stats", "public", "/kk/stats"),
        ("stats.json, one month", "public", "/api/v1/stats.json?from=2026-10-01&to=2026-10-31"),
        ("staff new (moderator)", "moderator", "/staff/?queue=new"),
        ("staff mine (officer)", "officer", "/staff/?queue=mine"),
        ("staff overdue (moderator)", "moderator", "/staff/?queue=overdue"),
        ("staff all (moderator)", "moderator", "/staff/?queue=all"),
        ("staff all page 20 (officer)", "officer", "/staff/?queue=all&page=20"),
    ]


def measure(db_url, count, budget=60.0, only=""):
    with server(db_url, fresh=False) as (base, env):
        appeals = flask_run(env, "from db.models import Appeal; print(Appeal.select().count(), "
                                 "Appeal.select().where(Appeal.published == True).count())").split()
        print(f"{int(appeals[0]):,} appeals, {int(appeals[1]):,} published; PostgreSQL; gunicorn 2 workers; "
              "no compression")
        print(f"{'page':34} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'bytes':>8}", flush=True)
        sessions = {"public": requests.Session(), "htmx": requests.Session(),
                    "moderator": sign_in(base, "bench-moderator"), "officer": sign_in(base, "bench-officer")}
        sessions["htmx"].headers["HX-Request"] = "true"
        for s in sessions.values():
            s.headers["Accept-Encoding"] = "identity"
        for label, who, path in pages(env):
            if only not in label:
                continue
            s = sessions[who]
            for _ in range(5):
                s.get(base + path).raise_for_status()
            times, started = [], time.perf_counter()
            size = 0
            while len(times) < count and time.perf_counter() - started < budget:
                t = time.perf_counter()
                r = s.get(base + path)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                size = len(r.content)
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"{label:34} {len(times):4d} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f} "
                  f"{size:8,d}", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("step", nargs="?", choices=["load", "measure", "all", "sync"], default="all")
    parser.add_argument("--appeals", type=int, default=100_000)
    parser.add_argument("--via-sync", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--only", default="", help="measure only the pages whose label has this")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds at most per page")
    args = parser.parse_args()
    if args.step in ("load", "all"):
        load(args.db, args.appeals, args.via_sync)
    if args.step == "sync":
        sync_more(args.db, args.via_sync)
    if args.step in ("measure", "all"):
        measure(args.db, args.requests, budget=args.budget, only=args.only)
