"""Keep the sync items that were not stored fresh (duplicates and rejections) for staff review."""
from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from db.models import Base, Device, OutreachEvent, User
from rules.times import utcnow


class SyncLog(Base):
    # A frozen copy of the model as this migration made it.
    at = DateTimeField(default=utcnow, index=True)
    device = ForeignKeyField(Device, null=True)
    worker = ForeignKeyField(User, null=True)
    outreach_event = ForeignKeyField(OutreachEvent, null=True)
    sync_device = CharField(null=True, index=True)
    key = CharField()
    kind = CharField()
    status = CharField()
    ref = CharField(null=True)
    errors = TextField(default="")
    via = CharField(default="sync")

    class Meta:
        table_name = "synclog"


def up(database):
    database.create_tables([SyncLog], safe=True)
