"""Words for stored codes (statuses, ratings, sources), translated for the page."""
import json

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
    "body_too_long": _l("The name of the body is too long: at most 255 characters."),
}

# The formal-reply detector's reason codes (rules/formal_reply.REASONS), in words an officer reads.
FORMAL_REASONS = {
    "cites_law_only": _l("It only cites laws or rules instead of acting on the problem."),
    "sends_elsewhere": _l("It sends the person to another body, a website or a phone line."),
    "vague_promise": _l("It makes a vague promise such as “under control” or “will be considered”."),
    "procedure_only": _l("It only describes a procedure, such as “in order of the queue”."),
    "explanation_only": _l("It only explains; explaining is not acting."),
    "decision_without_facts": _l("It states a decision with no facts behind it."),
    "undated_forward": _l("It forwards the appeal without the body, date, reason and a dated next step."),
    "regional_figures_only": _l("It gives figures for the whole region, not for this street or village."),
    "no_concrete_action": _l("Nothing was done, promised with a date, or decided for this person."),
}
RESULT = {
    "created": _l("Received"),
    "duplicate": _l("Received before"),
    "rejected": _l("Refused"),
}


def errors_text(errors):
    """A rejection's {field: code} (or its JSON) as sentences: "Your appeal: Please fill this in." """
    from views.form_errors import ERROR_WORDS, FIELD_WORDS
    if isinstance(errors, str):
        errors = json.loads(errors or "{}")
    return "; ".join(f"{FIELD_WORDS.get(f, f)}: {ERROR_WORDS.get(c, c)}" for f, c in (errors or {}).items())


def init_app(app):
    from views.form_errors import ERROR_WORDS, FIELD_WORDS
    app.jinja_env.filters["errors_text"] = errors_text
    app.jinja_env.globals.update(ERROR_WORDS=ERROR_WORDS, FIELD_WORDS=FIELD_WORDS)
    app.jinja_env.globals.update(STATUS=STATUS, EVENT=EVENT, RATING=RATING, SOURCE=SOURCE, ROLE=ROLE,
                                 REFUSALS=REFUSAL, FORMAL_REASONS=FORMAL_REASONS,
                                 RESULT=RESULT)
