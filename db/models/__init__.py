"""The tables, one module per area; everything is importable from db.models."""
from db.models.appeals import CLOSED_STATUSES, OPEN_STATUSES, Appeal, AppealEvent, AppealTally
from db.models.base import Base, SchemaVersion
from db.models.outreach import Device, OutreachEvent
from db.models.places import Category, Department, District, Settlement
from db.models.staff import ApiKey, AuditLog, User
from db.models.sync import SyncLog

ALL = [SchemaVersion, District, Settlement, Department, Category, User, Device,
       OutreachEvent, ApiKey, Appeal, AppealEvent, AppealTally, AuditLog, SyncLog]

__all__ = ["ALL", "CLOSED_STATUSES", "OPEN_STATUSES", "ApiKey", "Appeal", "AppealEvent", "AppealTally", "AuditLog",
           "Base", "Category", "Department", "Device", "District", "OutreachEvent", "SchemaVersion", "Settlement",
           "SyncLog", "User"]
