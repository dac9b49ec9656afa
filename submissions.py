"""One validator and one store function per kind of submission.

HTML forms, the sync endpoint, Open311 and Telegram all create records through
here, so a rule lives in one place. Validators are plain functions over a dict
of fields and answer ``(clean, errors)``; errors map a field to a short code
(``required``, ``too_short`` ...) that the sync protocol sends as it is and the
HTML views translate into a sentence.
"""
import datetime
import functools
import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass, field

from db import insert_row
from db.models import (LOCAL_TZ, Appeal, Category, Department, Settlement,
                       to_local_date, utcnow)
from rules import deadlines

REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 signs; no 0/O or 1/I to misread on paper
REF_LENGTH = 8
CLOCK_SKEW_LIMIT = datetime.timedelta(minutes=10)
TEXT_MIN, TEXT_MAX = 10, 5000
NAME_MAX = 100
TRUE_WORDS = {"1", "true", "on", "yes", "y"}
PHONE_RE = re.compile(r"^(?:\+?7|8)(\d{10})$")
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class Context:
    """Who is sending, over which transport; everything a store function needs besides the fields."""
    source: str                      # web, offline, outreach, open311, telegram
    secret_key: str                  # derives the author's private follow link
    lang: str = "kk"
    created_at: object = None        # the phone's clock (str with offset or datetime), if it sent one
    device: object = None            # db Device of an outreach phone
    worker: object = None            # db User collecting on behalf of residents
    outreach_event: object = None
    sync_device: str | None = None   # the phone's own UUID
    api_key: object = None


@dataclass
class Outcome:
    status: str                      # created, duplicate, rejected
    ref: str | None = None
    errors: dict = field(default_factory=dict)
    record: object = None            # the stored row, when it was read anyway (duplicate, conflict)
    record_id: int | None = None     # the new row's id, when created
    secret: str | None = None        # the follow-link secret, for the author only


# ---- small parsers shared by every kind --------------------------------------------

def as_bool(value):
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in TRUE_WORDS


def as_text(value):
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value).strip())


def normalise_phone(value):
    """+7 and ten digits, or None when it is not a Kazakhstan number."""
    digits = re.sub(r"[\s\-()]", "", value)
    m = PHONE_RE.match(digits)
    return f"+7{m.group(1)}" if m else None


def valid_key(value):
    """A UUID in its canonical text form, as phones and forms make them."""
    return isinstance(value, str) and UUID_RE.fullmatch(value.lower()) is not None


def parse_created_at(value, received_at):
    """The phone's time as naive UTC and whether it was flagged as skewed.

    A clock more than ten minutes ahead of ours cannot be right, so the
    server's time stands in for it (SYNC.md, Clocks).
    """
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, str) and value:
        try:
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return received_at, True
    else:
        return received_at, False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    moment = moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    if moment - received_at > CLOCK_SKEW_LIMIT:
        return received_at, True
    return moment, False


def content_hash(clean):
    """A fingerprint of what the person sent, to tell a resend from a reused key."""
    canonical = {k: (v.code if hasattr(v, "code") else v) for k, v in clean.items()}
    return hashlib.sha256(json.dumps(canonical, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def follow_secret(secret_key, submission_key):
    """The secret of the author's private link, derived so that a resend shows the same link."""
    mac = hmac.new(secret_key.encode(), b"follow:" + submission_key.encode(), hashlib.sha256)
    return mac.hexdigest()[:24]


def secret_hash(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


def new_ref():
    """MG- and eight random characters: 32 letters and digits, so 40 random bits."""
    return "MG-" + "".join(REF_ALPHABET[b & 31] for b in secrets.token_bytes(REF_LENGTH))


class ReferenceCache:
    """Categories and settlements by code, read once a minute rather than twice per item.

    A phone's queue arrives 200 items at a time; reference data changes only
    when `db upgrade` loads new CSVs, and rows keep their ids when it does.
    """
    LIFETIME = 60.0

    def __init__(self):
        self.loaded_at = None
        self.categories, self.settlements = {}, {}

    def fresh(self):
        now = time.monotonic()
        if self.loaded_at is None or now - self.loaded_at > self.LIFETIME:
            self.categories = {c.code: c for c in Category.select(Category, Department).join(Department)}
            self.settlements = {s.code: s for s in Settlement.select()}
            self.loaded_at = now
        return self


reference = ReferenceCache()
answer_due = functools.lru_cache(maxsize=32)(deadlines.answer_due)  # the same few days all day long


# ---- appeal ----------------------------------------------------------------------

def validate_appeal(fields):
    """Check an appeal's fields; returns (clean, errors)."""
    errors, clean = {}, {}
    known = reference.fresh()
    for name, choices in (("category", known.categories), ("settlement", known.settlements)):
        code = as_text(fields.get(name))
        clean[name] = choices.get(code)
        if not code:
            errors[name] = "required"
        elif clean[name] is None:
            errors[name] = "unknown"

    text = as_text(fields.get("text"))
    if not text:
        errors["text"] = "required"
    elif len(text) < TEXT_MIN:
        errors["text"] = "too_short"
    elif len(text) > TEXT_MAX:
        errors["text"] = "too_long"
    clean["text"] = text

    name = as_text(fields.get("name"))
    if not name:
        errors["name"] = "required"
    elif len(name) > NAME_MAX:
        errors["name"] = "too_long"
    clean["name"] = name

    phone = as_text(fields.get("phone"))
    if phone:
        normalised = normalise_phone(phone)
        if normalised is None:
            errors["phone"] = "invalid"
        phone = normalised or phone
    clean["phone"] = phone

    clean["public"] = as_bool(fields.get("public"))
    clean["consent"] = as_bool(fields.get("consent"))
    if not clean["consent"]:
        errors["consent"] = "required"
    paper = as_text(fields.get("paper_form"))
    if len(paper) > 40:
        errors["paper_form"] = "too_long"
    clean["paper_form"] = paper or None
    return clean, errors


def _existing(model, key, fingerprint, ctx):
    """The answer to a key that is already stored: the same content, or a conflict."""
    record = model.get_or_none(model.submission_key == key)
    if record is None:
        return None
    if record.content_hash != fingerprint:
        return Outcome("rejected", errors={"key": "conflict"}, record=record)
    secret = follow_secret(ctx.secret_key, key) if model is Appeal else None
    return Outcome("duplicate", ref=record.ref, record=record, secret=secret)


def submit_appeal(fields, key, ctx):
    """Validate and store one appeal; the same key twice stores it once."""
    key = as_text(key).lower()
    if not valid_key(key):
        return Outcome("rejected", errors={"key": "invalid"})
    clean, errors = validate_appeal(fields)
    if errors:
        return Outcome("rejected", errors=errors)
    fingerprint = content_hash(clean)
    received_at = utcnow()
    created_at, skewed = parse_created_at(ctx.created_at, received_at)
    received_on = to_local_date(received_at)
    secret = follow_secret(ctx.secret_key, key)
    for _ in range(5):  # a new ref clashes once in ~10^12, but never fail a person for it
        ref = new_ref()
        appeal_id = insert_row(
            Appeal, ignore_conflicts=True,
            ref=ref, submission_key=key, content_hash=fingerprint,
            secret_hash=secret_hash(secret), source=ctx.source, lang=ctx.lang,
            category=clean["category"], settlement=clean["settlement"],
            department=clean["category"].department, text=clean["text"],
            name=clean["name"], phone=clean["phone"], wants_public=clean["public"],
            consent=clean["consent"], consent_paper_form=clean["paper_form"],
            created_at=created_at, received_at=received_at, clock_flagged=skewed,
            received_on=received_on, due_on=answer_due(received_on),
            device=ctx.device, worker=ctx.worker, outreach_event=ctx.outreach_event,
            sync_device=ctx.sync_device, api_key=ctx.api_key)
        if appeal_id is not None:
            return Outcome("created", ref=ref, record_id=appeal_id, secret=secret)
        # Not stored: the unique index on submission_key (or, rarely, on ref) said no.
        existing = _existing(Appeal, key, fingerprint, ctx)
        if existing is not None:
            return existing
    raise RuntimeError("could not find a free reference")


def find_by_follow_link(ref, secret):
    """The appeal whose private link this is, or None."""
    appeal = Appeal.get_or_none(Appeal.ref == ref)
    if appeal is None or not hmac.compare_digest(appeal.secret_hash, secret_hash(secret or "")):
        return None
    return appeal


KINDS = {"appeal": submit_appeal}
