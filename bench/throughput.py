"""Responses a second for the blank appeal form and the public list, on gunicorn as configured.

Run: .venv/bin/python bench/throughput.py [--seconds 10] [--connections 8]

gunicorn reads gunicorn.conf.py (gthread, 2 workers, 4 threads) and serves a fresh
SQLite database with the demo data and 100 more published appeals, so the list's
first page is full. wrk (apt-get install wrk) keeps connections alive and asks with
Accept-Encoding br, gzip or none; a bare Flask page on the same settings, started in
the same run, is the ceiling. Bytes are the whole response as it goes on the wire
(status line, headers and body) for one request of each kind. Goal (issue "Sound
footing"): 2,000/s for the form and 1,000/s for the list, compressed, with no more
than 5% more bytes than before.
"""
import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import PYTHON, ROOT, server  # noqa: E402

MORE_APPEALS = """
from app import create_app
from db import database
from db.models import Appeal, User
from services import appeals
from submissions import Context
from submissions.appeal import submit_appeal
import uuid
app = create_app()
with app.app_context():
    database.connect()
    moderator = User.get(User.role == "moderator")
    for i in range(100):
        fields = {"category": ("water", "roads", "utilities")[i % 3], "settlement": "akshymyrau",
                  "text": f"Ауылда су жоқ, көше шамдары жанбайды, өтініш нөмірі {i}.", "name": "Сәуле",
                  "phone": "+77015550000", "public": True, "consent": True}
        outcome = submit_appeal(fields, str(uuid.uuid4()), Context(source="web", secret_key="bench"))
        appeals.publish(Appeal.get_by_id(outcome.record_id), moderator)
"""

ENCODINGS = {"br": "br", "gzip": "gzip", "none": "identity"}


def wire_bytes(base, path, encoding):
    """The whole response to one request, as counted on the wire: status line, headers, body."""
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.request("GET", path, headers={"Accept-Encoding": encoding})
    r = conn.getresponse()
    body = r.read()
    head = len(f"HTTP/1.1 {r.status} {r.reason}\r\n") + sum(
        len(f"{k}: {v}\r\n") for k, v in r.getheaders()) + 2
    conn.close()
    assert r.status == 200, (path, r.status)
    got = r.getheader("Content-Encoding") or "identity"
    assert got == encoding, (path, encoding, got)
    return head + len(body), len(body)


def server_cpu_seconds(env):
    """User and system CPU time of gunicorn's master and workers so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    master = int(env["BENCH_SERVER_PID"])
    pids = [master] + [int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / ticks


def wrk(base, path, encoding, seconds, connections, env=None):
    """(responses a second, server CPU ms a response)."""
    before = server_cpu_seconds(env) if env else 0
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-H",
                          f"Accept-Encoding: {encoding}", base + path],
                         capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    count = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    assert errors is None, out
    cpu = (server_cpu_seconds(env) - before) * 1000 / count if env else float("nan")
    return rate, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--encodings", default="br,none", help="any of br, gzip, none")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    encodings = args.encodings.split(",")
    rows = []
    with server(demo=True) as (base, env):
        subprocess.run([PYTHON, "-c", MORE_APPEALS], cwd=ROOT, env=env, check=True, capture_output=True)
        for label, path in (("appeal form /kk/appeals/new", "/kk/appeals/new"),
                            ("public list /kk/appeals", "/kk/appeals")):
            for name in encodings:
                encoding = ENCODINGS[name]
                wrk(base, path, encoding, 2, args.connections)  # warm up: caches, connections
                total, body = wire_bytes(base, path, encoding)
                rows.append((label, name, *wrk(base, path, encoding, args.seconds, args.connections, env),
                             total, body))
    with server(app="bench._bare:app") as (base, env):
        wrk(base, "/", "identity", 2, args.connections)
        total, body = wire_bytes(base, "/", "identity")
        rows.append(("bare Flask page (ceiling)", "none",
                     *wrk(base, "/", "identity", args.seconds, args.connections, env), total, body))
    print(f"gunicorn as configured (gunicorn.conf.py), wrk -t2 -c{args.connections} -d{args.seconds}s, "
          f"SQLite, loopback; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("responses/s is what this machine gave; the server's CPU time per response, read from /proc,")
    print("does not depend on what else runs: 2 cores / that = what 2 free cores would give")
    print(f"{'page':30} {'encoding':8} {'responses/s':>12} {'CPU ms':>7} {'2 free cores':>13} "
          f"{'wire bytes':>11} {'body bytes':>11}")
    for label, name, rate, cpu, total, body in rows:
        print(f"{label:30} {name:8} {rate:12,.0f} {cpu:7.3f} {2000 / cpu:11,.0f}/s "
              f"{total:11,d} {body:11,d}")


if __name__ == "__main__":
    main()
