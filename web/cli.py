"""flask --app app ... commands (CONTRACT §2). Bad input: one line on stderr, exit 2."""
import json
import sys

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from db import database


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
        logins = demo.seed(current_app.config["SECRET_KEY"])
    for login, role, password in logins:
        click.echo(f"demo {role}: {login} / {password}")


@users_cli.command("add")
@click.argument("login")
@click.option("--role", required=True, type=click.Choice(["admin", "moderator", "officer", "outreach"]))
@click.option("--department", default=None, help="department code (officers)")
def users_add(login, role, department):
    """Add a staff user (or reset their password); the password is read from standard input."""
    from db.models import Department, User
    from web import auth
    password = sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        die("password must be at least 10 characters")
    with database.connection_context():
        dept = None
        if department:
            dept = Department.get_or_none(Department.code == department)
            if dept is None:
                die(f"unknown department: {department}")
        if role == "officer" and dept is None:
            die("an officer needs --department")
        with database.atomic():
            user = User.get_or_none(User.login == login)
            if user is None:
                User.create(login=login, password_hash=auth.hash_password(password), role=role,
                            department=dept)
            else:
                user.password_hash, user.role, user.department, user.active = \
                    auth.hash_password(password), role, dept, True
                user.save()
                user.end_sessions()  # a new password signs out whoever knew the old one
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
