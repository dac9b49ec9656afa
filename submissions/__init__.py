"""The kinds registry: each kind of submission declared once, read by every road it travels.

A kind is an appeal, a budget proposal, a ballot or a comment on a draft. The
HTML form, the sync endpoint, Open311, Telegram and the phone's service worker
all find a kind here: its fields and their limits, its store function (which
validates), the words of its form, the form action the phone queues and the
page where a refused item is fixed. Adding a kind is adding its module and one
line in KINDS; nothing in the sync code, the worker or the queue page names a kind.
"""
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from submissions import appeal
from submissions.common import Context, Outcome, valid_key


@dataclass(frozen=True)
class Kind:
    name: str            # the sync protocol's "kind"
    label: object        # what the phone's queue page calls one item of this kind
    fields: tuple        # submissions.fields.Field, in the form's order
    store: object        # store(fields, key, ctx) -> Outcome; validates first
    action: str          # the form's action after the language prefix: the worker queues posts to it
    form: str            # the page with the blank form, where a refused item is fixed
    summary: str         # the field the queue page shows for an item

    def field(self, name):
        return next((f for f in self.fields if f.name == name), None)

    def for_phone(self):
        """What the service worker and the queue page need to know of this kind."""
        return {"action": self.action, "form": self.form, "summary": self.summary,
                "fields": {f.name: f.rule() for f in self.fields}}


KINDS = {kind.name: kind for kind in (
    Kind("appeal", _l("Appeal"), appeal.FIELDS, appeal.submit_appeal,
         action="/appeals", form="/appeals/new", summary="text"),
)}

__all__ = ["KINDS", "Kind", "Context", "Outcome", "valid_key"]
