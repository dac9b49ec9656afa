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
    VAR.mkdir(mode=0o700, exist_ok=True)  # secrets and the SQLite file: this user's alone
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


def _count(name):
    value = os.environ.get(name, "").strip() or "0"
    if not value.isdigit():
        raise ValueError(f"{name} must be a whole number of proxies, not {value!r}")
    return int(value)


def _development():
    return _flag("DEMO", "0") or _flag("FLASK_DEBUG", "0")


def from_environment():
    """The configuration a deployment gives through environment variables, and var/ for what they leave out.

    The places under var/ that a deployment writes are named here, not in DEFAULTS,
    so a test configuration, which replaces this whole, must name its own (and
    points BABEL_TRANSLATION_DIRECTORIES at a copy, as .mo files compile beside the .po).
    """
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{VAR / 'qatysu.sqlite3'}",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _secret_file("secret_key"),
        "QATYSU_PEPPER": os.environ.get("QATYSU_PEPPER") or _secret_file("pepper"),
        "STATIC_BUILD_DIR": str(VAR / "static"),
        "DEMO_LOGINS_FILE": str(VAR / "demo-logins.txt"),
        "DEMO": _flag("DEMO", "0"),
        # Shared by every worker on this machine (web/ratelimit_storage.py); redis://... across machines.
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI")
        or f"sqlite:///{VAR / 'ratelimits.sqlite3'}",
        # How many proxies in front of us add to X-Forwarded-For; 0 trusts none (README, "Behind a proxy").
        "TRUSTED_PROXIES": _count("QATYSU_TRUSTED_PROXIES"),
        "RATELIMIT_ENABLED": _flag("RATELIMIT_ENABLED", "1"),
        # Cookies travel only over HTTPS, unless this is a demo or a debug run on a laptop, or the
        # browser is on this machine over plain http (web/security.cookie_secure).
        "SESSION_COOKIE_SECURE": _flag("SESSION_COOKIE_SECURE", "0" if _development() else "1"),
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
    # If the counters cannot be reached, count in memory for a while rather than refuse a person's post.
    "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
    "PUBLIC_POST_LIMIT": "20 per hour",  # per address (an IPv6 /64)
    "OUTREACH_POST_LIMIT": "1000 per hour",  # per signed-in outreach worker: never stops a meeting
    "LOOKUP_LIMIT": "60 per minute",
    "SYNC_LIMIT": "60 per minute",
    "SYNC_TOKEN_LIMIT": "1000 per minute",  # high enough never to stop a day's queue
    "PAGE_SIZES": {"appeals": 20, "staff_queue": 50, "audit": 100},  # rows per page of each list
    # Werkzeug's method for staff passwords; a test configuration may choose a cheap one.
    "PASSWORD_HASH_METHOD": "scrypt",
}
