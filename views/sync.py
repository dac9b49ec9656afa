"""POST /api/v1/sync: queued submissions from phones, exactly once (SYNC.md)."""

from flask import Blueprint, current_app, g, jsonify, request
from peewee import InterfaceError, OperationalError

from rules.times import iso_utc, utcnow
from services import sync
from submissions import Context
from web import auth
from web.errors import json_error
from web.security import address_key, limiter

bp = Blueprint("sync", __name__, url_prefix="/api/v1")


def bearer_token():
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None


def rate_key():
    """Outreach phones count by their token: a whole village may share one address."""
    token = bearer_token()
    return "token:" + auth.token_hash(token) if token else address_key()


def rate_limit():
    return current_app.config["SYNC_TOKEN_LIMIT" if bearer_token() else "SYNC_LIMIT"]


@bp.post("/sync")
@limiter.limit(rate_limit, key_func=rate_key)
def sync_POST():
    """Store each queued item in its own transaction and answer for every key, in order."""
    # Another site's page can make its visitors' browsers post text/plain here with no preflight
    # (a CORS "simple request"); a JSON type cannot be sent that way.
    if request.mimetype != "application/json":
        return json_error(415, "Content-Type must be application/json")
    token = bearer_token()
    device = None
    if token is not None:
        device = auth.device_for_token(token)
        if device is None:
            return json_error(401, "unknown or revoked device token")
    try:
        body = sync.read_body(request.get_data(cache=False),
                                       request.headers.get("Content-Encoding", "").lower() == "gzip")
    except sync.BadBody as bad:
        return json_error(bad.status, bad.message)
    sender = Context(
        source="outreach" if device else "offline", lang=g.lang, device=device,
        worker=device.user if device else None, secret_key=current_app.config["SECRET_KEY"], via="sync")
    try:
        results = sync.store_items(body, sender)
    except (OperationalError, InterfaceError):
        return json_error(503, "storage unavailable, try again later")
    return jsonify(results=results, server_time=iso_utc(utcnow()))
