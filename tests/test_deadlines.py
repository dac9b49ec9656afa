from datetime import date

import pytest

from rules import deadlines
from rules.deadlines import (
    WorkingCalendar,
    add_working_days,
    answer_due,
    check_extension,
    days_left,
    forward_due,
    is_overdue,
    is_working_day,
    latest_extension,
    working_days_between,
)

# Monday to Friday with no holidays at all, for counting against.
PLAIN_WEEK = WorkingCalendar(holiday_source=lambda year: ((), ()))


def test_fifteen_working_days_in_a_month_without_holidays():
    # Received Mon 2 Feb 2026: 3–6 Feb are days 1–4, 9–13 are 5–9, 16–20 are 10–14.
    assert answer_due(date(2026, 2, 2)) == date(2026, 2, 23)
    assert answer_due(date(2026, 2, 2), calendar=PLAIN_WEEK) == date(2026, 2, 23)
    assert forward_due(date(2026, 2, 2)) == date(2026, 2, 5)


def test_receipt_day_is_day_zero():
    assert add_working_days(date(2026, 2, 2), 0) == date(2026, 2, 2)
    assert add_working_days(date(2026, 2, 2), 1) == date(2026, 2, 3)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 2, 2), -1)


def test_kurban_ait_pushes_the_deadline_back():
    # The library dates Kurban Ait 2026 to Wed 27 May (estimated).
    assert not is_working_day(date(2026, 5, 27))
    # Received Wed 20 May: 21, 22, 25, 26 May are days 1–4, the 27th is off,
    # 28 May–10 June are days 5–14, so the 15th is Thu 11 June.
    assert answer_due(date(2026, 5, 20)) == date(2026, 6, 11)
    assert answer_due(date(2026, 5, 20), calendar=PLAIN_WEEK) == date(2026, 6, 10)


def test_nauryz_2026_with_its_observed_days():
    # 21–23 March; the 21st and 22nd fall on a weekend, so the 24th and 25th are off too.
    for day in range(21, 26):
        assert not is_working_day(date(2026, 3, day))
    assert is_working_day(date(2026, 3, 20))
    assert is_working_day(date(2026, 3, 26))
    # Received Fri 20 March: 26, 27, 30 March are days 1–3; the 15th is 15 April.
    assert forward_due(date(2026, 3, 20)) == date(2026, 3, 30)
    assert answer_due(date(2026, 3, 20)) == date(2026, 4, 15)
    assert answer_due(date(2026, 3, 20), calendar=PLAIN_WEEK) == date(2026, 4, 10)


def test_weekend_receipt_counts_from_monday():
    friday, saturday, sunday = date(2026, 2, 6), date(2026, 2, 7), date(2026, 2, 8)
    assert answer_due(saturday) == date(2026, 2, 27)
    assert answer_due(sunday) == answer_due(saturday) == answer_due(friday)


def test_holiday_receipt_counts_from_the_next_working_day():
    assert add_working_days(date(2026, 3, 23), 1) == date(2026, 3, 26)


def test_library_carries_both_halves_of_decreed_transfers():
    # 2024: Saturday 4 May worked so that Wednesday 8 May could be off.
    assert is_working_day(date(2024, 5, 4))
    assert not is_working_day(date(2024, 5, 8))
    # 2025: Sunday 5 January worked so that Friday 3 January could be off.
    assert is_working_day(date(2025, 1, 5))
    assert not is_working_day(date(2025, 1, 3))


def test_synthetic_extra_working_saturday():
    saturday = date(2026, 2, 14)
    calendar = WorkingCalendar(extra_working_days={saturday: "synthetic decree"})
    assert calendar.is_working_day(saturday)
    assert not is_working_day(saturday)
    assert answer_due(date(2026, 2, 2), calendar=calendar) == date(2026, 2, 20)


def test_synthetic_transfer_moves_a_day_off():
    calendar = WorkingCalendar(
        extra_days_off={date(2026, 2, 10): "synthetic decree"},
        extra_working_days={date(2026, 2, 14): "synthetic decree"},
    )
    assert not calendar.is_working_day(date(2026, 2, 10))
    assert working_days_between(date(2026, 2, 9), date(2026, 2, 16), calendar=calendar) == 5
    assert answer_due(date(2026, 2, 2), calendar=calendar) == date(2026, 2, 23)
    only_day_off = WorkingCalendar(extra_days_off={date(2026, 2, 10): "synthetic decree"})
    assert answer_due(date(2026, 2, 2), calendar=only_day_off) == date(2026, 2, 24)


def test_module_mappings_are_the_default(monkeypatch):
    saturday = date(2026, 2, 14)
    monkeypatch.setitem(deadlines.EXTRA_WORKING_DAYS, saturday, "synthetic decree")
    assert WorkingCalendar().is_working_day(saturday)


def test_a_day_cannot_be_both_off_and_working():
    day = date(2026, 2, 14)
    with pytest.raises(ValueError):
        WorkingCalendar(extra_days_off={day: "a"}, extra_working_days={day: "b"})


def test_working_days_between_is_signed_and_inverts_add():
    assert working_days_between(date(2026, 3, 20), date(2026, 3, 27)) == 2
    assert working_days_between(date(2026, 3, 27), date(2026, 3, 20)) == -2
    assert working_days_between(date(2026, 3, 20), date(2026, 3, 20)) == 0
    start = date(2026, 5, 20)
    for n in (0, 1, 3, 15, 40):
        assert working_days_between(start, add_working_days(start, n)) == n


def test_days_left_before_on_and_after_the_due_date():
    due = date(2026, 2, 23)  # a Monday
    assert days_left(due, today=date(2026, 2, 19)) == 2
    assert days_left(due, today=date(2026, 2, 20)) == 1
    assert days_left(due, today=date(2026, 2, 21)) == 1  # Saturday
    assert days_left(due, today=due) == 0
    assert days_left(due, today=date(2026, 2, 24)) == -1
    assert days_left(due, today=date(2026, 2, 26)) == -3


def test_weekend_after_the_due_date_is_already_overdue():
    due = date(2026, 2, 27)  # a Friday
    assert not is_overdue(due, today=due)
    assert is_overdue(due, today=date(2026, 2, 28))
    assert days_left(due, today=date(2026, 2, 28)) == -1
    assert days_left(due, today=date(2026, 3, 2)) == -1
    assert days_left(due, today=date(2026, 3, 3)) == -2


def test_latest_extension_is_two_calendar_months_clamped():
    assert latest_extension(date(2026, 2, 23)) == date(2026, 4, 23)
    assert latest_extension(date(2026, 8, 31)) == date(2026, 10, 31)
    assert latest_extension(date(2026, 11, 30)) == date(2027, 1, 30)
    assert latest_extension(date(2025, 12, 31)) == date(2026, 2, 28)
    assert latest_extension(date(2027, 12, 31)) == date(2028, 2, 29)


def test_check_extension():
    original = date(2026, 2, 23)
    assert check_extension(original, original) == "not_later"
    assert check_extension(original, date(2026, 2, 20)) == "not_later"
    assert check_extension(original, date(2026, 2, 24)) is None
    assert check_extension(original, date(2026, 4, 23)) is None
    assert check_extension(original, date(2026, 4, 24)) == "too_far"
