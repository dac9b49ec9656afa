"""Counts for staff and the public: what arrived from the field, and (soon) each department's record."""
from peewee import fn

from db.models import Appeal, SyncLog


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
