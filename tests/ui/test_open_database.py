"""Starting the window on a database file the user named but that is not there asks first: a typo never
silently begins a new, empty register."""
import sys

import pytest

from ukpbj_desktop import app
from ukpbj_desktop.ui.widgets import messages


@pytest.fixture
def asked(monkeypatch):
    """The questions the start-up asked, answered No."""
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, destructive=False:
                        questions.append((title, text)) and False)
    return questions


def test_a_missing_named_file_is_asked_about_and_no_means_nothing_is_created(tmp_path, asked, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start-up installs its own: give pytest's back
    missing = tmp_path / "arsip-lama" / "ukpbj.sqlte3"
    assert app.run_gui(str(missing), "id") == 2
    [(title, text)] = asked
    assert title == "Basis data tidak ditemukan" and str(missing) in text
    assert not missing.parent.exists()


def test_the_same_question_through_the_environment_variable(tmp_path, asked, monkeypatch):
    missing = tmp_path / "ukpbj.sqlte3"
    monkeypatch.setenv("UKPBJ_DB", str(missing))
    assert not app._may_create(None)
    assert asked and not missing.exists()


def test_an_existing_file_or_the_default_database_opens_without_a_question(store, tmp_path, asked, monkeypatch):
    monkeypatch.delenv("UKPBJ_DB", raising=False)
    assert app._may_create(str(tmp_path / "test.sqlite3"))  # the store fixture's file
    assert app._may_create(None)  # the data folder's own file: a first start creates it
    assert asked == []


def test_a_locked_database_gets_its_message_in_the_window_not_a_traceback(store, tmp_path, monkeypatch, qapp):
    import sqlite3

    from ukpbj_desktop.store import db as store_db
    from ukpbj_desktop.store.db import database

    database.close()
    monkeypatch.setattr(store_db, "SQLITE_PRAGMAS", tuple((name, 200 if name == "busy_timeout" else value)
                                                          for name, value in store_db.SQLITE_PRAGMAS))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, exc: shown.append(exc.message()))
    holder = sqlite3.connect(tmp_path / "test.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert app.run_gui(str(tmp_path / "test.sqlite3"), "id") == 2
    finally:
        holder.rollback()
        holder.close()
    [text] = shown
    assert text.startswith("Basis data sedang dipakai proses lain")
