"""Staff accounts, partner API keys and the audit log of staff actions."""
from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from db.models.base import Base
from db.models.places import Department
from rules.times import utcnow

# Every staff role, beside the column that holds it: the CLI, the labels and the tests read this list.
ROLES = ("admin", "moderator", "officer", "outreach")


class User(Base):
    login = CharField(unique=True)
    password_hash = CharField()
    role = CharField()  # one of ROLES
    department = ForeignKeyField(Department, null=True)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)


class ApiKey(Base):
    """A partner system's Open311 key, kept only as a hash."""
    partner = CharField()
    key_hash = CharField(unique=True)
    created_at = DateTimeField(default=utcnow)
    revoked_at = DateTimeField(null=True)


class AuditLog(Base):
    at = DateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True)
    action = CharField()
    target = CharField(default="")
    detail = TextField(default="")
    address = CharField(default="")
