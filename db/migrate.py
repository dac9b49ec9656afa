"""Apply the migrations in db/migrations that this database has not seen yet."""
import importlib
import pkgutil

from peewee import CharField, DatabaseProxy, DateTimeField, Model

from db import database as default_database
from db import migrations
from rules.times import utcnow


class SchemaVersion(Model):
    """The version table as the first upgrade made it: frozen like a migration, apart from db.models.

    The class name is part of the schema: peewee names the unique index after it (schemaversion_name).
    """
    name = CharField(unique=True)
    applied_at = DateTimeField()

    class Meta:
        table_name = "schemaversion"


def all_names():
    """Every migration's module name, in the order they apply."""
    return sorted(m.name for m in pkgutil.iter_modules(migrations.__path__))


def pending_names(applied):
    return [n for n in all_names() if n not in applied]


def upgrade(database=None, until=None):
    """Run each new migration in its own transaction; safe to run twice.

    database defaults to the app's; until names the last migration to apply
    (the tests stop at an earlier schema, fill it, then go on). A migration is
    a module with up(database), given a peewee Database (never the proxy).
    """
    database = default_database if database is None else database
    if isinstance(database, DatabaseProxy):
        # Each migration gets the real database: playhouse.migrate's SchemaMigrator.from_database
        # tells SQLite from PostgreSQL by its class, which a proxy hides.
        database = database.obj
    if until is not None and until not in all_names():
        raise ValueError(f"no migration named {until}")
    with database.bind_ctx([SchemaVersion]):
        database.create_tables([SchemaVersion], safe=True)
        applied = {v.name for v in SchemaVersion.select()}
        done = []
        for name in pending_names(applied):
            if until is not None and name > until:
                break
            module = importlib.import_module(f"db.migrations.{name}")
            with database.atomic():
                module.up(database)
                SchemaVersion.create(name=name, applied_at=utcnow())
            done.append(name)
        return done
