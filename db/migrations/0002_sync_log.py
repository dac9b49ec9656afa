"""Keep the sync items that were not stored fresh (duplicates and rejections) for staff review.

Frozen like 0001: the table as this migration made it; the tables it points at
are stand-ins that give only their names and primary keys, which are all a
foreign key needs (they are never created here).
"""
from peewee import CharField, DateTimeField, ForeignKeyField, Model, TextField


class User(Model):
    class Meta:
        table_name = "user"


class Device(Model):
    class Meta:
        table_name = "device"


class OutreachEvent(Model):
    class Meta:
        table_name = "outreachevent"


class SyncLog(Model):
    at = DateTimeField(index=True)
    device = ForeignKeyField(Device, null=True)
    worker = ForeignKeyField(User, null=True)
    outreach_event = ForeignKeyField(OutreachEvent, null=True)
    sync_device = CharField(null=True, index=True)
    key = CharField()
    kind = CharField()
    status = CharField()
    ref = CharField(null=True)
    errors = TextField()
    via = CharField()

    class Meta:
        table_name = "synclog"


def up(database):
    with database.bind_ctx([SyncLog]):
        database.create_tables([SyncLog], safe=True)
