"""The first schema: reference data, staff, appeals and their timeline, the audit log.

Frozen: these classes are the tables as they were on the day this migration was
written, and they never change with db.models. A later change to the schema is
a new migration. Only what reaches the DDL is kept (types, NULL, unique and
plain indexes, foreign keys); Python-side defaults live in the live models.
Table names are spelled out so that peewee's naming rules cannot move them;
class names are part of the schema too, as peewee names indexes after them
(appeal_ref, appealevent_appeal_id).
"""
from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class District(Model):
    code = CharField(unique=True)
    kind = CharField()
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    population = IntegerField(null=True)
    kato = CharField(null=True)

    class Meta:
        table_name = "district"


class Settlement(Model):
    code = CharField(unique=True)
    district = ForeignKeyField(District)
    kind = CharField()
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    population = IntegerField(null=True)
    lat = FloatField(null=True)
    lon = FloatField(null=True)
    kato = CharField(null=True)

    class Meta:
        table_name = "settlement"


class Department(Model):
    code = CharField(unique=True)
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    handles = CharField()

    class Meta:
        table_name = "department"


class Category(Model):
    code = CharField(unique=True)
    position = IntegerField()
    department = ForeignKeyField(Department)
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()

    class Meta:
        table_name = "category"


class User(Model):
    login = CharField(unique=True)
    password_hash = CharField()
    role = CharField()
    department = ForeignKeyField(Department, null=True)
    active = BooleanField()
    created_at = DateTimeField()

    class Meta:
        table_name = "user"


class Device(Model):
    user = ForeignKeyField(User)
    label = CharField()
    token_hash = CharField(unique=True)
    created_at = DateTimeField()
    revoked_at = DateTimeField(null=True)

    class Meta:
        table_name = "device"


class OutreachEvent(Model):
    user = ForeignKeyField(User)
    device = ForeignKeyField(Device, null=True)
    ngo = CharField()
    settlement = ForeignKeyField(Settlement)
    held_on = DateField()
    created_at = DateTimeField()

    class Meta:
        table_name = "outreachevent"


class ApiKey(Model):
    partner = CharField()
    key_hash = CharField(unique=True)
    created_at = DateTimeField()
    revoked_at = DateTimeField(null=True)

    class Meta:
        table_name = "apikey"


class Appeal(Model):
    ref = CharField(unique=True)
    submission_key = CharField(unique=True)
    content_hash = CharField()
    secret_hash = CharField()
    source = CharField()
    lang = CharField()
    category = ForeignKeyField(Category)
    settlement = ForeignKeyField(Settlement)
    department = ForeignKeyField(Department)
    text = TextField()
    public_text = TextField(null=True)
    name = CharField()
    phone = CharField()
    wants_public = BooleanField()
    consent = BooleanField()
    consent_paper_form = CharField(null=True)
    published = BooleanField()
    status = CharField()
    created_at = DateTimeField()
    received_at = DateTimeField()
    clock_flagged = BooleanField()
    received_on = DateField()
    due_on = DateField()
    extension_reason = TextField(null=True)
    forwarded_to = CharField(null=True)
    answer = TextField(null=True)
    answered_at = DateTimeField(null=True)
    answered_by = ForeignKeyField(User, null=True, backref="answers")
    answer_formal = BooleanField(null=True)
    answer_formal_reasons = CharField(null=True)
    rating = CharField(null=True)
    rated_at = DateTimeField(null=True)
    device = ForeignKeyField(Device, null=True)
    worker = ForeignKeyField(User, null=True, backref="collected")
    outreach_event = ForeignKeyField(OutreachEvent, null=True)
    sync_device = CharField(null=True)
    api_key = ForeignKeyField(ApiKey, null=True)

    class Meta:
        table_name = "appeal"


class AppealEvent(Model):
    appeal = ForeignKeyField(Appeal, on_delete="CASCADE")
    at = DateTimeField()
    kind = CharField()
    status = CharField()
    note = TextField(null=True)
    public = BooleanField()
    actor = ForeignKeyField(User, null=True)

    class Meta:
        table_name = "appealevent"


class AuditLog(Model):
    at = DateTimeField(index=True)
    user = ForeignKeyField(User, null=True)
    action = CharField()
    target = CharField()
    detail = TextField()
    address = CharField()

    class Meta:
        table_name = "auditlog"


TABLES = [District, Settlement, Department, Category, User, Device, OutreachEvent, ApiKey, Appeal,
          AppealEvent, AuditLog]


def up(database):
    with database.bind_ctx(TABLES):
        database.create_tables(TABLES, safe=True)
