"""One helper per lookup, so a missing record is a 404 the same way everywhere."""
from flask import abort

from db import as_id
from db.models import Appeal
from submissions.appeal import find_by_follow_link


def id_or_404(value):
    number = as_id(value)
    if number is None:
        abort(404)
    return number


def get_appeal_or_404(ref):
    appeal = Appeal.get_or_none(Appeal.ref == (ref or "").upper())
    if appeal is None:
        abort(404)
    return appeal


def get_published_appeal_or_404(ref):
    appeal = get_appeal_or_404(ref)
    if not appeal.published:
        abort(404)
    return appeal


def get_followed_appeal_or_404(ref, secret):
    """The appeal behind an author's private link; the same 404 for a wrong ref or secret."""
    appeal = find_by_follow_link(ref, secret)
    if appeal is None:
        abort(404)
    return appeal
