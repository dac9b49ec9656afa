"""Staff sessions that sign-out and a password reset can end: a session epoch on each user.

Frozen: raw SQL, no live model. Users already there get an empty epoch, so
their old cookies stop working; the next sign-in gives them a random one.
"""


def up(database):
    database.execute_sql("ALTER TABLE \"user\" ADD COLUMN session_epoch VARCHAR(255) NOT NULL DEFAULT ''")
