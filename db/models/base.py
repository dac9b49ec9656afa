"""The base model, bound to the one database proxy, and the schema's own version table."""
from peewee import CharField, DateTimeField, Model

from db import database
from rules.times import utcnow


class Base(Model):
    class Meta:
        database = database

    def name(self, lang):
        """The name in a page's language; Kazakh when a translation is missing."""
        return getattr(self, f"name_{lang}", None) or self.name_kk


class SchemaVersion(Base):
    name = CharField(unique=True)
    applied_at = DateTimeField(default=utcnow)
