"""The first schema: reference data, staff, appeals and their timeline, the audit log."""
from db import models


def up(database):
    database.create_tables([m for m in models.ALL if m is not models.SchemaVersion], safe=True)
