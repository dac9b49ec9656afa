"""The database: one proxy that every model binds to, opened per request."""
from peewee import DatabaseProxy
from playhouse.db_url import connect

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",   # readers never wait for the one writer
    "foreign_keys": 1,
    "busy_timeout": 10000,   # wait for a lock rather than fail a person's post
    "synchronous": "normal",
}


def open_database(url):
    """Connect the proxy to the database named by a peewee db_url."""
    if url.startswith("sqlite"):
        db = connect(url, pragmas=SQLITE_PRAGMAS)
    else:
        db = connect(url, autorollback=True)
    database.initialize(db)
    return db


def init_app(app):
    """Bind the database and open a connection per request, as peewee's docs advise."""
    open_database(app.config["DATABASE_URL"])

    @app.before_request
    def _connect():
        database.connect(reuse_if_open=True)

    @app.teardown_request
    def _close(exc):
        if not database.is_closed():
            database.close()
