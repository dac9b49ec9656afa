"""Items per second for 10,000 appeals sent to /api/v1/sync in batches of 200 with an outreach token.

Run: .venv/bin/python bench/sync_ingest.py [--postgres postgresql://postgres@127.0.0.1:5432/test]
Prints one line per database. Goal: 2,000/s on SQLite, 1,000/s on PostgreSQL on 2 cores.
"""
import argparse
import json
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import PYTHON, ROOT, server  # noqa: E402

TOTAL, BATCH = 10_000, 200


def outreach_token(env):
    """Register an outreach worker's phone the way the app does, and return its token."""
    script = "\n".join([
        "from app import create_app", "from db import database", "from services.staff import create_or_update_user",
        "from web import auth", "app = create_app()",
        "with app.app_context(), database.connection_context():",
        "    u = create_or_update_user('bench-outreach', 'outreach', 'x' * 12)",
        "    print(auth.issue_device_token(u, 'bench phone')[1])"])
    return subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


def batches():
    device = str(uuid.uuid4())
    for start in range(0, TOTAL, BATCH):
        items = [{"key": str(uuid.uuid4()), "kind": "appeal", "created_at": "2026-11-27T10:15:00+05:00",
                  "fields": {"category": "water", "settlement": "akshymyrau",
                             "text": f"Ауылда су жоқ, өтініш нөмірі {start + i}", "name": "Сауле",
                             "phone": "+77015550000", "public": True, "consent": True}}
                 for i in range(BATCH)]
        yield json.dumps({"device": device, "items": items}).encode()


def run(label, database_url=None):
    with server(database_url) as (base, env):
        token = outreach_token(env)
        bodies = list(batches())
        started = time.perf_counter()
        created = 0
        for body in bodies:
            request = urllib.request.Request(base + "/api/v1/sync", data=body, method="POST", headers={
                "Content-Type": "application/json", "Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(request, timeout=120) as response:
                created += sum(r["status"] == "created" for r in json.load(response)["results"])
        seconds = time.perf_counter() - started
    print(f"{label}: {created} of {TOTAL} created in {seconds:.1f} s = {created / seconds:,.0f} items/s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    if args.only != "postgres":
        run("SQLite")
    if args.only != "sqlite":
        run("PostgreSQL", args.postgres)
