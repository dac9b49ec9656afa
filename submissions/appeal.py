"""The appeal: a resident's request to the akimat, from the form, a phone's queue, Open311 or Telegram."""
import functools
import hmac

from db import insert_row
from db.models import Appeal
from rules import deadlines
from rules.times import to_local_date, utcnow
from submissions.common import (
    Outcome,
    as_bool,
    as_text,
    content_hash,
    existing,
    follow_secret,
    new_ref,
    normalise_phone,
    parse_created_at,
    reference,
    secret_hash,
    valid_key,
)

TEXT_MIN, TEXT_MAX = 10, 5000
NAME_MAX = 100
answer_due = functools.lru_cache(maxsize=32)(deadlines.answer_due)  # the same few days all day long


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


def submit_appeal(fields, key, ctx):
    """Validate and store one appeal; the same key twice stores it once."""
    key = as_text(key).lower()
    if not valid_key(key):
        return Outcome("rejected", errors={"key": "invalid"})
    if ctx.source != "outreach":
        # The number of a signed paper consent form is an outreach worker's record, nobody else's.
        fields = {name: value for name, value in fields.items() if name != "paper_form"}
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
        earlier = existing(Appeal, key, fingerprint)
        if earlier is not None:
            if earlier.status == "duplicate":
                earlier.secret = secret  # a resend shows the author the same private link
            return earlier
    raise RuntimeError("could not find a free reference")


def find_by_follow_link(ref, secret):
    """The appeal whose private link this is, or None."""
    appeal = Appeal.get_or_none(Appeal.ref == ref)
    if appeal is None or not hmac.compare_digest(appeal.secret_hash, secret_hash(secret or "")):
        return None
    return appeal

