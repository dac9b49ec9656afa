"""flask --app app ... commands (CONTRACT §2). Bad input: one line on stderr, exit 2."""
import json
import sys

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from db import database
from db.models.staff import ROLES


def die(message):
    click.echo(message, err=True)
    sys.exit(2)


db_cli = AppGroup("db", help="The database schema and reference data.")
users_cli = AppGroup("users", help="Staff accounts.")
formal_cli = AppGroup("formal-reply", help="The formal-reply detector.")


@db_cli.command("upgrade")
def db_upgrade():
    """Create or migrate the schema and load reference data; safe to run twice."""
    from db.migrate import upgrade
    from db.reference import load_reference
    with database.connection_context():
        applied = upgrade()
        load_reference()
    click.echo(f"migrations applied: {', '.join(applied) or 'none (up to date)'}")


@click.command("seed-demo")
@with_appcontext
def seed_demo():
    """Load demo appeals, answers and staff; safe to run twice."""
    from services import demo
    with database.connection_context():
        logins = demo.seed(current_app.config["SECRET_KEY"], current_app.config["DEMO_LOGINS_FILE"])
    for login, role, password in logins:
        click.echo(f"demo {role}: {login} / {password}")


@users_cli.command("add")
@click.argument("login")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--department", default=None, help="department code (officers)")
def users_add(login, role, department):
    """Add a staff user (or reset their password); the password is read from standard input."""
    from services.staff import PASSWORD_MIN_LENGTH, UserRefused, create_or_update_user
    password = sys.stdin.readline().rstrip("\n")
    try:
        with database.connection_context():
            create_or_update_user(login, role, password, department)
    except UserRefused as refused:
        die({
            "unknown_role": f"unknown role: {refused.detail}",
            "login_required": "the login is empty",
            "password_too_short": f"password must be at least {PASSWORD_MIN_LENGTH} characters",
            "unknown_department": f"unknown department: {refused.detail}",
            "department_required": "an officer needs --department",
        }[refused.code])
    click.echo(f"user {login} ({role}) saved")


@formal_cli.command("check")
@click.option("--lang", type=click.Choice(["kk", "ru"]), default=None)
@click.option("--jsonl", is_flag=True, help="one {\"lang\", \"answer\"} object per line")
def formal_check(lang, jsonl):
    """Read an official answer from standard input; print whether it is a formal reply."""
    from rules import formal_reply
    if not jsonl:
        text = sys.stdin.read()
        if not text.strip():
            die("no answer on standard input")
        click.echo(json.dumps(formal_reply.to_json(formal_reply.check(text, lang)), ensure_ascii=False))
        return
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            answer, item_lang = item["answer"], item.get("lang", lang)
            if not isinstance(answer, str) or item_lang not in (None, "kk", "ru"):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            die(f"line {number}: expected {{\"lang\": \"kk\"|\"ru\", \"answer\": \"...\"}}")
        verdict = formal_reply.check(answer, item_lang)
        click.echo(json.dumps(formal_reply.to_json(verdict), ensure_ascii=False))


def init_app(app):
    for command in (db_cli, users_cli, formal_cli, seed_demo):
        app.cli.add_command(command)
