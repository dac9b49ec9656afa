"""Every string a person can see is translated into Kazakh, Russian and English.

No app import: the catalogs are read with Babel, and the source tree is extracted
afresh with the same settings as translations/update.sh (babel.cfg and keywords),
so a string added to a template or view without a translation fails here.

To fix a failure: run `translations/update.sh`, fill in the empty msgstr entries in
translations/{kk,ru,en}/LC_MESSAGES/messages.po, and run this test again.
"""
import re
from functools import lru_cache
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import PoFileError, read_po

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("kk", "ru", "en")
REFRESH = "translations/update.sh"

# The same keywords as translations/update.sh (-k _l -k lazy_gettext -k lazy_ngettext:1,2).
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None, "lazy_ngettext": (1, 2)}

PLURAL_FORMS = {
    # Kazakh, as in CLDR: one / other.
    "kk": "nplurals=2; plural=(n != 1);",
    # Russian: one (1, 21, 31...) / few (2-4, 22-24...) / many.
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);",
}

# Words that stay in Latin letters on Kazakh and Russian pages: names, codes, formats.
LATIN_ALLOWED = {"Qatysu", "Open311", "CSV", "MG-", "MG", "Telegram", "WhatsApp", "Excel", "SMS",
                 "GeoReport", "Samsung", "iPhone", "Safari", "API", "IIN", "ID", "PDF", "JSON", "URL", "HTTPS", "QR"}

# %(name)s, %(num)d, %s, %%; a lone % that is none of these shows up as "%?".
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[#0\- +]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa%]|%")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
WORD = re.compile(r"\w+")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")


def strings(value):
    """A message's msgstr (or msgid) as a tuple: one item, or one per plural form."""
    if isinstance(value, (tuple, list)):
        return tuple(value)
    return (value,)


def placeholders(text):
    return sorted(m if m != "%" else "%?" for m in PLACEHOLDER.findall(text or ""))


def latin_words(text):
    """English-looking words in a text, leaving out placeholders and allowed names."""
    text = PLACEHOLDER.sub(" ", text or "")
    return [w for w in LATIN_WORD.findall(text)
            if w not in LATIN_ALLOWED and w.rstrip("-") not in LATIN_ALLOWED and len(w) > 1]


def describe(message):
    return " / ".join(strings(message.id))


def listing(messages, limit=40):
    lines = [f"  - {m}" for m in list(messages)[:limit]]
    if len(messages) > limit:
        lines.append(f"  ... and {len(messages) - limit} more")
    return "\n".join(lines)


@lru_cache(maxsize=None)
def catalog(lang):
    path = ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run {REFRESH}"
    with open(path, "rb") as f:
        try:
            return read_po(f, locale=lang, abort_invalid=True)
        except PoFileError as error:  # e.g. more msgstr[i] forms than the Plural-Forms header allows
            pytest.fail(f"{path.relative_to(ROOT)} is not a valid catalog: {error}")


def messages(lang):
    return [m for m in catalog(lang) if m.id]


@lru_cache(maxsize=None)
def source_messages():
    """{(msgid, context): (msgid, msgid_plural or None), first place seen} from a fresh extraction."""
    with open(ROOT / "babel.cfg", encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f, filename="babel.cfg")
    found = {}
    for filename, lineno, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=KEYWORDS, strip_comment_tags=True):
        msgid = message[0] if isinstance(message, tuple) else message
        plural = message[1] if isinstance(message, tuple) and len(message) > 1 else None
        found.setdefault((msgid, context), (plural, f"{filename}:{lineno}"))
    return found


def test_the_extraction_finds_strings_in_python_and_templates():
    found = source_messages()
    places = {where.split(":")[0] for _plural, where in found.values()}
    assert any(p.endswith(".html") for p in places), "no template strings extracted: check babel.cfg"
    assert any(p.endswith(".py") for p in places), "no Python strings extracted: check babel.cfg"
    assert not any(p.startswith(("tests", ".venv", "bench")) for p in places)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_string_is_in_the_catalog(lang):
    """A string in the code or a template that the catalog lacks shows in English on the page."""
    cat = catalog(lang)
    missing = []
    for (msgid, context), (plural, where) in sorted(source_messages().items(), key=lambda i: i[1][1]):
        entry = cat.get(msgid, context)
        if entry is None:
            missing.append(f"{msgid!r} ({where})")
        elif plural is not None and strings(entry.id)[1:2] != (plural,):
            missing.append(f"{msgid!r} has a new plural {plural!r} ({where})")
    assert not missing, (
        f"{len(missing)} string(s) in the source are not in translations/{lang}/LC_MESSAGES/messages.po:\n"
        f"{listing(missing)}\nRun `{REFRESH}` and translate the new entries in kk, ru and en.")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_empty_translation(lang):
    empty = [describe(m) for m in messages(lang) if not all(s and s.strip() for s in strings(m.string))]
    assert not empty, (f"{len(empty)} message(s) without a {lang} translation (every plural form "
                       f"needs one):\n{listing(empty)}\nFill them in translations/{lang}/LC_MESSAGES/messages.po.")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_is_fuzzy(lang):
    assert not catalog(lang).fuzzy, f"the {lang} catalog header is marked fuzzy"
    fuzzy = [describe(m) for m in messages(lang) if m.fuzzy]
    assert not fuzzy, (f"{len(fuzzy)} fuzzy message(s) in {lang} (a fuzzy translation is never shown): "
                       f"check each and remove its '#, fuzzy' line:\n{listing(fuzzy)}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match(lang):
    """%(date)s, %(num)d ... must come through: a missing or extra one breaks the page."""
    wrong = []
    for m in messages(lang):
        ids = strings(m.id)
        expected = placeholders(ids[-1])
        for i, text in enumerate(strings(m.string)):
            if text and placeholders(text) != expected:
                wrong.append(f"{describe(m)!r} [{i}]: {placeholders(text)} instead of {expected}")
    assert not wrong, f"placeholders differ from the msgid in {lang}:\n{listing(wrong)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms(lang):
    cat = catalog(lang)
    if lang in PLURAL_FORMS:
        assert " ".join(cat.plural_forms.split()) == " ".join(PLURAL_FORMS[lang].split()), (
            f"{lang} Plural-Forms header is {cat.plural_forms!r}, expected {PLURAL_FORMS[lang]!r}")
    for m in messages(lang):
        if m.pluralizable:
            assert len(strings(m.string)) == cat.num_plurals, f"{describe(m)!r} needs {cat.num_plurals} forms"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_english_left(lang):
    """On Kazakh and Russian pages no word stays in English, except names in LATIN_ALLOWED."""
    same, english = [], []
    for m in messages(lang):
        for text in strings(m.string):
            if not text:
                continue
            if text in strings(m.id) and len(latin_words(text)) >= 2:
                same.append(describe(m))
            elif latin_words(text):
                english.append(f"{describe(m)!r}: {text!r} ({', '.join(latin_words(text))})")
    assert not same, f"{lang} msgstr copied from the English msgid:\n{listing(sorted(set(same)))}"
    assert not english, (f"{lang} translations with English words (if one is a real name that must "
                         f"stay, add it to LATIN_ALLOWED in this test):\n{listing(english)}")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_mixed_alphabets_in_a_word(lang):
    """A Latin 'a', 'o', 'e' or 'c' typed inside a Cyrillic word breaks search and screen readers."""
    mixed = []
    for m in messages(lang):
        for text in strings(m.string):
            for word in WORD.findall(PLACEHOLDER.sub(" ", text or "")):
                if CYRILLIC.search(word) and LATIN.search(word):
                    mixed.append(f"{word!r} in {describe(m)!r}")
    assert not mixed, f"words mixing Latin and Cyrillic letters in {lang}:\n{listing(mixed)}"


def test_kazakh_is_not_russian():
    """A Russian sentence copied into the Kazakh catalog."""
    ru = catalog("ru")
    copied = []
    for m in messages("kk"):
        other = ru.get(strings(m.id)[0], m.context)
        if other is None:
            continue
        for kk_text, ru_text in zip(strings(m.string), strings(other.string)):
            cyrillic_words = [w for w in WORD.findall(kk_text or "") if CYRILLIC.search(w)]
            if kk_text == ru_text and len(cyrillic_words) >= 2:
                copied.append(f"{describe(m)!r}: {kk_text!r}")
    assert not copied, f"Kazakh translations identical to the Russian ones:\n{listing(copied)}"
