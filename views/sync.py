"""POST /api/v1/sync: queued submissions from phones, exactly once (SYNC.md)."""
import datetime
import json
import zlib

from flask import Blueprint, current_app, g, jsonify, request
from peewee import InterfaceError, OperationalError

import auth
import submissions
from security import limiter

bp = Blueprint("sync", __name__, url_prefix="/api/v1")
MAX_ITEMS = 200
MAX_BODY = 1024 * 1024  # after decompression


class BadRequest(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


def fail(status, message):
    response = jsonify(error=message)
    response.status_code = status
    return response


def bearer_token():
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None


def rate_key():
    """Outreach phones count by their token (a whole village may share one address)."""
    token = bearer_token()
    return "token:" + auth.token_hash(token) if token else "addr:" + (request.remote_addr or "")


def rate_limit():
    return "600 per minute" if bearer_token() else current_app.config["SYNC_LIMIT"]


def read_body():
    """The JSON body, gunzipped where it says so, refused past 1 MiB."""
    raw = request.get_data(cache=False)
    if request.headers.get("Content-Encoding", "").lower() == "gzip":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            raw = inflater.decompress(raw, MAX_BODY + 1)
        except zlib.error:
            raise BadRequest(400, "body is not valid gzip")
    if len(raw) > MAX_BODY:
        raise BadRequest(413, "body larger than 1 MiB")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(400, "body is not JSON")
    if not isinstance(body, dict) or not isinstance(body.get("items"), list) \
            or not isinstance(body.get("device", ""), str):
        raise BadRequest(400, "expected {\"device\": ..., \"items\": [...]}")
    if len(body["items"]) > MAX_ITEMS:
        raise BadRequest(413, f"at most {MAX_ITEMS} items in one request")
    return body


def handle_item(item, base_ctx):
    """One item's result; never raises for bad content."""
    if not isinstance(item, dict):
        return {"key": None, "status": "rejected", "errors": {"key": "invalid"}}
    key = item.get("key")
    kind = item.get("kind")
    store = submissions.KINDS.get(kind)
    if not isinstance(key, str) or not submissions.valid_key(key):
        return {"key": key, "status": "rejected", "errors": {"key": "invalid"}}
    if store is None:
        return {"key": key, "status": "rejected", "errors": {"kind": "unsupported"}}
    fields = item.get("fields")
    if not isinstance(fields, dict):
        return {"key": key, "status": "rejected", "errors": {"fields": "invalid"}}
    ctx = base_ctx(item.get("created_at"))
    outcome = store(fields, key, ctx)
    result = {"key": key, "status": outcome.status}
    if outcome.ref:
        result["ref"] = outcome.ref
    if outcome.errors:
        result["errors"] = outcome.errors
    return result


@bp.post("/sync")
@limiter.limit(rate_limit, key_func=rate_key)
def sync_POST():
    """Store each queued item in its own transaction and answer for every key, in order."""
    token = bearer_token()
    device = None
    if token is not None:
        device = auth.device_for_token(token)
        if device is None:
            return fail(401, "unknown or revoked device token")
    try:
        body = read_body()
    except BadRequest as bad:
        return fail(bad.status, bad.message)

    def context(created_at):
        return submissions.Context(
            source="outreach" if device else "offline", lang=g.lang, created_at=created_at,
            secret_key=current_app.config["SECRET_KEY"], device=device,
            worker=device.user if device else None, sync_device=body.get("device") or None)

    try:
        results = [handle_item(item, context) for item in body["items"]]
    except (OperationalError, InterfaceError):
        return fail(503, "storage unavailable, try again later")
    server_time = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return jsonify(results=results, server_time=server_time)
