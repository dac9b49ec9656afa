"""Outreach workers' registered phones and their village visits."""
from peewee import CharField, DateField, DateTimeField, ForeignKeyField

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
    user = ForeignKeyField(User)
    device = ForeignKeyField(Device, null=True)
    ngo = CharField()
    settlement = ForeignKeyField(Settlement)
    held_on = DateField()
    created_at = DateTimeField(default=utcnow)
