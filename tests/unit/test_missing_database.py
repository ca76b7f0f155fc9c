"""A mistyped path is refused: no command creates folders and an empty register there and then reports "ok"."""
import pytest

from ukpbj_desktop.cli import main
from ukpbj_desktop.store.db import database


@pytest.fixture
def missing(tmp_path):
    return tmp_path / "arsip-lama" / "ukpbj.sqlte3"  # a folder that does not exist, a name typed wrong


@pytest.mark.parametrize("command", [["check"], ["export-register", "--out", "{out}.csv"],
                                     ["export-archive", "--out", "{out}.pdf"], ["backup", "--out", "{out}.zip"]])
def test_a_command_on_a_missing_database_says_so_and_creates_nothing(missing, tmp_path, capsys, command):
    argv = [part.format(out=tmp_path / "hasil") for part in command]
    assert main([*argv, "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"Basis data tidak ditemukan: {missing}." in err and "Traceback" not in err
    assert not missing.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_demo_still_starts_a_new_database_where_it_is_told(tmp_path):
    target = tmp_path / "baru" / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--requests", "3"]) == 0
    database.close()
    assert target.is_file()
