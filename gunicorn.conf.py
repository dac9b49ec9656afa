"""Gunicorn settings, read from the project folder by `gunicorn 'app:create_app()'`.

Threads keep connections alive: on a 2G phone every new TCP connection costs a
1.3-second round trip, so the stylesheet and scripts should ride on the page's
own connection. Each thread opens its own database connection per request.
"""
import os

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
keepalive = 15
timeout = 60
# The access log masks the secret of an author's private link (web/access_log.py).
logger_class = "web.access_log.MaskedLogger"


def on_starting(server):
    """Say so when each worker would keep its own rate-limit counters (README, "Rate limits")."""
    storage = os.environ.get("RATELIMIT_STORAGE_URI", "")
    if storage.startswith("memory://") and workers > 1:
        server.log.warning("RATELIMIT_STORAGE_URI=%s: each of the %d workers counts alone, so every limit "
                           "is %d times higher; leave it unset (a SQLite file all workers share) or use "
                           "redis://", storage, workers, workers)
