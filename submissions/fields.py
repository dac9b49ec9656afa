"""Field declarations: what a kind's form asks for and its limits, checked the same way everywhere.

A Field says its name, the words of its label, whether it is required and how
long it may be. ``Field.check`` gives the clean value and an error code; the
phone reads the same limits (``Field.rule``) to check a form before queueing it.
"""
import re
from dataclasses import dataclass, field

# Characters that take no room on screen, and marks that ride on a letter (an accent is not a letter):
# twenty of them are not an appeal. Written with \u escapes, which Python's re and the phone's
# JavaScript RegExp read alike.
INVISIBLE = re.compile(r"[\u00ad\u0300-\u036f\u0483-\u0489\u061c\u115f\u1160\u17b4\u17b5\u180e"
                       r"\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u206f\u20d0-\u20ff"
                       r"\u3164\ufe00-\ufe0f\ufe20-\ufe2f\ufeff\uffa0]")


def visible_length(text):
    """Letters a person can see: invisible and formatting characters do not count."""
    return len(INVISIBLE.sub("", text).strip())


TRUE_WORDS = {"1", "true", "on", "yes", "y"}


def as_text(value):
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value).strip())


def as_bool(value):
    """A checkbox's value as the form, a phone's JSON or a partner system sends it."""
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in TRUE_WORDS


@dataclass(frozen=True)
class Field:
    name: str
    label: object                  # words for the label, in error lists and on the phone's queue page
    type: str = "text"             # text, choice (a code from a list) or flag (a checkbox)
    required: bool = True
    min_length: int = 0            # visible letters
    max_length: int = 200
    needs_letters: bool = False    # words, not only digits, signs or emoji
    messages: dict = field(default_factory=dict)  # {code: sentence} where a field needs its own words

    def check(self, raw):
        """(clean value, error code or None)."""
        if isinstance(raw, (dict, list)):
            return None if self.type == "flag" else "", "invalid"
        if self.type == "flag":
            value = as_bool(raw)
            return value, "required" if self.required and not value else None
        text = as_text(raw)
        length = visible_length(text)
        if length == 0:
            return "", "required" if self.required else None
        if length < self.min_length:
            return text, "too_short"
        if self.needs_letters and not any(c.isalpha() for c in text):
            return text, "no_letters"
        if len(text) > self.max_length:
            return text, "too_long"
        return text, None

    def rule(self):
        """The limits as the phone's script checks them before it queues a form."""
        return {"type": self.type, "required": self.required, "min_length": self.min_length,
                "max_length": self.max_length, "needs_letters": self.needs_letters}


def check_fields(declared, fields):
    """Check every declared field of a submission: ({name: clean value}, {name: error code})."""
    clean, errors = {}, {}
    for spec in declared:
        clean[spec.name], code = spec.check(fields.get(spec.name))
        if code:
            errors[spec.name] = code
    return clean, errors
