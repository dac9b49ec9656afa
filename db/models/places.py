"""Reference data: districts, settlements, departments of the akimat, appeal categories."""
from peewee import CharField, FloatField, ForeignKeyField, IntegerField

from db.models.base import Base


class District(Base):
    code = CharField(unique=True)
    kind = CharField()
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    population = IntegerField(null=True)
    kato = CharField(null=True)


class Settlement(Base):
    code = CharField(unique=True)
    district = ForeignKeyField(District, backref="settlements")
    kind = CharField()
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    population = IntegerField(null=True)
    lat = FloatField(null=True)
    lon = FloatField(null=True)
    kato = CharField(null=True)


class Department(Base):
    code = CharField(unique=True)
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    handles = CharField(default="")


class Category(Base):
    code = CharField(unique=True)
    position = IntegerField(default=0)
    department = ForeignKeyField(Department)
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()

    @classmethod
    def ordered(cls):
        return cls.select().order_by(cls.position)
