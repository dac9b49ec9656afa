"""Settings read from the environment (CONTRACT §1), with safe defaults for one machine."""
import os
import secrets
from pathlib import Path

from rules.languages import DEFAULT as DEFAULT_LANGUAGE
from rules.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"


def _secret_file(name):
    """A random secret kept in var/<name>: made once, then read by every worker."""
    path = VAR / name
    VAR.mkdir(exist_ok=True)
    try:
        # O_EXCL: when two workers start at once, only one writes the secret.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as f:
        value = secrets.token_hex(32)
        f.write(value)
    return value


def _flag(name, default):
    return os.environ.get(name, default).strip().lower() not in ("0", "false", "no", "off", "")


def from_environment():
    """The configuration a deployment gives through environment variables."""
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{VAR / 'qatysu.sqlite3'}",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _secret_file("secret_key"),
        "QATYSU_PEPPER": os.environ.get("QATYSU_PEPPER") or _secret_file("pepper"),
        "DEMO": _flag("DEMO", "0"),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "RATELIMIT_ENABLED": _flag("RATELIMIT_ENABLED", "1"),
        # Cookies travel only over HTTPS unless a local run says otherwise.
        "SESSION_COOKIE_SECURE": _flag("SESSION_COOKIE_SECURE", "0"),
    }


DEFAULTS = {
    "LANGUAGES": LANGUAGES,
    "BABEL_DEFAULT_LOCALE": DEFAULT_LANGUAGE,
    "BABEL_DEFAULT_TIMEZONE": "Asia/Aqtau",
    "BABEL_TRANSLATION_DIRECTORIES": str(ROOT / "translations"),
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,  # the queue-file upload alone allows more:
    "QUEUE_FILE_MAX_BYTES": 16 * 1024 * 1024,  # a day's saved queue from one phone
    "QUEUE_FILE_MAX_ITEMS": 5000,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "WTF_CSRF_TIME_LIMIT": None,  # a form filled slowly on a phone must still post
    "COMPRESS_MIN_SIZE": 0,
    "COMPRESS_ALGORITHM": ["br", "gzip"],
    # Brotli 10 makes a page 18% smaller than the default 4 for ~7 ms of CPU: on 2G, 0.2 s per kilobyte.
    "COMPRESS_BR_LEVEL": 10,
    "COMPRESS_MIMETYPES": ["text/html", "application/json", "application/atom+xml",
                           "text/csv", "application/javascript", "text/css",
                           "application/manifest+json"],
    "RATELIMIT_HEADERS_ENABLED": True,
    "PUBLIC_POST_LIMIT": "20 per hour",
    "LOOKUP_LIMIT": "60 per minute",
    "SYNC_LIMIT": "60 per minute",
    "SYNC_TOKEN_LIMIT": "1000 per minute",  # high enough never to stop a day's queue
    "PAGE_SIZES": {"appeals": 20, "staff_queue": 50, "audit": 100},  # rows per page of each list
}
