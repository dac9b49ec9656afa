"""The sync log: items that were not stored fresh (resends, refusals), for staff review."""
from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from db.models.base import Base
from db.models.outreach import Device, OutreachEvent
from db.models.staff import User
from rules.times import utcnow


class SyncLog(Base):
    """A sync item that was not stored fresh: a duplicate resend or a rejection, for staff review."""
    at = DateTimeField(default=utcnow, index=True)
    device = ForeignKeyField(Device, null=True)
    worker = ForeignKeyField(User, null=True)
    outreach_event = ForeignKeyField(OutreachEvent, null=True)
    sync_device = CharField(null=True, index=True)
    key = CharField()
    kind = CharField()
    status = CharField()  # duplicate, rejected
    ref = CharField(null=True)
    errors = TextField(default="")
    via = CharField(default="sync")  # sync, upload
