from datetime import date

import pytest

from rules.iin import birth_date, iin_error, iin_hash, is_valid_iin, make_iin, normalise_iin

# Worked by hand, digits 8 5 0 1 1 5 | 3 | 1 2 3 4 | check:
#   weights 1..11: 8·1 + 5·2 + 0·3 + 1·4 + 1·5 + 5·6 + 3·7 + 1·8 + 2·9 + 3·10 + 4·11
#                = 8 + 10 + 0 + 4 + 5 + 30 + 21 + 8 + 18 + 30 + 44 = 178
#   178 mod 11 = 2 (11·16 = 176), so the check digit is 2.
# A man (3: 1900s, odd) born 15 January 1985, serial 1234.
MAN_1985 = "850115312342"

# Worked by hand, digits 8 5 0 1 1 5 | 3 | 0 0 2 0 | check:
#   weights 1..11:  8 + 10 + 0 + 4 + 5 + 30 + 21 + 0 + 0 + 20 + 0 = 98, 98 mod 11 = 10
#   so again with weights 3,4,...,11,1,2:
#                  24 + 20 + 0 + 6 + 7 + 40 + 27 + 0 + 0 + 2 + 0 = 126, 126 mod 11 = 5
SECOND_PASS = "850115300205"

# Worked by hand, digits 8 5 0 1 1 5 | 3 | 0 0 2 8:
#   weights 1..11:  8 + 10 + 0 + 4 + 5 + 30 + 21 + 0 + 0 + 20 + 88 = 186, 186 mod 11 = 10
#   weights 3..2:  24 + 20 + 0 + 6 + 7 + 40 + 27 + 0 + 0 + 2 + 16 = 142, 142 mod 11 = 10
# so no check digit makes these eleven digits a valid IIN.
NO_CHECK_DIGIT = "85011530028"

# The example in the README of ZhymabekRoman/kz-iin-validator, a woman (6:
# 2000s, even) born 11 December 2006; it needs the second pass too.
WOMAN_2006 = "061211600012"

TODAY = date(2026, 5, 20)


def test_hand_checked_iins_are_valid():
    assert iin_error(MAN_1985, TODAY) is None
    assert iin_error(SECOND_PASS, TODAY) is None
    assert iin_error(WOMAN_2006, TODAY) is None
    assert is_valid_iin(MAN_1985)


def test_birth_date_reads_the_century_digit():
    assert birth_date(MAN_1985) == date(1985, 1, 15)
    assert birth_date(WOMAN_2006) == date(2006, 12, 11)


def test_every_other_check_digit_is_a_checksum_error():
    for digit in "013456789":
        assert iin_error(MAN_1985[:11] + digit, TODAY) == "checksum"


def test_eleven_digits_without_a_check_digit_are_never_valid():
    for digit in "0123456789":
        assert iin_error(NO_CHECK_DIGIT + digit, TODAY) == "checksum"


def test_impossible_birth_dates():
    assert iin_error("851315312342", TODAY) == "birth_date"  # month 13
    assert iin_error("850431312342", TODAY) == "birth_date"  # 31 April
    assert iin_error("850100312342", TODAY) == "birth_date"  # day 0


def test_29_february_depends_on_the_century():
    # 2000 was a leap year and 1900 was not.
    assert iin_error("000229312340", TODAY) == "birth_date"
    assert iin_error(make_iin(date(2000, 2, 29), "M", 1), TODAY) is None


def test_century_digit_outside_1_to_6():
    for digit in "0789":
        assert iin_error(f"850115{digit}12342", TODAY) == "birth_date"


def test_birth_date_in_the_future():
    born_tomorrow = make_iin(date(2026, 5, 21), "F", 7)
    assert iin_error(born_tomorrow, today=date(2026, 5, 20)) == "birth_date"
    assert iin_error(born_tomorrow, today=date(2026, 5, 21)) is None


def test_wrong_length():
    assert iin_error("", TODAY) == "format"
    assert iin_error(MAN_1985[:11], TODAY) == "format"
    assert iin_error(MAN_1985 + "0", TODAY) == "format"


def test_letters_and_other_digits():
    assert iin_error("85011531234A", TODAY) == "format"
    assert iin_error("850115-312342", TODAY) == "format"
    # Full-width digits pass str.isdigit() but are not an IIN.
    assert iin_error("８５０１１５３１２３４２", TODAY) == "format"


def test_spaces_are_stripped():
    assert normalise_iin(" 8501 1531 2342 ") == MAN_1985
    assert iin_error("850115 312342", TODAY) is None
    assert iin_error(" 8501 1531 2342 ", TODAY) is None
    assert birth_date("850115 312342") == date(1985, 1, 15)


def test_birth_date_rejects_what_is_not_an_iin():
    with pytest.raises(ValueError):
        birth_date("85011531234")
    with pytest.raises(ValueError):
        birth_date("851315312342")


def test_make_iin_builds_valid_iins():
    for serial in range(0, 300, 7):
        for sex, born in (
            ("M", date(1899, 12, 31)),
            ("F", date(1960, 2, 29)),
            ("M", date(2024, 1, 1)),
        ):
            iin = make_iin(born, sex, serial)
            assert iin_error(iin, TODAY) is None
            assert birth_date(iin) == born
            assert int(iin[6]) % 2 == (1 if sex == "M" else 0)
            assert int(iin[7:11]) >= serial


def test_make_iin_skips_serials_without_a_check_digit():
    iin = make_iin(date(1985, 1, 15), "M", 28)
    assert iin[:11] != NO_CHECK_DIGIT
    assert iin == "850115300291"


def test_make_iin_rejects_what_no_iin_can_hold():
    with pytest.raises(ValueError):
        make_iin(date(1799, 12, 31), "M", 1)
    with pytest.raises(ValueError):
        make_iin(date(1985, 1, 15), "X", 1)
    with pytest.raises(ValueError):
        make_iin(date(1985, 1, 15), "M", 10000)


def test_hash_is_stable_and_ignores_spaces():
    pepper = b"test pepper"
    assert iin_hash(MAN_1985, pepper) == iin_hash(MAN_1985, pepper)
    assert iin_hash("8501 1531 2342", pepper) == iin_hash(MAN_1985, pepper)
    # Pinned, so that a change to the encoding cannot orphan stored hashes.
    assert iin_hash(MAN_1985, pepper) == (
        "1ee6b2be04802b7315254d7f924184447d86b1d0511efb782e05b9b077ca7c88"
    )


def test_hash_depends_on_the_pepper_and_the_iin():
    assert iin_hash(MAN_1985, b"one pepper") != iin_hash(MAN_1985, b"another pepper")
    assert iin_hash(MAN_1985, b"one pepper") != iin_hash(WOMAN_2006, b"one pepper")


def test_hash_never_contains_the_iin():
    digest = iin_hash(MAN_1985, b"test pepper")
    assert len(digest) == 64
    assert MAN_1985 not in digest
    assert MAN_1985[:6] not in digest  # nor the birth date


def test_hash_refuses_bad_input():
    with pytest.raises(ValueError):
        iin_hash("85011531234", b"test pepper")
    with pytest.raises(ValueError):
        iin_hash(MAN_1985, b"")
