"""The sentences a person reads for each short error code that a validator gives."""
from flask_babel import lazy_gettext as _l

MESSAGES = {
    "required": _l("Please fill this in."),
    "unknown": _l("Please choose from the list."),
    "too_short": _l("Please write a little more: at least 10 letters."),
    "too_long": _l("This is too long. Please make it shorter."),
    "invalid": _l("This does not look right. Please check it."),
    "conflict": _l("This form was already sent with other text. Open a new form to send another appeal."),
}
FIELD_MESSAGES = {
    ("consent", "required"): _l("Please tick this box: we cannot take the appeal without your consent."),
    ("phone", "invalid"): _l("Write a Kazakhstan number, for example +7 701 123 45 67."),
    ("text", "too_long"): _l("Please keep the text under 5000 letters."),
}


def messages_for(errors):
    """{field: sentence} in the page's language."""
    return {f: str(FIELD_MESSAGES.get((f, code)) or MESSAGES.get(code) or MESSAGES["invalid"])
            for f, code in errors.items()}


# For the queue page's script: every code a sync rejection may carry, and the fields it may name.
ERROR_WORDS = {**MESSAGES, "unsupported": _l("This kind of form cannot be sent yet.")}
FIELD_WORDS = {
    "category": _l("Topic"), "settlement": _l("Place"), "text": _l("Your appeal"), "name": _l("Your name"),
    "phone": _l("Phone"), "consent": _l("Consent"), "key": _l("Form"), "kind": _l("Form"),
    "fields": _l("Form"), "paper_form": _l("Number of the signed paper form"),
}
