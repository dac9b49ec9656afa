"""The migrations build, from empty, the schema the models describe, and an upgrade keeps the data.

Each test gets databases of its own, never the session's: on SQLite a file in
tmp_path, on PostgreSQL (TEST_DATABASE_URL) a throwaway schema reached through
search_path. Every migration in db/migrations is run, whatever its number, so a
new one is checked the day it is added.
"""
import datetime
import os
import re
import uuid
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
from conftest import csrf_from, make_app
from playhouse.db_url import connect

from db import SQLITE_PRAGMAS, database, models
from db.migrate import all_names, upgrade

TYPE_SYNONYMS = {"int": "integer", "int4": "integer", "bool": "boolean", "float8": "double precision"}


@pytest.fixture
def fresh_database(tmp_path):
    """Makes empty databases on the suite's engine: fresh_database(name) -> (peewee database, URL)."""
    made = []
    pg_url = os.environ.get("TEST_DATABASE_URL")
    admin = connect(pg_url) if pg_url else None

    def make(name):
        if admin is None:
            url = f"sqlite:///{tmp_path / name}.sqlite3"
            db = connect(url, pragmas=SQLITE_PRAGMAS)
        else:
            schema = f"test_{name}_{uuid.uuid4().hex[:8]}"
            admin.execute_sql(f'CREATE SCHEMA "{schema}"')
            url = _with_query(pg_url, options=f"-c search_path={schema}")
            db = connect(url)
            made.append(schema)
        return db, url

    yield make
    # The app a test made may still hold the proxy on one of these: leave it closed.
    if database.obj is not None and not database.is_closed():
        database.close()
    if admin is not None:
        for schema in made:
            admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


def _with_query(url, **params):
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query), **params)
    return urlunsplit(parts._replace(query=urlencode(query)))


def _type(column):
    """A column's type in one spelling: PostgreSQL's full type, SQLite's declared one, lower case."""
    spelled = re.sub(r"\s+", " ", (column.full_type or column.data_type or "").strip().lower())
    return TYPE_SYNONYMS.get(spelled, spelled)


def schema_of(db):
    """Tables, columns, indexes and foreign keys as peewee reads them back from the database."""
    schema = {}
    for table in db.get_tables():
        if table.startswith("sqlite_"):
            continue
        schema[table] = {
            "columns": {c.name: (_type(c), "NULL" if c.null else "NOT NULL", "PK" if c.primary_key else "")
                        for c in db.get_columns(table)},
            "indexes": {i.name: (tuple(i.columns), "UNIQUE" if i.unique else "")
                        for i in db.get_indexes(table) if not i.name.endswith("_pkey")},
            "foreign_keys": {f.column: (f.dest_table, f.dest_column, (f.on_delete or "NO ACTION").upper())
                             for f in db.get_foreign_keys(table)},
        }
    return schema


def test_every_migration_from_empty_builds_the_schema_of_the_models(fresh_database):
    migrated, _ = fresh_database("migrated")
    assert upgrade(migrated) == all_names()
    assert upgrade(migrated) == []  # and a second run finds nothing to do

    live, _ = fresh_database("live")
    with live.bind_ctx(models.ALL):
        live.create_tables(models.ALL)

    built, wanted = schema_of(migrated), schema_of(live)
    assert sorted(built) == sorted(wanted), "the migrations and db.models.ALL make different tables"
    for table in wanted:
        for part in ("columns", "indexes", "foreign_keys"):
            assert built[table][part] == wanted[table][part], \
                f"{table} {part}: the migrations (left) and the models (right) differ"
    migrated.close()
    live.close()


def test_no_migration_imports_the_live_models():
    """A migration that reads db.models builds tomorrow's schema, not its own day's."""
    import ast
    import importlib.util
    for name in all_names():
        source = Path(importlib.util.find_spec(f"db.migrations.{name}").origin).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom):
                imported = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                imported = [a.name for a in node.names]
            else:
                continue
            assert not [m for m in imported if m == "db.models" or m.startswith("db.models.")], name


def _insert(db, table, **values):
    """One row as the schema of that day took it: plain SQL, nothing from today's models."""
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join([db.param] * len(values))
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({marks}) RETURNING "id"'
    return db.execute_sql(sql, list(values.values())).fetchone()[0]


def test_an_upgrade_from_the_first_schema_keeps_its_data_and_the_site_reads_it(fresh_database, tmp_path):
    from werkzeug.security import generate_password_hash
    db, url = fresh_database("upgraded")
    assert upgrade(db, until="0001_initial") == ["0001_initial"]
    # Rows as a site of that day held them, reference data under its real codes.
    t = datetime.datetime(2026, 11, 20, 9, 30)
    department = _insert(db, "department", code="energy-housing-utilities", name_kk="Энергетика басқармасы",
                         name_ru="Управление энергетики", name_en="Energy department", handles="water")
    district = _insert(db, "district", code="mangystau", kind="district", name_kk="Маңғыстау ауданы",
                       name_ru="Мангистауский район", name_en="Mangistau District", population=None, kato=None)
    settlement = _insert(db, "settlement", code="akshymyrau", district_id=district, kind="village",
                         name_kk="Ақшымырау", name_ru="Акшымырау", name_en="Akshymyrau", population=1225,
                         lat=None, lon=None, kato="474634100")
    category = _insert(db, "category", code="water", position=1, department_id=department,
                       name_kk="Ауыз су", name_ru="Питьевая вода", name_en="Drinking water")
    officer = _insert(db, "user", login="aigul", role="officer", department_id=department, active=True,
                      password_hash=generate_password_hash("a-long-password-1", "pbkdf2:sha256:1"),
                      created_at=t)
    text = "В селе Акшымырау третий день нет питьевой воды."
    appeal = _insert(db, "appeal", ref="MG-OLDSCHEM", submission_key=str(uuid.uuid4()), content_hash="h",
                     secret_hash="s", source="web", lang="ru", category_id=category,
                     settlement_id=settlement, department_id=department, text=text, name="Айгерім",
                     phone="", wants_public=True, consent=True, published=True, status="answered",
                     created_at=t, received_at=t, clock_flagged=False, received_on=t.date(),
                     due_on=datetime.date(2026, 12, 11), answer="Трубу заменили 25 ноября, вода есть.",
                     answered_at=t + datetime.timedelta(days=5), answered_by_id=officer, answer_formal=False)
    _insert(db, "appealevent", appeal_id=appeal, at=t, kind="published", status="new", public=True,
            actor_id=officer)
    db.close()

    # The deployment's own road: `flask db upgrade` runs the rest and refreshes the reference data.
    app = make_app(url, tmp_path)
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert all(name in result.output for name in all_names()[1:])

    with app.app_context(), database.connection_context():
        stored = models.Appeal.get(models.Appeal.ref == "MG-OLDSCHEM")
        assert (stored.id, stored.text, stored.status, stored.received_on) == \
               (appeal, text, "answered", t.date())
        assert (stored.category.code, stored.settlement.code, stored.answered_by.login) == \
               ("water", "akshymyrau", "aigul")
        # The reference row is refreshed from today's CSV in place: the appeal still points at it.
        assert (stored.settlement.district.id, stored.settlement.district.name_en) == \
               (district, "Mangystau District")
        assert models.Settlement.select().count() == 62
        assert [e.kind for e in stored.timeline()] == ["received", "published"]

    client = app.test_client()
    page = client.get("/ru/appeals/MG-OLDSCHEM")
    assert page.status_code == 200 and text in page.get_data(as_text=True)
    staff_client = app.test_client()
    signed_in = staff_client.post("/staff/login", data={
        "csrf_token": csrf_from(staff_client.get("/staff/login").get_data(as_text=True)),
        "login": "aigul", "password": "a-long-password-1"})
    assert signed_in.status_code == 303
    assert staff_client.get("/staff/appeals/MG-OLDSCHEM").status_code == 200


def test_each_migration_is_given_the_database_itself_not_the_proxy(fresh_database, monkeypatch):
    # playhouse.migrate's SchemaMigrator.from_database(db) picks SQLite or PostgreSQL by db's class.
    import importlib

    from playhouse.migrate import SchemaMigrator
    db, _ = fresh_database("proxied")
    monkeypatch.setattr(database, "obj", db)  # the app's proxy, pointed at this database for the test
    given = []
    for name in all_names():
        module = importlib.import_module(f"db.migrations.{name}")
        monkeypatch.setattr(module, "up", lambda d, up=module.up: (given.append(d), up(d)))
    assert upgrade() == all_names()
    assert given and all(d is db for d in given)
    assert SchemaMigrator.from_database(given[0]) is not None
    db.close()
