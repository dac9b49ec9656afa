"""The kinds registry: each kind of submission declared once, read by every road it travels.

A kind is an appeal, a budget proposal, a ballot or a comment on a draft. The
HTML form, the sync endpoint, Open311, Telegram and the phone's service worker
all find a kind here: its fields and their limits, its store function (which
validates), the words of its form, the form action the phone queues and the
page where a refused item is fixed. Adding a kind is adding its module and one
line below; nothing in the sync code or the worker names a kind.
"""
from dataclasses import dataclass

from submissions import appeal
from submissions.common import Context, Outcome, valid_key


@dataclass(frozen=True)
class Kind:
    name: str            # the sync protocol's "kind"
    store: object        # store(fields, key, ctx) -> Outcome; validates first
    action: str          # the form's action after the language prefix, e.g. "/appeals"
    form: str            # the page that shows the form, where a refused item is fixed
    summary: str         # the field the phone's queue page shows for an item


KINDS = {kind.name: kind for kind in (
    Kind("appeal", appeal.submit_appeal, action="/appeals", form="/appeals/new", summary="text"),
)}

__all__ = ["KINDS", "Kind", "Context", "Outcome", "valid_key"]
