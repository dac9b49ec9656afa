"""Appeals and their timeline. Named queries live on the model they read, one clause per line."""
from peewee import (
    JOIN,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from db.models.base import Base
from db.models.outreach import Device, OutreachEvent
from db.models.places import Category, Department, District, Settlement
from db.models.staff import ApiKey, User
from rules import deadlines
from rules.times import to_local_date, utcnow

OPEN_STATUSES = ("new", "in_progress", "forwarded")  # not yet answered or closed
CLOSED_STATUSES = ("answered", "closed")


class Appeal(Base):
    ref = CharField(unique=True)
    submission_key = CharField(unique=True)
    content_hash = CharField()
    secret_hash = CharField()
    source = CharField()  # web, offline, outreach, open311, telegram
    lang = CharField(default="kk")
    category = ForeignKeyField(Category)
    settlement = ForeignKeyField(Settlement)
    department = ForeignKeyField(Department)
    text = TextField()
    public_text = TextField(null=True)  # the moderator's redacted version, shown publicly
    name = CharField()
    phone = CharField(default="")
    wants_public = BooleanField(default=False)
    consent = BooleanField(default=False)
    consent_paper_form = CharField(null=True)
    published = BooleanField(default=False)
    status = CharField(default="new")  # new, in_progress, forwarded, answered, closed
    created_at = DateTimeField()   # when the person pressed send (phone clock)
    received_at = DateTimeField(default=utcnow)
    clock_flagged = BooleanField(default=False)
    received_on = DateField()     # local (Aqtau) date the deadline counts from
    due_on = DateField()
    extension_reason = TextField(null=True)
    forwarded_to = CharField(null=True)
    answer = TextField(null=True)
    answered_at = DateTimeField(null=True)
    answered_by = ForeignKeyField(User, null=True, backref="answers")
    answer_formal = BooleanField(null=True)
    answer_formal_reasons = CharField(null=True)
    rating = CharField(null=True)  # solved, not_solved, formal
    rated_at = DateTimeField(null=True)
    device = ForeignKeyField(Device, null=True)
    worker = ForeignKeyField(User, null=True, backref="collected")
    outreach_event = ForeignKeyField(OutreachEvent, null=True)
    sync_device = CharField(null=True)  # the phone's own UUID, as it sent it
    api_key = ForeignKeyField(ApiKey, null=True)

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def shown_text(self):
        """What the public may read: the moderator's redaction when there is one."""
        return self.public_text or self.text

    def days_left(self, today):
        """Working days to the deadline; negative when overdue."""
        return deadlines.days_left(self.due_on, today)

    def is_overdue(self, today):
        """Past its deadline with no answer, or answered after it (rules/deadlines.is_overdue)."""
        if self.is_open:
            return deadlines.is_overdue(self.due_on, today)
        return self.answered_at is not None and deadlines.is_overdue(self.due_on, self.answered_on)

    @classmethod
    def overdue(cls, today):
        """The same rule as is_overdue, for an open appeal, as a WHERE clause."""
        return cls.status.in_(OPEN_STATUSES) & (cls.due_on < today)

    @property
    def answered_on(self):
        return to_local_date(self.answered_at) if self.answered_at else None

    def timeline(self, public_only=True):
        """The appeal's history: its arrival (the appeal row itself says when), then each event."""
        arrived = AppealEvent(appeal=self, at=self.received_at, kind="received", status="new")
        events = self.events.order_by(AppealEvent.at, AppealEvent.id)
        if public_only:
            events = events.where(AppealEvent.public == True)  # noqa: E712
        return [arrived, *events]

    @classmethod
    def staff_queue(cls, queue, my_department, today, only_department=None):
        """One of the staff queues (new, mine, overdue, all), soonest deadline first."""
        open_ = cls.status.in_(OPEN_STATUSES)
        query = (cls.select()
                 .order_by(cls.due_on, cls.received_at))
        if only_department is not None:
            query = query.where(cls.department == only_department)
        if queue == "new":
            query = query.where(cls.status == "new")
        elif queue == "mine":
            query = query.where(cls.department == my_department, open_)
        elif queue == "overdue":
            query = query.where(cls.overdue(today))
        return query

    @classmethod
    def open311_list(cls, refs=None):
        """Published appeals (or, given refs, those appeals, published or not), newest first,
        each with its category, department and settlement read in the same query."""
        query = (cls.select(cls, Category, Department, Settlement)
                 .join_from(cls, Category)
                 .join_from(cls, Department)
                 .join_from(cls, Settlement)
                 .order_by(cls.received_at.desc(), cls.id.desc()))
        if refs is not None:
            return query.where(cls.ref.in_(refs))
        return query.where(cls.published == True)  # noqa: E712  (peewee needs ==)

    @classmethod
    def export_list(cls):
        """Every appeal, oldest first, with what the staff export names of it read in the same query."""
        worker = User.alias()
        return (cls.select(cls, Category, Department, Settlement, District, worker)
                .join_from(cls, Category)
                .join_from(cls, Department)
                .join_from(cls, Settlement)
                .join_from(Settlement, District)
                .join_from(cls, worker, JOIN.LEFT_OUTER, on=(cls.worker == worker.id))
                .order_by(cls.id))

    @classmethod
    def published_list(cls):
        return (cls.select()
                .where(cls.published == True)  # noqa: E712  (peewee needs ==)
                .order_by(cls.received_at.desc()))


class AppealEvent(Base):
    """One line of an appeal's public timeline."""
    appeal = ForeignKeyField(Appeal, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    kind = CharField()  # received, published, routed, forwarded, extended, answered, closed, rated
    status = CharField()
    note = TextField(null=True)
    public = BooleanField(default=True)
    actor = ForeignKeyField(User, null=True)
