"""Apply the migrations in db/migrations that this database has not seen yet."""
import importlib
import pkgutil

from db import database, migrations
from db.models import SchemaVersion


def pending_names(applied):
    names = sorted(m.name for m in pkgutil.iter_modules(migrations.__path__))
    return [n for n in names if n not in applied]


def upgrade():
    """Run each new migration in its own transaction; safe to run twice."""
    database.create_tables([SchemaVersion], safe=True)
    applied = {v.name for v in SchemaVersion.select()}
    done = []
    for name in pending_names(applied):
        module = importlib.import_module(f"db.migrations.{name}")
        with database.atomic():
            module.up(database)
            SchemaVersion.create(name=name)
        done.append(name)
    return done
