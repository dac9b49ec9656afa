"""Deadlines for citizen appeals, counted in Kazakhstan working days.

The Administrative Procedural Code of the Republic of Kazakhstan gives a state
body 15 working days from receipt to answer an appeal (Article 76), 3 working
days to forward an appeal that reached the wrong body, and lets the answer
deadline be extended, but by no more than two months.

A working day is a Monday to Friday that is not a public holiday. Public
holidays come from the `holidays` library, which already knows the rules of
the Law on holidays: a holiday falling on a weekend moves to the next working
day ("observed"), except Kurban Ait and Orthodox Christmas, which do not
move; and it lists the Government's yearly transfers of days off with both
halves (the weekday given off and the weekend day worked instead).
Transfers the library has not caught up with go in `EXTRA_DAYS_OFF` and
`EXTRA_WORKING_DAYS`.

The day an appeal is received is day 0 and day 1 is the next working day, so
an appeal received on a Saturday has the same deadlines as one received on
the Friday before.

Every function takes plain `datetime.date` values and an optional keyword
`calendar`, a `WorkingCalendar`; without it they use `kazakhstan_calendar()`,
built on first use. Tests pass their own calendar with synthetic transfers.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays

ANSWER_WORKING_DAYS = 15
FORWARD_WORKING_DAYS = 3
MAX_EXTENSION_MONTHS = 2

# Transfers of days off decreed by the Government ("О переносе выходных
# дней") that the holidays library has not caught up with. Each entry maps the
# date to the decree that made it, so the reason travels with the date:
#     date(YYYY, M, D): "Government Decree No. N of DD.MM.YYYY (adilet.zan.kz/...)",
# holidays 0.109 already carries both halves of every transfer decreed for
# 2024 (Decree No. 109 of 2024, adilet G24G0000109: Sat 4 May worked, Wed
# 8 May off) and 2025 (Decree No. 436 of 2024, adilet G24G0000436: Sun 5 Jan
# worked, Fri 3 Jan off). It lists none for 2026 or 2027 and we know of no
# decree it misses, so both mappings are empty until one is published.
# The same pair corrects the library's estimated Kurban Ait (2026 onwards) if
# the announced date differs: the estimate goes in EXTRA_WORKING_DAYS and the
# real day in EXTRA_DAYS_OFF.
EXTRA_DAYS_OFF: dict[date, str] = {}
EXTRA_WORKING_DAYS: dict[date, str] = {}

# Given a year, returns (public holidays, weekend days that are working days).
HolidaySource = Callable[[int], tuple[Iterable[date], Iterable[date]]]


def kazakhstan_holidays(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """Return Kazakhstan's public holidays and weekend working days for `year`.

    Public holidays include observed days (a holiday moved off a weekend) and
    the weekdays given off by Government transfers; weekend working days are
    the other half of those transfers.
    """
    # Ask for the next year too: a transfer decreed for early January can make
    # a working day of a weekend in the December before (2014's used 28 Dec
    # 2013), and the library files it under the year of the day off.
    calendar = holidays.country_holidays("KZ", years=(year, year + 1))
    days_off = frozenset(day for day in calendar if day.year == year)
    weekend_working_days = frozenset(
        day for day in calendar.weekend_workdays if day.year == year
    )
    return days_off, weekend_working_days


class WorkingCalendar:
    """Tells working days from days off.

    A day is decided by the first of these that applies:

    1. it is in `extra_days_off`: a day off;
    2. it is in `extra_working_days`: a working day;
    3. it is a Saturday or Sunday: a working day only if the holiday source
       lists it as a weekend working day (a decreed transfer);
    4. otherwise a working day unless the holiday source lists it as a holiday.

    `extra_days_off` and `extra_working_days` default to the module's
    `EXTRA_DAYS_OFF` and `EXTRA_WORKING_DAYS`; passing a mapping replaces them
    (tests pass their own). A date may not be in both. `holiday_source`
    defaults to `kazakhstan_holidays`; `lambda year: ((), ())` gives a plain
    Monday-to-Friday week.
    """

    def __init__(
        self,
        *,
        extra_days_off: Mapping[date, str] | None = None,
        extra_working_days: Mapping[date, str] | None = None,
        holiday_source: HolidaySource | None = None,
    ) -> None:
        days_off = frozenset(EXTRA_DAYS_OFF if extra_days_off is None else extra_days_off)
        working_days = frozenset(
            EXTRA_WORKING_DAYS if extra_working_days is None else extra_working_days
        )
        if both := days_off & working_days:
            raise ValueError(f"dates both off and working: {sorted(both)}")
        self._extra_days_off = days_off
        self._extra_working_days = working_days
        self._holiday_source = holiday_source or kazakhstan_holidays
        self._years: dict[int, tuple[frozenset[date], frozenset[date]]] = {}

    def is_working_day(self, day: date) -> bool:
        """Return whether `day` is a working day."""
        if day in self._extra_days_off:
            return False
        if day in self._extra_working_days:
            return True
        days_off, weekend_working_days = self._year(day.year)
        if day.weekday() >= 5:
            return day in weekend_working_days
        return day not in days_off

    def _year(self, year: int) -> tuple[frozenset[date], frozenset[date]]:
        tables = self._years.get(year)
        if tables is None:
            days_off, weekend_working_days = self._holiday_source(year)
            tables = (frozenset(days_off), frozenset(weekend_working_days))
            # Two threads may build the same year at once; both build the
            # same frozen sets, so the last write wins harmlessly.
            self._years[year] = tables
        return tables


@lru_cache(maxsize=1)
def kazakhstan_calendar() -> WorkingCalendar:
    """Return the shared calendar built from the library and the module's transfers."""
    return WorkingCalendar()


def is_working_day(day: date, *, calendar: WorkingCalendar | None = None) -> bool:
    """Return whether `day` is a working day in Kazakhstan."""
    return (calendar or kazakhstan_calendar()).is_working_day(day)


def add_working_days(start: date, n: int, *, calendar: WorkingCalendar | None = None) -> date:
    """Return the `n`-th working day after `start`.

    `start` is day 0 and need not be a working day itself; day 1 is the first
    working day after it. `n` = 0 returns `start` unchanged.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    calendar = calendar or kazakhstan_calendar()
    day = start
    while n:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            n -= 1
    return day


def answer_due(received_on: date, *, calendar: WorkingCalendar | None = None) -> date:
    """Return the last day to answer an appeal received on `received_on`.

    That is the 15th working day after receipt (`ANSWER_WORKING_DAYS`).
    """
    return add_working_days(received_on, ANSWER_WORKING_DAYS, calendar=calendar)


def forward_due(received_on: date, *, calendar: WorkingCalendar | None = None) -> date:
    """Return the last day to forward an appeal that reached the wrong body.

    That is the 3rd working day after receipt (`FORWARD_WORKING_DAYS`).
    """
    return add_working_days(received_on, FORWARD_WORKING_DAYS, calendar=calendar)


def working_days_between(
    start: date, end: date, *, calendar: WorkingCalendar | None = None
) -> int:
    """Count the working days after `start` up to and including `end`.

    The count is negative when `end` is before `start`: then it is minus the
    working days after `end` up to and including `start`. It is the inverse of
    `add_working_days`: `working_days_between(d, add_working_days(d, n)) == n`.
    """
    if end < start:
        return -working_days_between(end, start, calendar=calendar)
    calendar = calendar or kazakhstan_calendar()
    return sum(
        calendar.is_working_day(start + timedelta(days=offset))
        for offset in range(1, (end - start).days + 1)
    )


def days_left(due: date, today: date, *, calendar: WorkingCalendar | None = None) -> int:
    """Return the working days left until `due`, as seen on `today`.

    Positive while there is time (1 means tomorrow's working day is the last),
    0 on the due date itself, negative once overdue: minus the working days
    since the due date, but never above -1, so that a weekend right after the
    due date already reads as overdue rather than as 0.
    """
    left = working_days_between(today, due, calendar=calendar)
    if is_overdue(due, today):
        return min(left, -1)
    return left


def is_overdue(due: date, today: date) -> bool:
    """Return whether the deadline `due` has passed on `today`.

    The due date itself is still in time.
    """
    return today > due


def latest_extension(original_due: date) -> date:
    """Return the latest date an extended answer deadline may have.

    That is `original_due` plus `MAX_EXTENSION_MONTHS` calendar months, moved
    back to the last day of the month when that month is shorter (31 December
    gives 28 or 29 February). It is a calendar date and may be a day off.
    """
    months = original_due.month - 1 + MAX_EXTENSION_MONTHS
    year = original_due.year + months // 12
    month = months % 12 + 1
    day = min(original_due.day, monthrange(year, month)[1])
    return date(year, month, day)


def check_extension(original_due: date, new_due: date) -> str | None:
    """Return why `new_due` cannot replace `original_due`, or None if it can.

    Error codes:

    - "not_later": `new_due` is not after `original_due`, so it is no extension;
    - "too_far": `new_due` is after `latest_extension(original_due)`.
    """
    if new_due <= original_due:
        return "not_later"
    if new_due > latest_extension(original_due):
        return "too_far"
    return None
