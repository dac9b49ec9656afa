"""A throwaway Qatysu server on loopback for benchmarks: migrated database, gunicorn, cleaned up after."""
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(database_url=None, workers=2, demo=False, fresh=True, app="app:create_app()"):
    """Yields (base_url, env) of a gunicorn serving a fresh database (or, with fresh=False, the one given)."""
    tmp = Path(tempfile.mkdtemp(prefix="qatysu-bench-"))
    env = dict(os.environ, DATABASE_URL=database_url or f"sqlite:///{tmp}/bench.sqlite3",
               SECRET_KEY="bench", QATYSU_PEPPER="bench", DEMO="1" if demo else "0", RATELIMIT_ENABLED="0")
    if fresh and database_url and database_url.startswith("postgres"):
        reset = ("from app import create_app; from db import database, models; app = create_app(); "
                 "database.connect(); database.drop_tables(list(reversed(models.ALL)), safe=True, cascade=True)")
        subprocess.run([PYTHON, "-c", reset], cwd=ROOT, env=env, check=True)
    flask = [PYTHON, "-m", "flask", "--app", "app"]
    if fresh:
        subprocess.run(flask + ["db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    if demo:
        subprocess.run(flask + ["seed-demo"], cwd=ROOT, env=env, check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen([PYTHON, "-m", "gunicorn", "-b", f"127.0.0.1:{port}", "-w", str(workers),
                             app], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    env["BENCH_SERVER_PID"] = str(proc.pid)  # for a benchmark that reads the workers' CPU time
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield base, env
    finally:
        proc.terminate()
        proc.wait(10)
