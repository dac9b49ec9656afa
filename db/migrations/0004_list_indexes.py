"""Indexes for the list pages and staff queues, and a tally of appeals kept by the database.

With a million appeals, each list page must read its rows from one index in its
own order and count without visiting a million rows. The indexes are the ones
Appeal's Meta declares (peewee's names, so a fresh schema and a migrated one
agree); the tally's rows are added by triggers, so every writer is counted.
Frozen: plain SQL and a copy of the tally's model as this migration made it.
"""
from peewee import BooleanField, CharField, IntegerField, Model, PostgresqlDatabase

OPEN = "('new', 'in_progress', 'forwarded')"
INDEXES = [
    'CREATE INDEX IF NOT EXISTS "appeal_published_received_at" ON "appeal" ("published", "received_at")',
    'CREATE INDEX IF NOT EXISTS "appeal_published_category_id_received_at" '
    'ON "appeal" ("published", "category_id", "received_at")',
    'CREATE INDEX IF NOT EXISTS "appeal_published_settlement_id_received_at" '
    'ON "appeal" ("published", "settlement_id", "received_at")',
    'CREATE INDEX IF NOT EXISTS "appeal_published_status_received_at" '
    'ON "appeal" ("published", "status", "received_at")',
    'CREATE INDEX IF NOT EXISTS "appeal_due_on_received_at" ON "appeal" ("due_on", "received_at")',
    f'CREATE INDEX IF NOT EXISTS "appeal_open_due_on" ON "appeal" ("due_on", "received_at") '
    f'WHERE ("status" IN {OPEN})',
    f'CREATE INDEX IF NOT EXISTS "appeal_open_department_id_due_on" '
    f'ON "appeal" ("department_id", "due_on", "received_at") WHERE ("status" IN {OPEN})',
]
KINDS = "published, status, category_id, settlement_id, department_id"
CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in KINDS.split(", "))


def _values(row, n):
    return f"INSERT INTO appealtally ({KINDS}, n) VALUES (" + ", ".join(
        f"{row}.{c}" for c in KINDS.split(", ")) + f", {n});"


SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS appeal_tally_insert AFTER INSERT ON appeal BEGIN {_values('NEW', 1)} END",
    f"CREATE TRIGGER IF NOT EXISTS appeal_tally_delete AFTER DELETE ON appeal BEGIN {_values('OLD', -1)} END",
    f"CREATE TRIGGER IF NOT EXISTS appeal_tally_update AFTER UPDATE OF {KINDS} ON appeal "
    f"WHEN {CHANGED.replace('IS DISTINCT FROM', 'IS NOT')} "
    f"BEGIN {_values('OLD', -1)} {_values('NEW', 1)} END",
]
POSTGRES_TRIGGERS = [
    f"""CREATE OR REPLACE FUNCTION appeal_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN {_values('OLD', -1)} END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN {_values('NEW', 1)} END IF;
    RETURN NULL;
END $$""",
    "DROP TRIGGER IF EXISTS appeal_tally_insert_delete ON appeal",
    "CREATE TRIGGER appeal_tally_insert_delete AFTER INSERT OR DELETE ON appeal "
    "FOR EACH ROW EXECUTE FUNCTION appeal_tally()",
    "DROP TRIGGER IF EXISTS appeal_tally_update ON appeal",
    f"CREATE TRIGGER appeal_tally_update AFTER UPDATE OF {KINDS} ON appeal "
    f"FOR EACH ROW WHEN ({CHANGED}) EXECUTE FUNCTION appeal_tally()",
]


class AppealTally(Model):
    # A frozen copy of db.models.appeals.AppealTally as this migration made it.
    published = BooleanField()
    status = CharField()
    category_id = IntegerField()
    settlement_id = IntegerField()
    department_id = IntegerField()
    n = IntegerField()

    class Meta:
        table_name = "appealtally"


def up(database):
    with database.bind_ctx([AppealTally]):
        AppealTally.create_table(safe=True)
    for sql in INDEXES:
        database.execute_sql(sql)
    postgres = isinstance(getattr(database, "obj", database), PostgresqlDatabase)
    for sql in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        database.execute_sql(sql)
    # Count what is already there, once; from now on the triggers keep the tally.
    database.execute_sql("DELETE FROM appealtally")
    database.execute_sql(f"INSERT INTO appealtally ({KINDS}, n) "
                         f"SELECT {KINDS}, COUNT(*) FROM appeal GROUP BY {KINDS}")
