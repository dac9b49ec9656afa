"""Text handling for the formal-reply detector, the same in Kazakh and Russian.

Normalising, masking the numbers that are never concrete, splitting into
sentences, guessing the language from the words, and the two small helpers the
word tables are written with (rx, any_match). Answers mix the languages (a
Russian answer quotes «Ауыл – Ел бесігі», a Kazakh one "ТОО «...»"), so
nothing here depends on the language of the answer.
"""

from __future__ import annotations

import re


def rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


def any_match(patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


# --------------------------------------------------------------------------
# Language

_KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


_CYRILLIC_WORD = re.compile(r"[^\W\d_]*[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ][^\W\d_]*")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def guess_lang(text: str) -> str:
    """"kk" when letters specific to Kazakh (әғқңөұүһі) are used, else "ru".

    A Russian answer often holds Kazakh names («Ауыл – Ел бесігі», с. Құрық),
    so names are set aside (quoted or capitalised words) and it is the share
    of the remaining words that counts: "kk" when at least 15 % of them have a
    Kazakh letter (Kazakh answers run 45 % and up, Russian ones near 0).
    """
    text = text or ""
    words = [w for w in _CYRILLIC_WORD.findall(_QUOTED.sub(" ", text)) if not w[0].isupper()]
    if not words:  # only names: fall back to any Kazakh letter at all
        return "kk" if _KK_LETTERS.search(text) else "ru"
    kazakh = sum(1 for w in words if _KK_LETTERS.search(w))
    return "kk" if kazakh / len(words) >= 0.15 else "ru"


# --------------------------------------------------------------------------
# Text preparation

_ABBREVIATIONS = {
    "с", "г", "ул", "пос", "п", "мкр", "д", "кв", "пр", "просп", "р", "обл", "тыс", "млн", "млрд", "исх", "вх",
    "им", "см", "т", "е", "др", "пр-т", "ст", "ч", "рис", "тел", "каб", "корп", "стр", "мм", "гг", "руб", "тг",
    "а", "о", "м", "б", "в", "к", "н", "ж",
}
_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9№])")
# Capital letters of both alphabets, for a character class: [{UPPER}]
UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"


def normalise(text: str) -> str:
    text = text.replace("ё", "е").replace("Ё", "Е")
    text = re.sub(r"[\u00a0\u202f\u2009\u2007]", " ", text)
    text = text.replace("−", "-")
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> list[str]:
    parts = []
    for chunk in re.split(r"[\r\n]+", text):
        start = 0
        for m in _SPLIT_RE.finditer(chunk):
            before = chunk[start:m.start()].rstrip(".!?… ")
            last = re.split(r"[\s(]", before)[-1].lower() if before else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue  # "с. Шетпе", "ул. Абая", "А. М. Сейтказиев"
            parts.append(chunk[start:m.start()].strip())
            start = m.end()
        parts.append(chunk[start:].strip())
    return [p for p in parts if p]


# A name in quotes, with one nested name as Kazakh letters write it:
# «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ.
QUOTED_NAME = r"[«\"][^«»\"]+[»\"](?:[^«»\".]{1,40}[»\"])?"


# --------------------------------------------------------------------------
# Masking numbers that are never concrete

_MASKS = [
    rx(r"\b\d{1,2}[:.]\d{2}\s*(?:-|–|—|до)\s*\d{1,2}[:.]\d{2}"),          # opening hours 9:00-18:00
    rx(r"\b(?:с|из)\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}-?(?:ден|ге|ге\s+дейін|ден|тен|нан)?"),
    rx(r"(?:\+7|8)\s*\(?\d{3,4}\)?\s*[\d -]{5,}\d"),                  # phone numbers
    # "по номеру 1414"; not "под номером 318", a place in a queue
    rx(r"(?<!под\s)\b(?:номер\w*|телефон\w*|call-?центр\w*)\s+\d{3,4}\b|\b\d{4}\s+(?:бірыңғай|байланыс)"),
]


def blank(patterns, text: str) -> str:
    """`text` with every match of each pattern in turn replaced by a space."""
    for p in patterns:
        text = p.sub(" ", text)
    return text


def mask(text: str) -> str:
    return blank(_MASKS, text)
