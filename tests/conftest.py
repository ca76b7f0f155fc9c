"""Test configuration: headless Qt, and a fresh database per test."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the user's real data folder."""
    monkeypatch.setenv("UKPBJ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("UKPBJ_DB", raising=False)


@pytest.fixture
def store(tmp_path):
    """An empty, migrated, seeded database; yields the acting administrator."""
    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.store.db import database

    operator = open_store(str(tmp_path / "test.sqlite3"))
    yield operator
    database.close()
