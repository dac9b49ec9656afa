"""Personal data that a text must not carry onto a public page: a phone number, the author's own name.

A moderator may miss "Айгүл, тел. 8 701 123 45 67" in a long text; the site
refuses to publish it until it is redacted. phonenumbers finds numbers as
people write them; a name is found by the stem of each of its words, so
"Сапарова" also finds "Сапаровой" and "Айгерім" finds "Айгерімнің".
"""
import re

import phonenumbers

STEM_MIN = 4  # letters: shorter words and stems match too much ordinary text


def name_stems(name):
    """The stems of a person's name, lower case: each word less its last two letters, never under STEM_MIN."""
    return {word[:max(STEM_MIN, len(word) - 2)] for word in re.findall(r"\w+", name.lower())
            if len(word) >= STEM_MIN}


def personal_data(text, author_name=""):
    """What in the text would identify its author ("phone" or "name"), or None."""
    for _ in phonenumbers.PhoneNumberMatcher(text, "KZ", leniency=phonenumbers.Leniency.POSSIBLE):
        return "phone"
    words = re.findall(r"\w+", text.lower())
    if any(word.startswith(stem) for stem in name_stems(author_name) for word in words):
        return "name"
    return None
