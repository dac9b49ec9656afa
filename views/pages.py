"""Home, language choice, health, the service worker and error pages."""
import hashlib
import json

from flask import Blueprint, Response, current_app, jsonify, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException

from db import database
from db.models import CLOSED_STATUSES, Appeal, AppealTally
from rules.times import local_today
from submissions import KINDS
from views import language_blueprint, open311
from web.errors import json_error
from web.i18n import best_language

bp = language_blueprint("pages", __name__)
# What a page needs to work offline; htmx and large icons are cached when first used.
PRECACHE = ("app.js", "icons/icon.svg", "icons/icon-192.png")
root = Blueprint("root", __name__)


@root.get("/")
def index_GET():
    """Send the person to their language: cookie, then browser, then Kazakh."""
    return redirect(url_for("pages.home_GET", lang=best_language(current_app)), 302)


@root.get("/healthz")
def healthz_GET():
    try:
        database.execute_sql("SELECT 1")
        return jsonify(status="ok", db="ok")
    except Exception:  # the point of a health check is to answer even when the database can't
        return jsonify(status="error", db="unavailable"), 503


@root.get("/sw.js")
def service_worker_GET():
    """The service worker, with the precache list and a version that changes with the files."""
    manifest = current_app.extensions["static_manifest"]
    precache = ["/static/" + manifest[name] for name in PRECACHE]
    with open(current_app.root_path + "/sw.js", encoding="utf-8") as f:
        body = f.read()
    # A new worker or new static files get new caches; the queue in IndexedDB is never renamed.
    version = hashlib.sha256((body + " ".join(sorted(manifest.values()))).encode()).hexdigest()[:12]
    body = (body.replace("__VERSION__", version)
                .replace("__PRECACHE__", json.dumps(precache))
                .replace("__LANGUAGES__", json.dumps(list(current_app.config["LANGUAGES"])))
                .replace("__KINDS__", json.dumps({k.name: k.for_phone() for k in KINDS.values()}))
                .replace("__QUEUE_SCRIPT__", json.dumps("/static/" + manifest["app.js"])))
    response = Response(body, mimetype="application/javascript")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Service-Worker-Allowed"] = "/"
    return response


@bp.get("/")
def home_GET():
    """What Qatysu is for, and the way in."""
    counts = AppealTally.by_status()  # kept by the database: no count over every appeal
    return render_template("pages/home.html", latest=list(Appeal.published_cards().limit(3)),
                           today=local_today(),
                           total=sum(counts.values()),
                           answered=sum(counts.get(status, 0) for status in CLOSED_STATUSES))


@bp.get("/queue")
def queue_GET():
    """What waits on this phone: filled in by the page's script from the phone's own storage."""
    return render_template("pages/queue.html")


@bp.get("/manifest.webmanifest")
def manifest_GET():
    """The Web App Manifest, so the site installs to the home screen in the page's language."""
    response = current_app.make_response(render_template("pages/manifest.webmanifest"))
    response.mimetype = "application/manifest+json"
    return response


@bp.get("/offline")
def offline_GET():
    """Shown by the service worker when a page was never visited and there is no connection."""
    return render_template("pages/offline.html")


def register_errors(app):
    """Error pages in the person's language; JSON for the APIs, GeoReport's form (JSON or XML) for Open311."""
    def render_error(status, title):
        def handler(error):
            if request.path.startswith("/open311/"):
                return open311.error(status, title)
            if request.path.startswith("/api/"):
                return json_error(status, str(title))
            return render_template("pages/error.html", status=status, title=title), status
        return handler

    from flask_babel import lazy_gettext as _l
    for status, title in ((400, _l("Something in the request was wrong.")),
                          (403, _l("You do not have access to this page.")),
                          (404, _l("Page not found.")),
                          (413, _l("What you sent is too large.")),
                          (429, _l("Too many tries. Please wait a little and try again.")),
                          (500, _l("Something broke on our side. Please try again later."))):
        app.register_error_handler(status, render_error(status, title))

    @app.errorhandler(HTTPException)
    def _other_http_errors(error):
        # Any other status (405 on a wrong method ...) in GeoReport's form, or the APIs' JSON;
        # elsewhere Flask's own page.
        if request.path.startswith("/open311/"):
            response = open311.error(error.code, error.description)
        elif request.path.startswith("/api/"):
            response = json_error(error.code, error.description)
        else:
            return error
        allowed = error.get_response().headers.get("Allow")  # a 405 says which methods would do
        if allowed:
            response.headers["Allow"] = allowed
        return response
