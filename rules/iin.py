"""Kazakhstan individual identification numbers (IIN, ЖСН / ИИН).

An IIN has twelve digits, read left to right:

- digits 1–6: the date of birth as YYMMDD;
- digit 7: century of birth and sex. 1 or 2 for the 1800s, 3 or 4 for the
  1900s, 5 or 6 for the 2000s; odd for men, even for women;
- digits 8–11: a serial number;
- digit 12: a check digit. Multiply digits 1–11 by the weights 1, 2, ..., 11,
  add, and take the remainder mod 11. If that is 10, do it again with the
  weights 3, 4, ..., 11, 1, 2. If the second remainder is 10 too, no valid
  IIN has those first eleven digits (serials like that are never issued).
  This is the same control digit as in business identification numbers (BIN).

The site asks for an IIN only to tell people apart (one vote per person and
cycle) and never keeps it: records hold `iin_hash`, a keyed hash. The key (the
"pepper") is a server secret kept outside the database, because there are
fewer than 10¹¹ IINs, so an unkeyed hash of a leaked table could be reversed
by hashing them all.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date

_IIN_PATTERN = re.compile(r"[0-9]{12}")  # not \d, which also matches Arabic-Indic digits
_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY_BY_DIGIT = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


def normalise_iin(value: str) -> str:
    """Return `value` with all whitespace removed, so "8501 1531 2342" is accepted.

    The result is not checked; pass it to `iin_error` for that.
    """
    return "".join(value.split())


def iin_error(value: str, today: date | None = None) -> str | None:
    """Return why `value` is not a valid IIN, or None if it is.

    Whitespace is ignored. `today` (default: the current date) is the latest
    possible birth date. Error codes, checked in this order:

    - "format": not exactly 12 digits 0–9;
    - "birth_date": digit 7 is not 1–6, or digits 1–6 with it give no real
      date (31 April, 29 February 1900), or the date is after `today`;
    - "checksum": digit 12 is not the check digit of digits 1–11.
    """
    if not isinstance(value, str):
        return "format"
    digits = normalise_iin(value)
    if not _IIN_PATTERN.fullmatch(digits):
        return "format"
    born = _birth_date_or_none(digits)
    if born is None or born > (today or date.today()):
        return "birth_date"
    if _check_digit(digits[:11]) != int(digits[11]):
        return "checksum"
    return None


def is_valid_iin(value: str, today: date | None = None) -> bool:
    """Return whether `value` is a valid IIN; see `iin_error`."""
    return iin_error(value, today) is None


def birth_date(value: str) -> date:
    """Return the date of birth an IIN encodes.

    Raises ValueError if `value` is not 12 digits or encodes no real date. The
    check digit is not checked here; use `iin_error` first.
    """
    digits = normalise_iin(value)
    if not _IIN_PATTERN.fullmatch(digits):
        raise ValueError("an IIN is 12 digits")
    born = _birth_date_or_none(digits)
    if born is None:
        raise ValueError("the IIN encodes no real date of birth")
    return born


def iin_hash(iin: str, pepper: bytes) -> str:
    """Return the hex HMAC-SHA256 of the IIN's 12 digits under `pepper`.

    Whitespace is removed first, so "850115 312342" and "850115312342" hash
    alike. Raises ValueError if the IIN is not 12 digits or the pepper is
    empty: an empty key would silently store hashes anyone can recompute.
    """
    digits = normalise_iin(iin)
    if not _IIN_PATTERN.fullmatch(digits):
        raise ValueError("an IIN is 12 digits")
    if not pepper:
        raise ValueError("the pepper must not be empty")
    return hmac.new(pepper, digits.encode("ascii"), hashlib.sha256).hexdigest()


def make_iin(birth: date, sex: str, serial: int) -> str:
    """Build a valid IIN for a person born on `birth`, for tests and demo data.

    `sex` is "M" or "F". `serial` (0–9999) fills digits 8–11; if it has no
    check digit, the next serial that has one is used instead.
    """
    if not 1800 <= birth.year <= 2099:
        raise ValueError("an IIN encodes birth years 1800 to 2099")
    if sex not in ("M", "F"):
        raise ValueError('sex must be "M" or "F"')
    if not 0 <= serial <= 9999:
        raise ValueError("serial must be 0 to 9999")
    century_digit = (birth.year // 100 - 18) * 2 + (1 if sex == "M" else 2)
    birth_digits = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}"
    for candidate in range(serial, 10000):
        first_eleven = f"{birth_digits}{century_digit}{candidate:04d}"
        check = _check_digit(first_eleven)
        if check is not None:
            return f"{first_eleven}{check}"
    raise ValueError(f"no serial from {serial} to 9999 has a check digit")


def _birth_date_or_none(digits: str) -> date | None:
    century = _CENTURY_BY_DIGIT.get(int(digits[6]))
    if century is None:
        return None
    try:
        return date(century + int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return None


def _check_digit(first_eleven: str) -> int | None:
    """Return the check digit for 11 digits, or None if both passes give 10."""
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(int(d) * w for d, w in zip(first_eleven, weights)) % 11
        if remainder != 10:
            return remainder
    return None
