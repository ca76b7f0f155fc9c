"""`check` reports every kind of damage as a readable line with a non-zero exit, never a traceback, and
writes nothing to a damaged file."""
import random
import shutil
import sqlite3

import pytest

from ukpbj_desktop.cli import main
from ukpbj_desktop.store.db import database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--requests", "300"]) == 0
    database.close()
    return path


def check(path, capsys):
    code = main(["check", "--db", str(path)])
    database.close()
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out + captured.err


def test_a_sound_demo_register_is_whole(demo_file, capsys):
    code, out = check(demo_file, capsys)
    assert code == 0
    assert all(f"{name}: utuh" in out for name in ("basis data", "alur SOP", "jejak audit", "pindaian"))


OVERWRITES = [(n, size) for n, size in enumerate([256, 1024, 4096, 8192] * 4)]


def dump(path):
    with sqlite3.connect(path) as raw:
        return list(raw.iterdump())


@pytest.mark.parametrize("n, size", OVERWRITES)
def test_noise_over_the_middle_of_the_file_is_reported_and_nothing_is_written(demo_file, tmp_path, capsys, n, size):
    """Noise that lands on records or their structure is reported; noise over a page's free space harms
    nothing, and then the file must read back exactly as before."""
    path = tmp_path / "damaged.sqlite3"
    shutil.copy(demo_file, path)
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size * (n + 1) // (len(OVERWRITES) + 1))
        handle.write(random.Random(n).randbytes(size))
    damaged = path.read_bytes()
    code, out = check(path, capsys)
    if code == 0:
        assert dump(path) == dump(demo_file)
    else:
        assert "rusak" in out or "integrity" in out
    assert path.read_bytes() == damaged  # no upgrade, no seeding, no repair attempt wrote to it


def test_a_state_edited_outside_the_app_disagrees_with_its_step_log(demo_file, tmp_path, capsys):
    path = tmp_path / "edited.sqlite3"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as raw:
        agenda = raw.execute("SELECT agenda_number FROM application WHERE decision = 'rejected' LIMIT 1").fetchone()[0]
        raw.execute("UPDATE application SET decision = 'accepted', state = 'accepted' WHERE agenda_number = ?",
                    (agenda,))
    code, out = check(path, capsys)
    assert code == 1 and f"permohonan {agenda}: tercatat" in out


def test_a_damaged_search_index_is_reported(demo_file, tmp_path, capsys):
    path = tmp_path / "search.sqlite3"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE application_search_data SET block = randomblob(length(block)) WHERE id > 10")
    code, out = check(path, capsys)
    assert code == 1 and "indeks pencarian application_search rusak" in out
