"""Schema migrations, applied in file-name order by db.migrate.upgrade()."""
