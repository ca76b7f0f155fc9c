"""The export commands, in a terminal and as the GUI's worker process."""
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from tests.factories import advance, application_input
from ukpbj_desktop import cli, demo, services
from ukpbj_desktop.cli import main
from ukpbj_desktop.documents import exports
from ukpbj_desktop.queries.archive import ArchiveFilter
from ukpbj_desktop.queries.register import RegisterFilter
from ukpbj_desktop.store.models import Application, ArchiveRecord

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE_NUMBER = re.compile(r"ARS/\d{4}/\s*\d{5}")  # the column may wrap the number after a slash


def archived(operator, serial, received, classification, box):
    """A file received on ``received`` and archived under ``classification`` in ``box``."""
    app = services.submit(operator, application_input(
        nip=f"19650705 199203 1 {serial:03d}", name=f"Pemohon Nomor {chr(64 + serial)}", received_at=received))
    app = advance(operator, app, "archive")
    services.archive(operator, app, services.ArchiveInput(classification, f"Berkas akun PPK {serial}", "2024",
                                                          box_no=box, room="Ruang Arsip"))
    return ArchiveRecord.get(ArchiveRecord.application == app.id).archive_number


@pytest.fixture
def office(store, tmp_path):
    """Records of two agenda years under two classifications: the database and (year, code, number)s."""
    kinds = [(2024, "027"), (2024, "000.3.5"), (2025, "027"), (2024, "027"), (2025, "000.3.5")]
    records = [(year, code, archived(store, serial, dt.datetime(year, 3, serial, 9), code, str(serial)))
               for serial, (year, code) in enumerate(kinds, 1)]
    return SimpleNamespace(db=str(tmp_path / "test.sqlite3"), records=records)


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def listed_numbers(path):
    return sorted(re.sub(r"\s", "", n) for n in ARCHIVE_NUMBER.findall(pdf_text(path)))


def test_export_archive_lists_exactly_the_filtered_records(office, tmp_path):
    out = tmp_path / "arsip-2024-027.pdf"
    assert main(["export-archive", "--db", office.db, "--out", str(out), "--year", "2024",
                 "--classification", "027"]) == 0
    expected = sorted(n for year, code, n in office.records if (year, code) == (2024, "027"))
    assert len(expected) == 2 and listed_numbers(out) == expected  # each once, the others not at all


def test_export_archive_follows_the_given_sort_and_names_its_maker(office, store, tmp_path):
    out = tmp_path / "arsip.pdf"
    assert main(["export-archive", "--db", office.db, "--out", str(out), "--sort", "box_no", "--descending",
                 "--operator", store.username]) == 0
    text = pdf_text(out)
    numbers = [re.sub(r"\s", "", n) for n in ARCHIVE_NUMBER.findall(text)]
    assert numbers == [n for _, _, n in office.records][::-1]  # boxes 5, 4, 3, 2, 1
    assert "Yang membuat," in text and store.full_name in text


def test_export_archive_by_an_unknown_operator_is_a_user_error(office, tmp_path, capsys):
    assert main(["export-archive", "--db", office.db, "--out", str(tmp_path / "a.pdf"), "--operator", "siapa"]) == 2
    assert "siapa" in capsys.readouterr().err


def test_export_dossier_by_agenda_number(office, tmp_path):
    app = Application.get(Application.year == 2025)
    out = tmp_path / "dosir.pdf"
    assert main(["export-dossier", "--db", office.db, "--out", str(out), "--agenda", app.agenda_number]) == 0
    text = pdf_text(out)
    record = ArchiveRecord.get(ArchiveRecord.application == app.id)
    assert app.agenda_number in text and app.applicant.name in text and record.archive_number in text


def test_unknown_agenda_number_is_a_user_error_not_a_traceback(office, tmp_path, capsys):
    out = tmp_path / "dosir.pdf"
    assert main(["export-dossier", "--db", office.db, "--out", str(out), "--agenda", "027/9999/UKPBJ/2024"]) == 2
    err = capsys.readouterr().err
    assert "Nomor agenda 027/9999/UKPBJ/2024 tidak ditemukan." in err and "Traceback" not in err
    assert not out.exists()


def register_lines(office, out, *options):
    assert main(["export-register", "--db", office.db, "--out", str(out), *options]) == 0
    return out.read_text(encoding="utf-8-sig").splitlines()


def test_export_register_takes_every_filter_the_register_view_has(office, tmp_path):
    out = tmp_path / "register.csv"
    unit = "Dinas Pekerjaan Umum dan Penataan Ruang"
    lines = register_lines(office, out, "--year", "2025", "--state", "archived", "--work-unit", unit)
    assert len(lines) == 1 + Application.select().where(Application.year == 2025).count() == 3
    # archived: at no step
    assert register_lines(office, out, "--year", "2025", "--step", "check_completeness") == lines[:1]


def worker(db, *command):
    """The export as the GUI runs it: a child process in --worker mode, its stdin a pipe."""
    return subprocess.Popen([sys.executable, "-m", "ukpbj_desktop", *command, "--db", db, "--worker"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)


def test_worker_prints_progress_lines_then_done(office, tmp_path):
    out = tmp_path / "arsip.pdf"
    process = worker(office.db, "export-archive", "--out", str(out), "--year", "2024")
    lines = process.stdout.read().splitlines()  # stdin stays open: closing it would cancel
    assert process.wait(60) == 0, process.stderr.read()
    process.stdin.close()
    *progress, last = lines
    assert last == "done 3" and progress
    done = [int(m.group(1)) for m in (re.fullmatch(r"progress (\d+) 1000", line) for line in progress) if m]
    assert len(done) == len(progress) and done == sorted(done) and done[-1] == 1000
    assert len(listed_numbers(out)) == 3


def test_worker_reports_a_user_error_as_one_json_line(office, tmp_path):
    process = worker(office.db, "export-dossier", "--out", str(tmp_path / "d.pdf"), "--agenda", "nope")
    stdout, _ = process.communicate(timeout=60)
    assert process.returncode == 2
    word, payload = stdout.strip().split(" ", 1)
    error = json.loads(payload)
    assert word == "error" and error["context"] == "Validation"
    assert error["text"] == "Nomor agenda {number} tidak ditemukan." and error["params"] == {"number": "nope"}


def no_output_file(out):
    return not out.exists() and [p.name for p in out.parent.iterdir() if p.suffix == ".part"] == []


def test_closing_the_workers_stdin_mid_run_cancels_it_and_leaves_no_file(store, tmp_path):
    demo.generate(4000, today=dt.date(2026, 1, 10))  # a few hundred pages: time enough to cancel
    out = tmp_path / "arsip.pdf"
    process = worker(str(tmp_path / "test.sqlite3"), "export-archive", "--out", str(out))
    assert process.stdout.readline().startswith("progress ")
    process.stdin.close()  # what the GUI's Cancel does, and what happens when the GUI goes away
    rest = process.stdout.read()
    assert process.wait(60) == 3, process.stderr.read()
    assert "done" not in rest and no_output_file(out)


def test_a_cancel_line_stops_the_worker(office, tmp_path):
    out = tmp_path / "register.xlsx"
    process = worker(office.db, "export-register", "--out", str(out))
    process.stdin.write("cancel\n")
    process.stdin.flush()  # and stdin stays open: the line alone must stop it
    stdout = process.stdout.read()
    assert process.wait(60) == 3 and "done" not in stdout and no_output_file(out)
    process.stdin.close()


def test_an_unexpected_failure_in_worker_mode_is_logged_and_reported_in_general_terms(office, tmp_path, monkeypatch,
                                                                                       capsys, caplog):
    def broken(*args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "_watch_stdin", lambda stop: None)  # pytest's stdin is no pipe
    monkeypatch.setattr(exports, "export_register", broken)
    assert main(["export-register", "--db", office.db, "--out", str(tmp_path / "r.csv"), "--worker"]) == 1
    word, payload = capsys.readouterr().out.strip().split(" ", 1)
    error = json.loads(payload)
    assert word == "error" and "tidak terduga" in error["text"] and "a bug" not in payload
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)


@pytest.mark.parametrize("flt", [RegisterFilter(), RegisterFilter(text="Budi 1965", state="in_progress",
                                                                  decision="rejected", step="check_completeness",
                                                                  year=2026, work_unit="Dinas Kesehatan"),
                                 RegisterFilter(decision="")])  # not decided yet
def test_register_options_read_back_as_the_same_filter(flt):
    args = cli._parser().parse_args(["export-register", "--out", "r.csv", *cli.register_options(flt)])
    assert cli.register_filter(args) == flt


@pytest.mark.parametrize("flt", [ArchiveFilter(), ArchiveFilter(text="027", year=2025, classification="000.3.5",
                                                                box="12", location="Ruang A", disposition="musnah",
                                                                retention="either", retention_year=2030),
                                 ArchiveFilter(unplaced=True)])
def test_archive_options_read_back_as_the_same_filter(flt):
    args = cli._parser().parse_args(["export-archive", "--out", "a.pdf", *cli.archive_options(flt)])
    assert cli.archive_filter(args) == flt
