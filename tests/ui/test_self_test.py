"""``ukpbj-desktop self-test`` passes on a sound install and names what is missing on a broken one."""
import os
import re
import shutil
import tempfile

import pytest

from ukpbj_desktop import cli
from ukpbj_desktop.config import DATA_ENV

CHECK_NAMES = ["basis data", "alur diterima", "alur ditolak", "slip serah terima", "Daftar Arsip",
               "jendela utama", "folder sementara"]


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """Where the self-test makes its temporary folder, to see that it is gone afterwards."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def self_test(capsys) -> tuple[int, list[str]]:
    status = cli.main(["self-test"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return status, captured.out.splitlines()


def test_every_check_passes_with_one_line_each_and_nothing_is_left_behind(qapp, capsys, temp_root, tmp_path):
    data_dir = os.environ[DATA_ENV]
    status, lines = self_test(capsys)
    assert status == 0, "\n".join(lines)
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok    {name}" for name in CHECK_NAMES]
    assert lines[-1] == "Uji mandiri lulus."
    accepted, rejected = lines[1], lines[2]
    assert re.search(r"027/0001/UKPBJ/\d{4}: 6 langkah, akun \d{18}, arsip ARS/\d{4}/00001", accepted)
    assert re.search(r"027/0002/UKPBJ/\d{4}: 6 langkah, .*arsip ARS/\d{4}/00002", rejected)
    assert "register menampilkan 2 permohonan" in lines[5]
    assert "Agenda No." in lines[5]
    assert list(temp_root.iterdir()) == []
    assert os.environ[DATA_ENV] == data_dir
    assert not (tmp_path / "settings").exists(), "the window's layout went to the user's settings"


def test_missing_migration_scripts_fail_the_first_check_and_stop_the_run(qapp, capsys, temp_root, monkeypatch,
                                                                           tmp_path):
    from ukpbj_desktop.store import migrations

    empty = tmp_path / "no-migrations"
    empty.mkdir()
    monkeypatch.setattr(migrations, "DIRECTORY", empty)
    status, lines = self_test(capsys)
    assert status == 1
    assert lines[0] == f"GAGAL basis data: tidak ada skrip migrasi di {empty}"
    assert lines[1].startswith("ok    folder sementara:")
    assert lines[-1] == "Uji mandiri GAGAL."
    assert list(temp_root.iterdir()) == []


def test_a_missing_resource_is_named_with_where_it_was_needed(qapp, capsys, temp_root, monkeypatch, tmp_path):
    from ukpbj_desktop.store import bootstrap

    monkeypatch.setattr(bootstrap, "resources_dir", lambda: tmp_path / "no-resources")
    status, lines = self_test(capsys)
    assert status == 1
    assert re.fullmatch(r"GAGAL basis data: FileNotFoundError: .*certificates\.json'? \(di bootstrap\.py:\d+\)",
                        lines[0]), lines[0]
    assert list(temp_root.iterdir()) == []


def test_a_missing_translation_catalogue_fails_the_window_check_after_the_others_passed(qapp, capsys, temp_root,
                                                                                       monkeypatch, tmp_path):
    from ukpbj_desktop.ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "no-translations")
    status, lines = self_test(capsys)
    assert status == 1
    assert [line.startswith("ok    ") for line in lines[:5]] == [True] * 5
    missing = tmp_path / "no-translations"
    assert lines[5] == f"GAGAL jendela utama: katalog terjemahan 'en' tidak termuat dari {missing}"
    assert lines[6].startswith("ok    folder sementara:")


def test_a_missing_catalogue_of_qt_texts_fails_the_window_check(qapp, capsys, temp_root, monkeypatch, tmp_path):
    from ukpbj_desktop.ui import i18n

    partial = tmp_path / "translations"
    partial.mkdir()
    for qm in i18n.translations_dir().glob("ukpbj_*.qm"):
        shutil.copy(qm, partial)
    monkeypatch.setattr(i18n, "translations_dir", lambda: partial)
    status, lines = self_test(capsys)
    assert status == 1
    assert lines[5] == f"GAGAL jendela utama: katalog teks Qt 'id' (qtbase_id) tidak termuat dari {partial}"
