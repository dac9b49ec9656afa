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
    "personal_data": _l("The text shows a phone number or the author's name. Remove them before publishing."),
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


# The sentence for each short error code a validator gives; "%(num)d" is the field's limit.
ERRORS = {
    "required": _l("Please fill this in."),
    "unknown": _l("Please choose from the list."),
    "too_short": _l("Please write a little more: at least %(num)d letters."),
    "too_long": _l("This is too long. Please make it shorter."),
    "no_letters": _l("Please write it in words."),
    "invalid": _l("This does not look right. Please check it."),
    "conflict": _l("This form was already sent with other text. Open a new form to send another appeal."),
    "unsupported": _l("This kind of form cannot be sent yet."),
}
# Errors that name the item rather than one of its fields (SYNC.md: key, kind, fields).
FORM_FIELD = _l("Form")
CHECK_MARKED = _l("Please check the marked fields.")
FIX_TITLE = _l("Fix and send again")
LETTERS = _l("Letters: %(num)s of %(max)s")


def _field_words(kind_name, field):
    from submissions import KINDS
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None  # a refused item may name anything
    spec = kind.field(field) if kind else None
    return spec, (spec.label if spec else FORM_FIELD)


def error_sentence(kind_name, field, code):
    """One error in words: the field's own sentence for the code, else the common one, with its limit."""
    spec, _ = _field_words(kind_name, field)
    sentence = str((spec.messages.get(code) if spec else None) or ERRORS.get(code) or ERRORS["invalid"])
    limit = {"too_short": spec.min_length, "too_long": spec.max_length}.get(code) if spec else None
    return sentence % {"num": limit or 0} if "%(num)" in sentence else sentence


def messages_for(errors, kind_name):
    """{field: sentence} in the page's language, for the form of that kind."""
    return {f: error_sentence(kind_name, f, code) for f, code in errors.items()}


def errors_text(errors, kind_name="appeal"):
    """A rejection's {field: code} (or its JSON) as sentences: "Your appeal: Please fill this in." """
    if isinstance(errors, str):
        errors = json.loads(errors or "{}")
    return "; ".join(f"{_field_words(kind_name, f)[1]}: {error_sentence(kind_name, f, c)}"
                     for f, c in (errors or {}).items())


def kind_words(kind):
    """One kind as the phone's script needs it: its words, form page, summary field, each field's limits."""
    fields = {f.name: {"label": str(f.label), **f.rule(),
                       "messages": {code: str(text).replace("%(num)d", "{num}") for code, text in f.messages.items()}}
              for f in kind.fields}
    return {"label": str(kind.label), **kind.for_phone(), "fields": fields}


def phone_words(kinds):
    """What the phone checks a form by and explains a refusal with, in the page's language."""
    from submissions.fields import INVISIBLE
    return {"kinds": {kind.name: kind_words(kind) for kind in kinds}, "form_field": str(FORM_FIELD),
            "errors": {code: str(text).replace("%(num)d", "{num}") for code, text in ERRORS.items()},
            "invisible": INVISIBLE.pattern, "check_marked": str(CHECK_MARKED), "fix_title": str(FIX_TITLE),
            "letters": str(LETTERS).replace("%(num)s", "{n}").replace("%(max)s", "{max}")}


def queue_words():
    """The queue page's words: every kind, since an item of any kind may wait there."""
    from submissions import KINDS
    return phone_words(KINDS.values())


def init_app(app):
    app.jinja_env.filters["errors_text"] = errors_text
    app.jinja_env.globals.update(queue_words=queue_words, phone_words=phone_words, STATUS=STATUS, EVENT=EVENT, RATING=RATING,
                                 SOURCE=SOURCE, ROLE=ROLE, REFUSALS=REFUSAL,
                                 FORMAL_REASONS=FORMAL_REASONS, RESULT=RESULT)
