"""Records for tests that need data but do not test the form that makes it.

Each goes through the code the site itself runs (submissions.appeal.submit_appeal,
services.appeals, services.staff), not through HTTP: an appeal made here is stored
exactly as the form would store it, at a fraction of the cost. A test of the
appeal form itself posts the form (conftest.create_appeal).
"""
import contextlib
import uuid

from flask import url_for

from db import database
from db.models import Appeal, User
from services import appeals
from services.staff import create_or_update_user
from submissions import Context
from submissions.appeal import submit_appeal

PASSWORD = "correct-horse-battery"


@contextlib.contextmanager
def _connected():
    """Use the test's open connection, or open one for this call only."""
    opened = database.is_closed()
    if opened:
        database.connect()
    try:
        yield
    finally:
        if opened:
            database.close()


def appeal_values(**overrides):
    """A valid appeal's fields as the validator takes them; the form's names (see conftest.appeal_fields)."""
    values = {"category": "water", "settlement": "akshymyrau",
              "text": "Ауылда үш күннен бері ауыз су жоқ, көмектесіңіздер.",
              "name": "Айгерім Сапарова", "phone": "+7 701 123 45 67", "public": "1", "consent": "1"}
    values.update(overrides)
    return values


def make_appeal(app, lang="kk", source="web", published=False, **overrides):
    """Store an appeal as a person's form post would; returns (ref, private link) like create_appeal.

    published: a moderator publishes it too (the author must have allowed it).
    """
    with app.app_context(), _connected():
        ctx = Context(source=source, lang=lang, secret_key=app.config["SECRET_KEY"])
        outcome = submit_appeal(appeal_values(**overrides), str(uuid.uuid4()), ctx)
        assert outcome.status == "created", outcome.errors
        if published:
            moderator = User.get_or_none(User.role == "moderator") or add_user("factory-moderator", "moderator")
            appeals.publish(Appeal.get_by_id(outcome.record_id), moderator)
    with app.test_request_context():
        private = url_for("appeals.track_GET", lang=lang, ref=outcome.ref, secret=outcome.secret)
    return outcome.ref, private


def add_user(login, role, department=None, password=PASSWORD):
    """A staff account, made as `flask users add` makes one. Needs an app context (the hash method)."""
    with _connected():
        return create_or_update_user(login, role, password, department)
