"""What every kind of submission shares: who sent it, the outcome, small parsers, keys and references.

Validators are plain functions over a dict of fields and answer ``(clean, errors)``;
errors map a field to a short code (``required``, ``too_short`` ...) that the sync
protocol sends as it is and the HTML views turn into a sentence.
"""
import datetime
import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass, field

import phonenumbers

from db.models import Category, Department, Settlement
from rules.times import to_naive_utc
from submissions.fields import as_bool, as_text  # noqa: F401  (re-exported for every kind)

REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 signs; no 0/O or 1/I to misread on paper
REF_LENGTH = 8
CLOCK_SKEW_LIMIT = datetime.timedelta(minutes=10)
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class Context:
    """Who is sending, over which transport; everything a store function needs besides the fields.

    The HTML form, Open311 and the sync endpoint (for each item of a batch) each make one.
    """
    source: str                      # web, offline, outreach, open311, telegram
    secret_key: str                  # derives the author's private follow link
    lang: str = "kk"
    created_at: object = None        # the phone's clock (str with offset or datetime), if it sent one
    device: object = None            # db Device of an outreach phone
    worker: object = None            # db User collecting on behalf of residents
    outreach_event: object = None
    sync_device: str | None = None   # the phone's own UUID
    api_key: object = None
    via: str = "form"               # form, sync, upload: how the sync log names the road


@dataclass
class Outcome:
    status: str                      # created, duplicate, rejected
    ref: str | None = None
    errors: dict = field(default_factory=dict)
    record: object = None            # the stored row, when it was read anyway (duplicate, conflict)
    record_id: int | None = None     # the new row's id, when created
    secret: str | None = None        # the follow-link secret, for the author only


# ---- small parsers shared by every kind --------------------------------------------

def normalise_phone(value):
    """A Kazakhstan number as +7 and ten digits, however it was typed; None when it is not one.

    People write 7011234567, 8 701 123 45 67, +7 (7292) 12-34-56, with non-breaking hyphens
    from a phone's keyboard: phonenumbers knows Kazakhstan's numbering plan (mobile and city).
    """
    try:
        number = phonenumbers.parse(value[:40], "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) or phonenumbers.region_code_for_number(number) != "KZ":
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


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
    try:
        moment = to_naive_utc(moment)
    except OverflowError:  # 9999-12-31 west of UTC, 0001-01-01 east of it: no clock says that
        return received_at, True
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


def normalise_ref(text):
    """A reference as people copy it (3NTU3JPF, mg3ntu3jpf, "MG 3NTU 3JPF") in its one written form."""
    signs = re.sub(r"[^0-9A-Z]", "", str(text or "")[:40].upper())
    if len(signs) == REF_LENGTH + 2 and signs.startswith("MG"):
        signs = signs[2:]
    return "MG-" + signs if len(signs) == REF_LENGTH else None


def new_ref():
    """MG- and eight random characters: 32 letters and digits, so 40 random bits."""
    return "MG-" + "".join(REF_ALPHABET[b & 31] for b in secrets.token_bytes(REF_LENGTH))


def existing(model, key, fingerprint):
    """What a key already stored answers: a resend of the same content, or a conflict; None if free."""
    record = model.get_or_none(model.submission_key == key)
    if record is None:
        return None
    if record.content_hash != fingerprint:
        return Outcome("rejected", errors={"key": "conflict"}, record=record)
    return Outcome("duplicate", ref=record.ref, record=record)


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
