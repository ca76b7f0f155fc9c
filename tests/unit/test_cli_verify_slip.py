"""`ukpbj-desktop verify-slip CODE`: is a paper slip genuine and current? One line, exit 0 or 1."""
import sqlite3

import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import services
from ukpbj_desktop.cli import main
from ukpbj_desktop.store.db import database


@pytest.fixture
def slip(store, tmp_path):
    """A file handed over with slip AAAAA-BBBBB; the database path and the application."""
    app = advance(store, services.submit(store, application_input()), "hand_over")
    services.record_slip(store, app, "AAAAA-BBBBB")
    return str(tmp_path / "test.sqlite3"), app


def answer(capsys, *argv):
    code = main(["verify-slip", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    lines = out.strip().splitlines()
    assert len(lines) == 1, out
    return code, lines[0]


def test_a_genuine_current_slip_is_confirmed(slip, capsys):
    db, app = slip
    code, line = answer(capsys, "aaaaa bbbbb", "--db", db)
    assert code == 0
    assert line.startswith("Slip asli dan berlaku: ") and app.agenda_number in line
    assert "19650705 199203 1 023" in line


def test_a_scanned_qr_code_is_checked_against_its_agenda_number(slip, capsys):
    db, app = slip
    assert answer(capsys, f"UKPBJ-SLIP|{app.agenda_number}|AAAAA-BBBBB", "--db", db)[0] == 0
    code, line = answer(capsys, "UKPBJ-SLIP|027/9999/UKPBJ/2026|AAAAA-BBBBB", "--db", db)
    assert code == 1 and line.startswith("Kode tidak dikenal")


def test_a_replaced_slip_is_not_current(slip, store, capsys):
    db, app = slip
    services.record_slip(store, app, "CCCCC-DDDDD")
    code, line = answer(capsys, "AAAAA-BBBBB", "--db", db)
    assert code == 1 and line.startswith("Slip tidak berlaku lagi") and "diganti cetak ulang" in line
    assert answer(capsys, "CCCCC-DDDDD", "--db", db)[0] == 0


@pytest.mark.parametrize("typed", ["ZZZZZ-ZZZZZ", "", "x", "UKPBJ-SLIP|a|b|c", "\u0000\u202e"])
def test_an_unknown_or_malformed_code_is_answered_in_one_line(slip, capsys, typed):
    db, _app = slip
    code, line = answer(capsys, typed, "--db", db)
    assert code == 1 and line


def test_a_missing_database_is_reported_and_not_created(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "ukpbj.sqlite3"
    code, line = answer(capsys, "AAAAA-BBBBB", "--db", str(missing))
    assert code == 1 and line.startswith(f"Basis data tidak ditemukan: {missing}.")
    assert not missing.parent.exists()  # nor its folder


def test_a_locked_or_damaged_database_is_answered_without_a_traceback(slip, tmp_path, capsys):
    db, _app = slip
    database.close()
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA busy_timeout = 0")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, line = answer(capsys, "AAAAA-BBBBB", "--db", db)
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and "sedang dipakai proses lain" in line
    damaged = tmp_path / "rusak.sqlite3"
    damaged.write_bytes(b"bukan basis data" * 100)
    code, line = answer(capsys, "AAAAA-BBBBB", "--db", str(damaged))
    assert code == 1 and "rusak" in line
