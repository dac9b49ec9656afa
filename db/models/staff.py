"""Staff accounts, partner API keys and the audit log of staff actions."""
import secrets

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from db.models.base import Base
from db.models.places import Department
from rules.times import utcnow

# Every staff role, beside the column that holds it: the CLI, the labels and the tests read this list.
ROLES = ("admin", "moderator", "officer", "outreach")


def new_session_epoch():
    return secrets.token_hex(16)


class User(Base):
    login = CharField(unique=True)
    password_hash = CharField()
    role = CharField()  # one of ROLES
    department = ForeignKeyField(Department, null=True)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)
    # Every session cookie carries the epoch it was signed in under; a new epoch (sign-out, a new
    # password) ends all of them, which a signed cookie alone cannot do.
    session_epoch = CharField(default=new_session_epoch)

    def end_sessions(self):
        """Sign this user out everywhere: every cookie issued so far stops working."""
        self.session_epoch = new_session_epoch()
        User.update(session_epoch=self.session_epoch).where(User.id == self.id).execute()


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
