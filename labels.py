"""Words for stored codes (statuses, ratings, sources), translated for the page."""
from flask_babel import lazy_gettext as _l

STATUS = {
    "new": _l("Received"),
    "in_progress": _l("Being handled"),
    "forwarded": _l("Sent to another body"),
    "answered": _l("Answered"),
    "closed": _l("Closed"),
}
EVENT = {
    "received": _l("Appeal received"),
    "published": _l("Published on the site"),
    "hidden": _l("Hidden from the site"),
    "routed": _l("Sent to the responsible department"),
    "forwarded": _l("Forwarded to another body"),
    "extended": _l("Deadline extended"),
    "answered": _l("Answer given"),
    "closed": _l("Closed"),
    "rated": _l("The author rated the answer"),
}
RATING = {
    "solved": _l("Solved"),
    "not_solved": _l("Not solved"),
    "formal": _l("Formal reply"),
}
SOURCE = {
    "web": _l("Website"),
    "offline": _l("Phone, sent later"),
    "outreach": _l("Outreach worker"),
    "open311": _l("Partner system"),
    "telegram": _l("Telegram"),
}
ROLE = {
    "admin": _l("Administrator"),
    "moderator": _l("Moderator"),
    "officer": _l("Officer"),
    "outreach": _l("Outreach worker"),
}



REFUSAL = {
    "author_did_not_allow": _l("The author did not allow publishing."),
    "empty": _l("Please fill in every field."),
    "not_open": _l("This appeal is already answered or closed."),
    "reason_required": _l("Please give the reason."),
    "not_later": _l("The new date must be later than the current deadline."),
    "too_far": _l("The deadline can be extended by at most two months."),
    "bad_date": _l("Please give a date."),
    "too_short": _l("The answer is too short."),
    "unknown_department": _l("Please choose a department from the list."),
}

FORMAL_REASONS = {}  # filled below once the detector's reason codes are known


def init_app(app):
    app.jinja_env.globals.update(STATUS=STATUS, EVENT=EVENT, RATING=RATING, SOURCE=SOURCE, ROLE=ROLE,
                                 REFUSALS=REFUSAL, FORMAL_REASONS=FORMAL_REASONS)
