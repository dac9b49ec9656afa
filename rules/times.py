"""Time in one place: stored as naive UTC, counted in Aqtau's local days, written as ISO 8601.

SQLite and PostgreSQL both keep a naive timestamp exactly as given, so every
stored moment is naive UTC; deadlines count local (Asia/Aqtau, UTC+5) dates.
"""
import datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Aqtau")
UTC = datetime.timezone.utc


def utcnow():
    """Now, as naive UTC: the form every stored time takes."""
    return datetime.datetime.now(UTC).replace(tzinfo=None)


def local_today():
    """Today's date in Mangystau, the day a deadline counts from."""
    return datetime.datetime.now(LOCAL_TZ).date()


def to_local_date(moment):
    """The Aqtau date of a stored (naive UTC) moment."""
    return moment.replace(tzinfo=UTC).astimezone(LOCAL_TZ).date()


def to_naive_utc(moment):
    """An aware moment as stored; a naive one is taken to be Aqtau time, as a phone's clock would be."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(UTC).replace(tzinfo=None)


def iso_utc(moment):
    """A stored moment as ISO 8601 with Z ("2026-11-27T05:20:11Z"); empty for none."""
    return moment.replace(microsecond=0).isoformat() + "Z" if moment else ""


def iso_offset(moment):
    """A stored moment as ISO 8601 with +00:00, as GeoReport's schema expects; None for none."""
    return moment.replace(tzinfo=UTC).isoformat() if moment else None
