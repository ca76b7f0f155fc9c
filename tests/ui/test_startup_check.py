"""The start-up check: SQLite's quick check runs once the window is up, off the GUI thread; writes wait for
it, and a damaged file is never written to, with the user told why."""
import sqlite3
import threading

import pytest

from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.errors import StorageError
from ukpbj_desktop.store import db
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Application
from ukpbj_desktop.ui.main_window import MainWindow


def test_a_write_waits_while_the_check_runs_and_goes_on_when_it_passes(store):
    db.hold_writes()
    saved = []
    writer = threading.Thread(target=lambda: saved.append(db.write_transaction(lambda: 42)))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive() and saved == []  # waiting at the gate
    db.release_writes()
    writer.join(5)
    assert saved == [42]


def test_a_failed_check_refuses_every_later_write(store):
    db.hold_writes()
    db.release_writes(StorageError("rusak"))
    with pytest.raises(StorageError, match="rusak"):
        services.submit(store, application_input())
    assert Application.select().count() == 0


def damage_the_audit_trail(path):
    """Garbage over a page header of the audit trail (the register does not read it): its b-tree no longer reads."""
    database.close()
    with sqlite3.connect(path) as raw:
        page = raw.execute("SELECT pageno FROM dbstat WHERE name = 'audit_event' ORDER BY pageno LIMIT 1").fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\x37" * 12)


def test_a_damaged_file_is_shown_read_only_and_refuses_the_next_registration(store, tmp_path, qtbot, boxes):
    from ukpbj_desktop.store.bootstrap import open_store

    for n in range(1, 4):
        services.submit(store, application_input(nip=f"19650705199203100{n}"))
    path = tmp_path / "test.sqlite3"
    damage_the_audit_trail(path)
    operator = open_store(str(path))
    window = MainWindow(operator)
    qtbot.addWidget(window)
    window.show()
    shown, _answers = boxes
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].startswith("error: Berkas basis data ini rusak") and window.damage_label.isVisible()
    with pytest.raises(StorageError, match="tidak ada yang ditulis"):
        services.submit(operator, application_input(nip="196507051992031009"))


def test_a_sound_file_opens_for_writing_after_the_check(store, qtbot, boxes):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: db._gate.open.is_set() and not window.damage_label.isVisible(), timeout=5000)
    qtbot.wait(50)
    assert db._gate.refusal is None and boxes == ([], [])
    services.submit(store, application_input())
