"""The database: one proxy that every model binds to, opened per request."""
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from peewee import DatabaseProxy, SqliteDatabase
from playhouse.db_url import connect

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",   # readers never wait for the one writer
    "foreign_keys": 1,
    "busy_timeout": 10000,   # wait for a lock rather than fail a person's post
    "synchronous": "normal",
}


def sqlite_path(url):
    """The file a sqlite:/// URL names, read as peewee reads it; None for an in-memory database."""
    path = urlsplit(url).path[1:]
    return None if not path or path == ":memory:" else Path(path)


def create_private_file(path):
    """Make the file (and its folder) readable by this user alone, if it is not there yet.

    It holds names, phones and password hashes; under the usual umask SQLite would
    make it readable by everyone on the machine. SQLite gives its -wal and -shm
    files the database file's permissions.
    """
    if path is None or path.exists():
        return
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


MAX_ID = 2 ** 31 - 1  # the largest id an integer column holds on both databases


def as_id(value):
    """An id from an address, a form or a phone's JSON: a whole number an id column can hold, else None."""
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit() and len(value) <= len(str(MAX_ID))):
            return None
        value = int(value)
    if type(value) is not int:  # not True, not 1e400 (infinity), not 5.0
        return None
    return value if 0 < value <= MAX_ID else None
# PostgreSQL refuses NUL in text; neither database can encode half of a UTF-16 pair (JSON's "\ud800").
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text):
    """Whether both databases can keep this string as it is."""
    return UNSTORABLE.search(text) is None


# A new PostgreSQL session per request costs the server a process and the page 5-10 ms (at a
# million appeals, more than the page's own queries): each thread keeps its connection in a pool.
POSTGRES_POOL = {"max_connections": 32, "stale_timeout": 300}


def open_database(url):
    """Connect the proxy to the database named by a peewee db_url; PostgreSQL through a pool
    (a URL may name its own pool settings, or say postgresql+pool:// itself)."""
    if url.startswith("sqlite"):
        create_private_file(sqlite_path(url))
        # Every atomic() begins IMMEDIATE, taking the write lock first and waiting busy_timeout for it.
        # A plain BEGIN reads first; when another worker writes meanwhile, SQLite cannot let the
        # reader write on its old snapshot and fails at once ("database is locked"), timeout or not.
        db = connect(url, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    else:
        scheme, rest = url.split("://", 1)
        if scheme in ("postgres", "postgresql"):
            url = f"{scheme}+pool://{rest}"
        # peewee 4 runs PostgreSQL in autocommit mode: no aborted-transaction state
        db = connect(url, **{k: v for k, v in POSTGRES_POOL.items() if f"{k}=" not in rest})
    database.initialize(db)
    return db


def init_app(app):
    """Bind the database; a request's first query opens its connection, and the request's end closes it.

    Opening lazily (peewee's autoconnect) rather than before every request, as
    peewee's docs show, spares the pages that need no query at all (the blank
    appeal form, kept rendered) a connection: on SQLite that is four PRAGMAs,
    on PostgreSQL a new session, each time.
    """
    open_database(app.config["DATABASE_URL"])

    @app.teardown_request
    def _close(exc):
        if not database.is_closed():
            database.close()


_insert_statements = {}


def insert_row(model, ignore_conflicts=False, **values):
    """INSERT one row and return its id, building the statement once per column set.

    peewee builds an INSERT anew on every call, about a millisecond for an
    appeal's thirty columns; the sync endpoint stores thousands of items in a
    row, so here the SQL is made once and only the values change. Python-side
    defaults are filled in as Model.create would. With ignore_conflicts, a row
    that breaks a unique index is not stored and None comes back: the database
    decides, with no lookup first and no exception to roll back. Only the id
    comes back: building a model instance would cost as much as the insert.
    """
    for field in model._meta.sorted_fields:
        if field.name not in values and field.default is not None and not field.primary_key:
            values[field.name] = field.default() if callable(field.default) else field.default
    db = database.obj
    returning = ignore_conflicts or not isinstance(db, SqliteDatabase)
    names = tuple(sorted(values))
    key = (model, names, type(db), ignore_conflicts)
    sql = _insert_statements.get(key)
    if sql is None:
        columns = ", ".join(f'"{model._meta.fields[n].column_name}"' for n in names)
        marks = ", ".join([db.param] * len(names))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        if ignore_conflicts:
            sql += " ON CONFLICT DO NOTHING"
        if returning:
            sql += f' RETURNING "{model._meta.primary_key.column_name}"'
        _insert_statements[key] = sql
    params = [model._meta.fields[n].db_value(values[n]) for n in names]
    cursor = db.execute_sql(sql, params)
    if returning:
        row = cursor.fetchone()
        return row[0] if row else None
    return cursor.lastrowid

