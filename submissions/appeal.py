"""The appeal: a resident's request to the akimat, from the form, a phone's queue, Open311 or Telegram."""
import functools
import hmac

from flask_babel import lazy_gettext as _l

from db import insert_row
from db.models import Appeal
from rules import deadlines
from rules.times import to_local_date, utcnow
from submissions.common import (
    Outcome,
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
from submissions.fields import Field, check_fields

answer_due = functools.lru_cache(maxsize=32)(deadlines.answer_due)  # the same few days all day long
FIELDS = (
    Field("category", _l("Topic"), type="choice"),
    Field("settlement", _l("Place"), type="choice"),
    Field("text", _l("Your appeal"), min_length=10, max_length=5000, needs_letters=True, messages={
        "too_long": _l("Please keep the text under %(num)d letters.")}),
    Field("name", _l("Your name"), max_length=100),
    Field("phone", _l("Phone"), required=False, max_length=40, messages={
        "invalid": _l("Write a Kazakhstan number, for example +7 701 123 45 67.")}),
    Field("public", _l("Show on the site"), required=False, type="flag"),
    Field("consent", _l("Consent"), type="flag", messages={
        "required": _l("Please tick this box: we cannot take the appeal without your consent.")}),
    # Only an outreach worker collects a paper consent form; from anyone else it is ignored.
    Field("paper_form", _l("Number of the signed paper form"), required=False, max_length=40),
)


def validate_appeal(fields):
    """Check an appeal's fields; returns (clean, errors)."""
    clean, errors = check_fields(FIELDS, fields)
    known = reference.fresh()
    for name, choices in (("category", known.categories), ("settlement", known.settlements)):
        code, clean[name] = clean[name], choices.get(clean[name])
        if code and clean[name] is None:
            errors[name] = "unknown"
    if clean["phone"]:
        normalised = normalise_phone(clean["phone"])
        if normalised is None:
            errors.setdefault("phone", "invalid")
        clean["phone"] = normalised or clean["phone"]
    clean["paper_form"] = clean["paper_form"] or None
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

