"""Storage: the connection, models, migrations, settings, backups; the only place that knows the database."""
