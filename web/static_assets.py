"""Static files with their content hash in the name, served by WhiteNoise and cached for a year.

At start-up each file under static/ is copied to STATIC_BUILD_DIR (var/static/) as
``name.<hash>.ext`` with .gz and .br beside it, so a changed file gets a new
URL and an unchanged one is never fetched twice.
"""
import base64
import gzip
import hashlib
import os
import re
import urllib.parse
from pathlib import Path

import brotli
from markupsafe import Markup
from whitenoise import WhiteNoise

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "static"
COMPRESSIBLE = {".css", ".js", ".svg", ".json", ".webmanifest", ".txt"}
HASHED = re.compile(r"\.[0-9a-f]{12}\.")


def _write_atomic(path, data):
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build(target):
    """Copy static/ into target with fingerprinted names; returns {logical name: served name}."""
    manifest = {}
    for src in sorted(p for p in SOURCE.rglob("*") if p.is_file()):
        logical = src.relative_to(SOURCE).as_posix()
        data = src.read_bytes()
        digest = hashlib.sha256(data).hexdigest()[:12]
        served = f"{src.relative_to(SOURCE).parent.as_posix()}/{src.stem}.{digest}{src.suffix}".lstrip("./")
        out = target / served
        if not out.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(out, data)
            if src.suffix in COMPRESSIBLE:
                _write_atomic(out.with_name(out.name + ".gz"), gzip.compress(data, 9, mtime=0))
                _write_atomic(out.with_name(out.name + ".br"), brotli.compress(data))
        manifest[logical] = served
    return manifest


def init_app(app):
    target = Path(app.config["STATIC_BUILD_DIR"])
    target.mkdir(parents=True, exist_ok=True)
    manifest = build(target)
    app.extensions["static_manifest"] = manifest

    def static_url(name):
        return "/static/" + manifest[name]

    # The stylesheet goes inside every page: on 2G a second request costs more than its 1.5 KB.
    css = (SOURCE / "app.css").read_text(encoding="utf-8")
    app.extensions["inline_style_hash"] = "sha256-" + base64.b64encode(
        hashlib.sha256(css.encode("utf-8")).digest()).decode()
    # The favicon too: a data: URI spares a request the browser makes on every first visit.
    icon = (SOURCE / "icons" / "icon.svg").read_text(encoding="utf-8").strip()
    app.jinja_env.globals.update(static_url=static_url, inline_css=Markup(css),
                                 icon_data_uri="data:image/svg+xml," + urllib.parse.quote(icon))
    app.wsgi_app = WhiteNoise(
        app.wsgi_app, root=str(target), prefix="static/", max_age=60,
        immutable_file_test=lambda path, url: bool(HASHED.search(url)))
