"""Counts for staff and the public: what arrived from the field, and each department's record."""
from peewee import fn

from db.models import OPEN_STATUSES, Appeal, Department, District, OutreachEvent, Settlement, SyncLog
from rules.record import AppealFacts, department_record, per_1000
from rules.times import local_today, to_local_date


def field_counts(column):
    """{key: count} of appeals grouped by a column, and of those flagged for the phone's clock."""
    rows = (Appeal.select(column, fn.COUNT(Appeal.id), fn.SUM(Appeal.clock_flagged.cast("integer")))
            .where(column.is_null(False)).group_by(column).tuples())
    return {key: (count, int(flagged or 0)) for key, count, flagged in rows}


def log_counts(column):
    """{key: {status: count}} of sync log lines (resends, refusals) grouped by a column."""
    rows = (SyncLog.select(column, SyncLog.status, fn.COUNT(SyncLog.id))
            .where(column.is_null(False)).group_by(column, SyncLog.status).tuples())
    out = {}
    for key, status, count in rows:
        out.setdefault(key, {})[status] = count
    return out


def period_bounds(start, end):
    """Aqtau dates from and to (either may be None), as the received_on bounds of a query."""
    clauses = []
    if start is not None:
        clauses.append(Appeal.received_on >= start)
    if end is not None:
        clauses.append(Appeal.received_on <= end)
    return clauses


def department_records(start=None, end=None, today=None):
    """Every department's record over the appeals received in the period (CONTRACT §3)."""
    today = today or local_today()
    query = (Appeal.select(Department.code, Appeal.received_on, Appeal.due_on, Appeal.answered_at,
                           Appeal.status, Appeal.extension_reason, Appeal.rating, Appeal.answer_formal)
             .join(Department))
    for clause in period_bounds(start, end):
        query = query.where(clause)
    by_department = {d.code: [] for d in Department.select(Department.code).order_by(Department.id)}
    for code, received_on, due_on, answered_at, status, extension, rating, formal in query.tuples().iterator():
        by_department.setdefault(code, []).append(AppealFacts(
            department=code, received_on=received_on, due_on=due_on,
            answered_on=to_local_date(answered_at) if answered_at else None,
            is_open=status in OPEN_STATUSES, extended=extension is not None, rating=rating,
            flagged_formal=bool(formal)))
    return [department_record(code, facts, today) for code, facts in by_department.items()]


def district_records(start=None, end=None):
    """Every district's appeals (and per 1,000 residents), ballots and outreach visits in the period."""
    appeals = (Appeal.select(District.code, fn.COUNT(Appeal.id))
               .join(Settlement).join(District).group_by(District.code))
    for clause in period_bounds(start, end):
        appeals = appeals.where(clause)
    appeals = dict(appeals.tuples())
    visits = (OutreachEvent.select(District.code, fn.COUNT(OutreachEvent.id))
              .join(Settlement).join(District).group_by(District.code))
    if start is not None:
        visits = visits.where(OutreachEvent.held_on >= start)
    if end is not None:
        visits = visits.where(OutreachEvent.held_on <= end)
    visits = dict(visits.tuples())
    # Ballots arrive with the participatory budget; until then none was cast anywhere.
    return [{"code": d.code, "appeals": appeals.get(d.code, 0),
             "appeals_per_1000": per_1000(appeals.get(d.code, 0), d.population),
             "ballots": 0, "outreach_visits": visits.get(d.code, 0)}
            for d in District.select().order_by(District.id)]
