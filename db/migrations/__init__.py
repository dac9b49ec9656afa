"""Schema migrations, applied in file-name order by db.migrate.upgrade().

Each one is frozen: it defines the tables it makes or changes itself and never
imports db.models, so it builds the same schema next year as on the day it was
written. tests/test_migrations.py runs them all from empty and compares the
result with db.models.ALL, so a model change without its migration fails there.
"""
