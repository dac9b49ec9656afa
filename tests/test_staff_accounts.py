"""Staff accounts: one function makes them (CLI, demo, tests), one list of roles, the configured hash."""
import subprocess
import sys

import pytest
from conftest import ROOT
from factories import PASSWORD

from db.models import User
from db.models.staff import ROLES
from services.staff import UserRefused, create_or_update_user


def test_a_second_save_resets_the_account_in_place(app, db):
    with app.app_context():
        first = create_or_update_user("aigul", "officer", PASSWORD, "health")
        User.update(active=False).where(User.id == first.id).execute()
        again = create_or_update_user("aigul", "moderator", "another-long-password")
    assert again.id == first.id and User.select().count() == 1
    assert (again.role, again.department, again.active) == ("moderator", None, True)
    assert again.password_hash != first.password_hash


@pytest.mark.parametrize("login, role, password, department, code", [
    ("x", "superuser", PASSWORD, None, "unknown_role"),
    ("  ", "admin", PASSWORD, None, "login_required"),
    ("x", "admin", "nine-char", None, "password_too_short"),
    ("x", "officer", PASSWORD, "nope", "unknown_department"),
    ("x", "officer", PASSWORD, None, "department_required"),
])
def test_refusals_say_why_and_save_nothing(app, db, login, role, password, department, code):
    with app.app_context(), pytest.raises(UserRefused) as refused:
        create_or_update_user(login, role, password, department)
    assert refused.value.code == code
    assert User.select().count() == 0


def test_every_role_has_a_label_and_a_cli_choice(app):
    from web import labels
    from web.cli import users_add
    assert set(labels.ROLE) == set(ROLES)
    role_option = next(p for p in users_add.params if p.name == "role")
    assert tuple(role_option.type.choices) == ROLES


def test_the_hash_method_is_configured_and_a_deployment_gets_scrypt(app, db):
    from flask import Flask

    from web import auth, config
    with app.app_context():
        assert create_or_update_user("a", "admin", PASSWORD).password_hash.startswith("pbkdf2:sha256:1$")
    deployment_like = Flask(__name__)
    deployment_like.config.from_mapping(config.DEFAULTS)
    with deployment_like.app_context():
        assert auth.hash_password(PASSWORD).startswith("scrypt:")


def test_an_unknown_login_costs_a_check_of_the_configured_method(app, db, monkeypatch):
    from web import auth
    checked = []
    monkeypatch.setattr(auth, "check_password_hash", lambda stored, password: checked.append(stored))
    with app.app_context():
        assert auth.authenticate("nobody", PASSWORD) is None
    assert checked and checked[0].startswith("pbkdf2:sha256:1$")


def test_importing_auth_computes_no_hash():
    # scrypt at import cost every process, tests and CLI included, a tenth of a second for nothing.
    script = ("import werkzeug.security as ws; made = []; "
              "ws.generate_password_hash = lambda *a, **k: made.append(a); "
              "import web.auth; print(len(made))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
