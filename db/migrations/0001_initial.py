"""The first schema: reference data, staff, appeals and their timeline, the audit log."""
from db import models

TABLES = [models.District, models.Settlement, models.Department, models.Category, models.User,
          models.Device, models.OutreachEvent, models.ApiKey, models.Appeal, models.AppealEvent,
          models.AuditLog]


def up(database):
    database.create_tables(TABLES, safe=True)
