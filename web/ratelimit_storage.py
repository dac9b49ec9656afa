"""Rate-limit counters in a SQLite file, shared by every gunicorn worker on one machine.

`limits` (under Flask-Limiter) keeps counters in memory, Redis, Memcached or
MongoDB. In memory, each worker process counts alone, so two workers let
through twice the limit; the others need a server. One small SQLite file needs
nothing: each hit is one atomic upsert, which SQLite serialises across
processes. Registering the class makes ``sqlite:///path`` a storage URI
(RATELIMIT_STORAGE_URI); several app servers still need ``redis://``.

Only the fixed-window strategy is supported: Flask-Limiter's default, and ours.
"""
import os
import sqlite3
import threading
import time

from limits.storage import Storage

from db import create_private_file, sqlite_path

SCHEMA = """CREATE TABLE IF NOT EXISTS counter (
    key TEXT PRIMARY KEY, hits INTEGER NOT NULL, expires_at REAL NOT NULL) WITHOUT ROWID"""
# One statement, so two workers hitting the same key at once both count: a window past its end starts anew.
INCREMENT = """INSERT INTO counter (key, hits, expires_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN expires_at <= ? THEN excluded.hits ELSE hits + excluded.hits END,
        expires_at = CASE WHEN expires_at <= ? THEN excluded.expires_at ELSE expires_at END
    RETURNING hits"""
PURGE_EVERY = 1000  # increments per process between deletions of expired windows


class SQLiteStorage(Storage):
    STORAGE_SCHEME = ["sqlite"]

    def __init__(self, uri=None, wrap_exceptions=False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = sqlite_path(uri)
        if self.path is None:
            raise ValueError("the rate-limit storage needs a file: sqlite:///path/to/file")
        self.local = threading.local()
        self.increments = 0

    @property
    def base_exceptions(self):
        return sqlite3.Error

    def connection(self):
        """One connection per thread and per process (a connection must not cross a fork)."""
        local = self.local
        if getattr(local, "pid", None) != os.getpid():
            create_private_file(self.path)
            db = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode = wal")
            db.execute("PRAGMA synchronous = off")  # counters may be lost with the machine, not corrupted
            db.execute(SCHEMA)
            local.db, local.pid = db, os.getpid()
        return local.db

    def incr(self, key, expiry, amount=1):
        now = time.time()
        db = self.connection()
        hits = db.execute(INCREMENT, (key, amount, now + expiry, now, now)).fetchall()[0][0]
        self.increments += 1
        if self.increments % PURGE_EVERY == 0:
            db.execute("DELETE FROM counter WHERE expires_at <= ?", (now,))
        return hits

    def get(self, key):
        row = self.connection().execute(
            "SELECT hits FROM counter WHERE key = ? AND expires_at > ?", (key, time.time())).fetchone()
        return row[0] if row else 0

    def get_expiry(self, key):
        now = time.time()
        row = self.connection().execute(
            "SELECT expires_at FROM counter WHERE key = ? AND expires_at > ?", (key, now)).fetchone()
        return row[0] if row else now

    def check(self):
        try:
            self.connection().execute("SELECT 1").fetchall()
            return True
        except sqlite3.Error:
            return False

    def reset(self):
        return self.connection().execute("DELETE FROM counter").rowcount

    def clear(self, key):
        self.connection().execute("DELETE FROM counter WHERE key = ?", (key,))
