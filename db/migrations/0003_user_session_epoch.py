"""Staff sessions that sign-out and a password reset can end: a session epoch on each user.

Frozen: raw SQL, no live model. Users already there get an empty epoch, so
their old cookies stop working; the next sign-in gives them a random one.
"""


def up(database):
    # A 0001 that still builds its tables from the live models has made the column already.
    if "session_epoch" in {column.name for column in database.get_columns("user")}:
        return
    database.execute_sql("ALTER TABLE \"user\" ADD COLUMN session_epoch VARCHAR(255) NOT NULL DEFAULT ''")
