"""Fixtures for the core's unit tests."""
import pytest


@pytest.fixture
def sql_log(monkeypatch) -> list[str]:
    """The SQL the open database runs from the moment it is asked for (the list fills as queries run)."""
    from ukpbj_desktop.store.db import database

    queries: list[str] = []
    run = database.obj.execute_sql

    def logged(sql, *args, **kwargs):
        queries.append(sql)
        return run(sql, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", logged)
    return queries


@pytest.fixture
def migration_script():
    """Load one migration script by name, as the Runner does, so a test can run its ``up`` or ``down`` again."""
    from playhouse.migrations import Migration

    from ukpbj_desktop.store import migrations

    def load(name):
        [script] = [m for m in Migration.load_directory(str(migrations.DIRECTORY)) if m.name == name]
        return script.load()

    return load
