"""What staff and authors do to an appeal after it arrives.

Each action changes the appeal, adds a line to its public timeline where the
public should see it, and writes the audit log, all in one transaction.
"""
from db import database
from db.models import OPEN_STATUSES, AppealEvent
from rules import deadlines, formal_reply, privacy, times
from rules.times import utcnow
from services.audit import audit

ANSWER_MIN = 10  # letters: an answer shorter than this says nothing
BODY_MAX = 255  # forwarded_to is a CharField: VARCHAR(255) on PostgreSQL


class ActionRefused(Exception):
    """The action does not fit the appeal's state; the code says why, and field which input is wrong."""

    def __init__(self, code, field=None):
        super().__init__(code)
        self.code, self.field = code, field


def _event(appeal, kind, actor, note=None, public=True):
    AppealEvent.create(appeal=appeal, kind=kind, status=appeal.status, note=note, public=public,
                       actor=actor)


def _act(appeal, actor, kind, detail=None, note=None, public=True, address=""):
    appeal.save()
    _event(appeal, kind, actor, note=note, public=public)
    audit(actor, f"appeal.{kind}", appeal.ref, detail, address)


def publish(appeal, actor, public_text=None, address=""):
    """Show the appeal on the site; only when its author allowed it. The text may be redacted.

    Publishing again only saves a new public text: the timeline says "published" once.
    """
    if not appeal.wants_public:
        raise ActionRefused("author_did_not_allow")
    if public_text is not None and not public_text.strip():
        raise ActionRefused("empty", "public_text")
    shown = public_text.strip() if public_text is not None else appeal.shown_text
    if privacy.personal_data(shown, appeal.name):
        raise ActionRefused("personal_data", "public_text")
    with database.atomic():
        again = appeal.published
        appeal.published = True
        if public_text is not None and public_text.strip() != appeal.text:
            appeal.public_text = public_text.strip()
        detail = {"redacted": appeal.public_text is not None}
        if again:
            appeal.save()
            audit(actor, "appeal.public_text_saved", appeal.ref, detail, address)
        else:
            _act(appeal, actor, "published", detail, address=address)


def hide(appeal, actor, address=""):
    with database.atomic():
        appeal.published = False
        _act(appeal, actor, "hidden", public=False, address=address)


def redact(appeal, actor, public_text, address=""):
    """Replace the public text (to remove a name, address or insult); the original stays for staff."""
    if not public_text.strip():
        raise ActionRefused("empty", "public_text")
    if appeal.published and privacy.personal_data(public_text, appeal.name):
        raise ActionRefused("personal_data", "public_text")
    with database.atomic():
        appeal.public_text = public_text.strip()
        appeal.save()
        audit(actor, "appeal.redacted", appeal.ref, {}, address)


def route(appeal, actor, department, address=""):
    if appeal.status not in OPEN_STATUSES:
        raise ActionRefused("not_open")
    with database.atomic():
        previous = appeal.department.code
        appeal.department = department
        appeal.status = "in_progress"
        _act(appeal, actor, "routed", {"from": previous, "to": department.code}, address=address)


def forward_deadline(appeal):
    """The last day to forward an appeal to the right body (3 working days after receipt)."""
    return deadlines.forward_due(appeal.received_on)


def forward(appeal, actor, body, reason, today=None, address=""):
    """Send the appeal to another body; the public timeline shows to whom and why."""
    if appeal.status not in OPEN_STATUSES:
        raise ActionRefused("not_open")
    if not body.strip() or not reason.strip():
        raise ActionRefused("empty", "body" if not body.strip() else "reason")
    if len(body.strip()) > BODY_MAX:
        raise ActionRefused("body_too_long", "body")
    today = today or times.local_today()
    late = today > forward_deadline(appeal)
    with database.atomic():
        appeal.status = "forwarded"
        appeal.forwarded_to = body.strip()
        _act(appeal, actor, "forwarded", {"to": body.strip(), "late": late},
             note=f"{body.strip()}: {reason.strip()}", address=address)
    return late


def extend(appeal, actor, new_due, reason, address=""):
    """Move the deadline, at most two months past the legal one; the reason is public."""
    if appeal.status not in OPEN_STATUSES:
        raise ActionRefused("not_open")
    if not reason.strip():
        raise ActionRefused("reason_required", "reason")
    problem = deadlines.check_extension(deadlines.answer_due(appeal.received_on), new_due)
    if problem is None and new_due <= appeal.due_on:
        problem = "not_later"
    if problem:
        raise ActionRefused(problem, "due_on")
    with database.atomic():
        previous = appeal.due_on
        appeal.due_on = new_due
        appeal.extension_reason = reason.strip()
        _act(appeal, actor, "extended", {"from": previous, "to": new_due},
             note=reason.strip(), address=address)


def check_answer(text, lang=None):
    """The formal-reply detector's verdict, shown to the officer before sending."""
    return formal_reply.check(text, lang)


def answer(appeal, actor, text, address="", verdict=None):
    """The officer's answer: stored with the detector's verdict (given, or worked out here)."""
    if appeal.status not in OPEN_STATUSES:
        raise ActionRefused("not_open")
    if len(text.strip()) < ANSWER_MIN:
        raise ActionRefused("too_short", "answer")
    verdict = verdict or check_answer(text)
    with database.atomic():
        appeal.answer = text.strip()
        appeal.answered_at = utcnow()
        appeal.answered_by = actor
        appeal.answer_formal = verdict.formal
        appeal.answer_formal_reasons = ",".join(verdict.reasons)
        appeal.status = "answered"
        _act(appeal, actor, "answered", {"formal": verdict.formal}, address=address)
    return verdict


def close(appeal, actor, reason="", address=""):
    """Close the appeal. One closed with no answer needs a reason, and the public timeline shows it."""
    if appeal.status == "closed":
        raise ActionRefused("not_open")
    if appeal.answer is None and not reason.strip():
        raise ActionRefused("reason_required", "reason")
    with database.atomic():
        appeal.status = "closed"
        _act(appeal, actor, "closed", {"unanswered": appeal.answer is None},
             note=reason.strip() or None, address=address)


def rate_answer(appeal, rating):
    """The author's verdict on the answer; they may change their mind."""
    with database.atomic():
        appeal.rating = rating
        appeal.rated_at = utcnow()
        appeal.save()
        _event(appeal, "rated", None, note=rating)
