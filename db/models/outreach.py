"""Outreach workers' registered phones and their village visits."""
from peewee import CharField, DateField, DateTimeField, ForeignKeyField

from db import as_id
from db.models.base import Base
from db.models.places import Settlement
from db.models.staff import User
from rules.times import utcnow


class Device(Base):
    """An outreach worker's registered phone; the token is kept only as a hash."""
    user = ForeignKeyField(User, backref="devices")
    label = CharField()
    token_hash = CharField(unique=True)
    created_at = DateTimeField(default=utcnow)
    revoked_at = DateTimeField(null=True)


class OutreachEvent(Base):
    """A visit: an outreach worker of an NGO collects appeals in a village on one day."""
    user = ForeignKeyField(User)
    device = ForeignKeyField(Device, null=True)
    ngo = CharField()
    settlement = ForeignKeyField(Settlement)
    held_on = DateField()
    created_at = DateTimeField(default=utcnow)

    @classmethod
    def of_worker(cls, event_id, worker):
        """The visit an item or form names, if it is this worker's own; None for anything else."""
        number = as_id(event_id)
        if worker is None or number is None:
            return None
        return cls.get_or_none(cls.id == number, cls.user == worker)
