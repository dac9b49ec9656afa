"""The sync protocol of SYNC.md, apart from HTTP: read a body, store each item, answer per key.

Used by POST /api/v1/sync and by the upload of a saved queue file, so both
give the same exactly-once result.
"""
import dataclasses
import json
import zlib

from db import database
from db.models import OutreachEvent, SyncLog
from rules.languages import LANGUAGES
from submissions import KINDS, valid_key

MAX_ITEMS = 200
MAX_BODY = 1024 * 1024  # after decompression


class BadBody(Exception):
    """The whole request is refused: status 400 or 413 with a message."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


def read_body(raw, gzipped=False, max_items=MAX_ITEMS, max_bytes=MAX_BODY):
    """The request's JSON, gunzipped where it says so; refused past max_bytes or max_items."""
    if gzipped:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            # Inflate at most one byte past the limit, so a zip bomb costs nothing.
            raw = inflater.decompress(raw, max_bytes + 1)
        except zlib.error:
            raise BadBody(400, "body is not valid gzip")
    if len(raw) > max_bytes:
        raise BadBody(413, f"body larger than {max_bytes // (1024 * 1024)} MiB")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadBody(400, "body is not JSON")
    if not isinstance(body, dict) or not isinstance(body.get("items"), list) \
            or not isinstance(body.get("device", ""), str):
        raise BadBody(400, 'expected {"device": "...", "items": [...]}')
    if body.get("device") and not valid_key(body["device"]):
        # SYNC.md: the phone's own UUID, or a 400. It is shown to staff and exported, so never free text.
        raise BadBody(400, "device must be a UUID")
    if max_items is not None and len(body["items"]) > max_items:
        raise BadBody(413, f"at most {max_items} items in one request")
    return body


def store_item(item, sender, phone):
    """One item's result dict; bad content is a rejection, never an exception.

    sender is the request's Context (source, device, worker, via); each item gets
    a copy with its own clock, language, visit and phone.
    """
    if not isinstance(item, dict):
        return {"key": None, "status": "rejected", "errors": {"key": "invalid"}}
    key, kind, fields = item.get("key"), item.get("kind"), item.get("fields")
    if not isinstance(key, str) or not valid_key(key):
        return {"key": key, "status": "rejected", "errors": {"key": "invalid"}}
    declared = KINDS.get(kind) if isinstance(kind, str) else None
    if declared is None:
        result = {"key": key, "status": "rejected", "errors": {"kind": "unsupported"}}
    elif not isinstance(fields, dict):
        result = {"key": key, "status": "rejected", "errors": {"fields": "invalid"}}
    else:
        event = OutreachEvent.of_worker(fields.get("outreach_event"), sender.worker)
        # An item may say which language its form was in (an addition to SYNC.md); else the request's.
        lang = item.get("lang") if item.get("lang") in LANGUAGES else sender.lang
        ctx = dataclasses.replace(sender, lang=lang, created_at=item.get("created_at"),
                                  outreach_event=event, sync_device=phone or None)
        outcome = declared.store(fields, key, ctx)
        result = {"key": key, "status": outcome.status}
        if outcome.ref:
            result["ref"] = outcome.ref
        if outcome.secret and sender.source == "offline":
            # An addition to SYNC.md's result: the author's private link, for the phone's "sent" list.
            result["follow"] = f"/{lang}/track/{outcome.ref}/{outcome.secret}"
        if outcome.errors:
            result["errors"] = outcome.errors
    if result["status"] != "created":
        SyncLog.create(device=sender.device, worker=sender.worker, sync_device=phone or None, key=key,
                       kind=str(kind)[:40], status=result["status"], ref=result.get("ref"),
                       errors=json.dumps(result.get("errors", {})), via=sender.via)
    return result


def store_items(body, sender):
    """Store each item on its own, all made durable by one commit; results in order.

    Each item is a single INSERT ... ON CONFLICT DO NOTHING (or nothing at all
    when it is refused), so a bad or duplicate item never touches the others.
    The batch commits once, before the reply is sent, so a lost reply is safe
    to resend. One commit per batch rather than per item writes each database
    page once instead of 200 times (SQLite) and waits for the disk once
    (PostgreSQL).
    """
    phone = body.get("device") or None
    with database.atomic():
        return [store_item(item, sender, phone) for item in body["items"]]
