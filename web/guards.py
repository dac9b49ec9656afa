"""Refuse, before any view runs, what no view could answer: a NUL in the address or in a form,
an id past what a column holds; and never put a raw line break into a redirect.

PostgreSQL cannot hold a NUL in text, so a lookup by a reference of "MG-%00"
or a sign-in as "%00" would fail inside the database; no person types one.
A JSON body is not checked here: the sync protocol rejects such an item on
its own and stores the others (services/sync.py).
"""
import re

from flask import abort, request
from werkzeug.routing import IntegerConverter

from db import MAX_ID

NUL = "\x00"
CONTROL = re.compile("[\x00-\x1f\x7f]")


def holds_nul(values):
    """Whether any key or value of a MultiDict holds a NUL."""
    return any(NUL in key or any(NUL in value for value in values.getlist(key)) for key in values)


def quote_controls(location):
    """A location with its control characters percent-encoded: a header cannot hold a line break."""
    return CONTROL.sub(lambda m: f"%{ord(m.group()):02X}", location)


class IdConverter(IntegerConverter):
    """<int:...> in every rule: at most MAX_ID, so /devices/10**30/revoke is a 404, not an overflow."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def init_app(app):
    """Register after web.security, whose size limit for large uploads must be set before a form is read,
    and before the blueprints, whose rules read the converters."""
    app.url_map.converters["int"] = IdConverter

    @app.before_request
    def _refuse_nul():
        if NUL in request.path or holds_nul(request.args):
            abort(400)
        # Only a form-encoded body is read as a form; the sync endpoint reads its JSON body itself.
        if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data") \
                and holds_nul(request.form):
            abort(400)

    # Every redirect, whatever its target was made from (?next=/%0A/x), stays one header line.
    # Flask's redirect() calls app.redirect, which the docs invite an application to override.
    plain_redirect = app.redirect

    def redirect(location, code=302):
        return plain_redirect(quote_controls(location), code)

    app.redirect = redirect
