"""Reference data: districts, settlements, departments of the akimat, appeal categories."""
import math

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

    @classmethod
    def find_by_name(cls, text):
        """The settlement whose code or name in any language is this text, or None.

        Case and spacing do not matter ("  шетпе " is Shetpe). Python compares,
        not SQL: SQLite's LOWER() folds only ASCII, and there are some sixty rows.
        A name two settlements share (two villages are called Басқұдық) finds
        neither: a wrong guess would send the appeal to another district's akimat.
        """
        wanted = " ".join(str(text or "").split()).casefold()
        if not wanted:
            return None
        found = [s for s in cls.select().order_by(cls.id)
                 if wanted in {s.code, s.name_kk.casefold(), s.name_ru.casefold(), s.name_en.casefold()}]
        return found[0] if len(found) == 1 else None

    @classmethod
    def nearest(cls, lat, lon):
        """The settlement with a known position nearest to (lat, lon), or None when none has one.

        Distances are equirectangular: at Mangystau's latitude a degree of
        longitude is only three quarters of a degree of latitude, and over a
        region this size the flat approximation errs by far less than that.
        """
        shrink = math.cos(math.radians(lat))
        placed = (cls.select()
                  .where(cls.lat.is_null(False), cls.lon.is_null(False))
                  .order_by(cls.id))
        return min(placed, key=lambda s: (s.lat - lat) ** 2 + ((s.lon - lon) * shrink) ** 2, default=None)


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
