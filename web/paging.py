"""Paging for every list: one reading of ?page=, one set of sizes (config PAGE_SIZES).

A page number comes from the address bar, so it may be anything: it is read
as a whole number and kept between 1 and the last page (or MAX_PAGE where a
list is not counted), so that no number makes an OFFSET the database cannot
hold.
"""
from dataclasses import dataclass, field

from flask import current_app, request

MAX_PAGE = 100_000  # far past any list here; 999999999999999999 × 100 overflows a 64-bit OFFSET


def requested_number(value):
    """The page asked for, 1 when the value is not a whole number."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


@dataclass
class Page:
    """One page of a list: its number, size and rows, and whether there are pages either side."""
    number: int
    size: int
    total: int | None = None     # rows in the whole list, where the view counts them
    items: list = field(default_factory=list)
    has_next: bool = False

    @classmethod
    def of(cls, query, list_name, total=None):
        """The requested page of a peewee query; list_name picks its size from PAGE_SIZES.

        With a total the number stops at the last page; without one, a row past
        the page is read to tell whether another page follows.
        """
        size = current_app.config["PAGE_SIZES"][list_name]
        page = cls(requested_number(request.args.get("page")), size, total)
        if total is not None:
            page.number = min(page.number, page.pages)
        rows = list(query.limit(size + 1).offset(page.offset))
        page.items, page.has_next = rows[:size], len(rows) > size
        return page

    @property
    def offset(self):
        return (self.number - 1) * self.size

    @property
    def pages(self):
        """How many pages the list has (at least one); only for a counted list."""
        return max((self.total + self.size - 1) // self.size, 1)

    @property
    def has_prev(self):
        return self.number > 1
