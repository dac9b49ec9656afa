"""Appeals and their timeline. Named queries live on the model they read, one clause per line."""
import functools

from peewee import (
    JOIN,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    PostgresqlDatabase,
    TextField,
    fn,
)

from db import database
from db.models.base import Base
from db.models.outreach import Device, OutreachEvent
from db.models.places import Category, Department, District, Settlement
from db.models.staff import ApiKey, User
from rules import deadlines
from rules.times import to_local_date, utcnow

OPEN_STATUSES = ("new", "in_progress", "forwarded")  # not yet answered or closed
CLOSED_STATUSES = ("answered", "closed")
# Counting working days walks the calendar day by day: for an appeal two years overdue that is
# 500 steps, twice per row of a staff queue. The same (due, today) pairs come back all day.
_days_left = functools.lru_cache(maxsize=4096)(deadlines.days_left)


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
        return _days_left(self.due_on, today)

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
    def card_columns(cls):
        """What a card or a queue row shows, and no more: making a row with all of the
        appeal's, category's and settlement's columns costs more than the query."""
        return (cls.id, cls.ref, cls.status, cls.published, cls.text, cls.public_text, cls.received_at,
                cls.due_on, cls.answered_at, cls.category, cls.settlement, cls.department,
                Category.id, Category.code, Category.name_kk, Category.name_ru, Category.name_en,
                Settlement.id, Settlement.code, Settlement.name_kk, Settlement.name_ru, Settlement.name_en)

    @classmethod
    def staff_queue(cls, queue, my_department, today, only_department=None):
        """One of the staff queues (new, mine, overdue, all), soonest deadline first.

        Each queue reads one index in its order (see Meta and the partial indexes
        below), and the category and settlement come in the same query.
        """
        query = (cls.select(*cls.card_columns())
                 .join(Category)
                 .switch(cls)
                 .join(Settlement)
                 .switch(cls)
                 .order_by(cls.due_on, cls.received_at))
        for condition in cls._queue_conditions(queue, my_department, today, only_department):
            query = query.where(condition)
        return query

    @classmethod
    def _queue_conditions(cls, queue, my_department, today, only_department):
        conditions = []
        if only_department is not None:
            conditions.append(cls.department == only_department)
        if queue == "new":
            conditions.append(cls.status == "new")
        elif queue == "mine":
            conditions += [cls.department == my_department, cls.status.in_(OPEN_STATUSES)]
        elif queue == "overdue":
            conditions.append(cls.overdue(today))
        return conditions

    @classmethod
    def staff_queue_total(cls, queue, my_department, today, only_department=None):
        """How many appeals a queue holds: from the tally, but for overdue, which depends on today.

        Overdue appeals are counted in the partial index of open appeals, which
        holds only the open ones: a short list when the akimat keeps up.
        """
        if queue == "overdue":
            query = cls.select()
            for condition in cls._queue_conditions(queue, my_department, today, only_department):
                query = query.where(condition)
            return query.count()
        department = only_department
        if queue == "mine":
            if my_department is None or (department is not None and department != my_department):
                return 0  # no department of one's own, or one that is not the only one shown
            department = my_department
        return AppealTally.total(
            department=department,
            statuses=("new",) if queue == "new" else OPEN_STATUSES if queue == "mine" else None)

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

    @classmethod
    def published_cards(cls, category=None, settlement=None, status=None):
        """Published appeals, newest first, with their category and settlement for the cards.

        Filters take the category and settlement rows (or ids), so that the
        database walks one index (published, category, received_at) rather than
        joining first to compare codes.
        """
        query = (cls.published_list()
                 .select(*cls.card_columns())
                 .join(Category)
                 .switch(cls)
                 .join(Settlement)
                 .switch(cls))
        if category is not None:
            query = query.where(cls.category == category)
        if settlement is not None:
            query = query.where(cls.settlement == settlement)
        if status:
            query = query.where(cls.status == status)
        return query

    class Meta:
        # The list pages' orders; 0004_list_indexes.py makes the same on a database made before.
        indexes = (
            (("published", "received_at"), False),
            (("published", "category", "received_at"), False),
            (("published", "settlement", "received_at"), False),
            (("published", "status", "received_at"), False),
            (("due_on", "received_at"), False),
        )


# The staff queues of open appeals read these partial indexes, which hold only the open rows.
Appeal.add_index(Appeal.index(Appeal.due_on, Appeal.received_at, name="appeal_open_due_on")
                 .where(Appeal.status.in_(OPEN_STATUSES)))
Appeal.add_index(Appeal.index(Appeal.department, Appeal.due_on, Appeal.received_at,
                              name="appeal_open_department_id_due_on")
                 .where(Appeal.status.in_(OPEN_STATUSES)))


class AppealTally(Base):
    """How many appeals there are, by published, status, category, settlement and department.

    Counting a million rows for every list page is too slow, so the database
    keeps this tally itself: triggers made by migration 0003 add a row of +1
    for each new appeal and -1/+1 when one of these columns changes, so every
    road that writes an appeal (form, sync, Open311, staff, a bulk load) is
    counted, and no writer ever waits for another's counter row. A total is the
    sum over a few thousand rows; when the rows grow past COMPACT_AFTER, the
    reader folds them into one per kind.
    """
    published = BooleanField()
    status = CharField()
    category_id = IntegerField()
    settlement_id = IntegerField()
    department_id = IntegerField()
    n = IntegerField()

    COMPACT_AFTER = 5000
    KINDS = ("published", "status", "category_id", "settlement_id", "department_id")

    class Meta:
        table_name = "appealtally"

    @classmethod
    def total(cls, published=None, category=None, settlement=None, department=None, statuses=None):
        query = cls.select(fn.COALESCE(fn.SUM(cls.n), 0), fn.COUNT(cls.id))
        if published is not None:
            query = query.where(cls.published == published)
        for column, value in ((cls.category_id, category), (cls.settlement_id, settlement),
                              (cls.department_id, department)):
            if value is not None:
                query = query.where(column == getattr(value, "id", value))
        if statuses is not None:
            query = query.where(cls.status.in_(statuses))
        total, rows = query.tuples().get()
        if rows > cls.COMPACT_AFTER:
            cls.compact()
        return int(total)

    @classmethod
    def by_status(cls):
        """{status: how many appeals}, published or not; a status no appeal has now is left out."""
        return {status: int(n) for status, n in
                cls.select(cls.status, fn.SUM(cls.n)).group_by(cls.status).tuples() if n}

    @classmethod
    def compact(cls):
        """Fold the tally into one row per kind; no count is lost while writers keep adding rows."""
        kinds = ", ".join(cls.KINDS)
        if isinstance(database.obj, PostgresqlDatabase):
            # One statement, one snapshot: exactly the rows it deletes are summed, and rows that
            # writers add meanwhile (not yet visible to it) stay as they are.
            database.execute_sql(
                f"WITH gone AS (DELETE FROM appealtally RETURNING {kinds}, n) "
                f"INSERT INTO appealtally ({kinds}, n) "
                f"SELECT {kinds}, SUM(n) FROM gone GROUP BY {kinds} HAVING SUM(n) <> 0")
            return
        # SQLite has one writer at a time: an IMMEDIATE transaction holds it from the first read.
        with database.atomic("IMMEDIATE"):
            last = cls.select(fn.MAX(cls.id)).scalar() or 0
            database.execute_sql(
                f"INSERT INTO appealtally ({kinds}, n) SELECT {kinds}, SUM(n) FROM appealtally "
                f"WHERE id <= ? GROUP BY {kinds} HAVING SUM(n) <> 0", (last,))
            cls.delete().where(cls.id <= last).execute()


class AppealEvent(Base):
    """One line of an appeal's public timeline."""
    appeal = ForeignKeyField(Appeal, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    kind = CharField()  # received, published, routed, forwarded, extended, answered, closed, rated
    status = CharField()
    note = TextField(null=True)
    public = BooleanField(default=True)
    actor = ForeignKeyField(User, null=True)
