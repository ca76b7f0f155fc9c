"""Long exports in a child process: progress, result, cancel, errors, as the user sees them."""
from __future__ import annotations

import json
import logging
import os
import sys
import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QPushButton, QWidget

from ukpbj_desktop import config
from ukpbj_desktop.errors import StorageError, UserError, ValidationError
from ukpbj_desktop.store import db
from ukpbj_desktop.ui.widgets import export_runner
from ukpbj_desktop.ui.widgets.export_runner import ExportRunner, rebuild_error, worker_program

# A stand-in for the CLI's --worker mode: `MODE --out FILE [--pages N] --worker`.
FAKE_WORKER = r'''
import json, os, sys, threading, time
args = sys.argv[1:]
mode, out = args[0], args[args.index("--out") + 1]
pages = int(args[args.index("--pages") + 1]) if "--pages" in args else 5
stop = threading.Event()

def watch_stdin():
    for line in sys.stdin:
        if line.strip() == "cancel":
            break
    stop.set()

if mode != "stubborn":
    threading.Thread(target=watch_stdin, daemon=True).start()
if mode == "crash":
    print("progress 1 10", flush=True)
    print("Traceback (most recent call last):\nZeroDivisionError: division by zero", file=sys.stderr, flush=True)
    sys.exit(1)
if mode == "user-error":
    error = {"context": "Storage", "text": "Disk penuh: berkas {name} tidak bisa ditulis.",
             "params": {"name": os.path.basename(out)}}
    print("error " + json.dumps(error), flush=True)
    sys.exit(2)
temp = out + ".part"
with open(temp, "w") as f:
    for n in range(1, pages + 1):
        if stop.is_set():
            f.close()
            os.remove(temp)
            sys.exit(3)
        time.sleep(0.03)
        print(f"progress {n} {pages}", flush=True)
    json.dump({"db": os.environ.get("UKPBJ_DB"), "argv": args}, f)
os.replace(temp, out)
print(f"done {pages}", flush=True)
'''


@pytest.fixture
def fake_worker(tmp_path, monkeypatch):
    script = tmp_path / "fake_worker.py"
    script.write_text(FAKE_WORKER)
    monkeypatch.setattr(export_runner, "worker_program", lambda: [sys.executable, str(script)])
    return script


@pytest.fixture
def window(show):
    return show(QWidget())


@pytest.fixture
def runner(window, fake_worker):
    return ExportRunner(window)


def pid_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def cancel_button(runner) -> QPushButton:
    return runner.job.dialog.findChild(QPushButton)


def test_progress_reaches_the_dialog_and_the_finished_file_is_offered(qtbot, runner, window, boxes, tmp_path):
    out = tmp_path / "daftar.pdf"
    seen = []
    runner.start(["slow", "--out", str(out), "--pages", "12"], out, "Ekspor Daftar Arsip",
                 step_text="Halaman {done} dari {total}")
    dialog, bar = runner.job.dialog, runner.job.bar
    assert dialog.isVisible() and dialog.windowTitle() == "Ekspor Daftar Arsip"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal and dialog.parent() is window
    assert dialog.labelText() == "Menyiapkan..."
    bar.valueChanged.connect(lambda value: seen.append((value, bar.maximum(), dialog.labelText())))

    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == [out]
    assert (6, 12, "Halaman 6 dari 12") in seen
    assert seen[-1] == (12, 12, "Halaman 12 dari 12")
    assert not dialog.isVisible() and runner.job is None and not runner.is_running()
    assert boxes[0] == [f"Berkas sudah disimpan:\n{out}\n\nBuka berkas itu sekarang?"]
    assert not list(tmp_path.glob("*.part"))


def test_yes_opens_the_exported_file(qtbot, runner, boxes, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(export_runner.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    boxes[1].append(True)
    out = tmp_path / "register.csv"
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(["slow", "--out", str(out), "--pages", "2"], out, "Ekspor register")
    assert opened == [str(out)]


def test_the_child_opens_the_guis_database_and_runs_in_worker_mode(qtbot, runner, store, boxes, tmp_path):
    out = tmp_path / "daftar.pdf"
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(["slow", "--out", str(out), "--pages", "1"], out, "Ekspor")
    seen = json.loads(out.read_text())
    assert seen["db"] == db.current_target() == str(tmp_path / "test.sqlite3")
    assert seen["argv"] == ["slow", "--out", str(out), "--pages", "1", "--worker"]


@pytest.mark.parametrize("how", ["button", "escape", "close"])
def test_cancel_stops_the_child_and_leaves_no_file(qtbot, runner, boxes, tmp_path, how):
    out = tmp_path / "daftar.pdf"
    runner.start(["slow", "--out", str(out), "--pages", "10000"], out, "Ekspor")
    qtbot.waitUntil(lambda: runner.job.bar.value() >= 2, timeout=10_000)
    pid, dialog = runner.job.process.processId(), runner.job.dialog
    assert dialog.labelText() == "Sedang membuat berkas..."
    started = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=3000):
        if how == "button":
            qtbot.mouseClick(cancel_button(runner), Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()
        assert dialog.isVisible() and dialog.labelText() == "Membatalkan..."
        assert cancel_button(runner) is None  # nothing left to press twice
    assert time.monotonic() - started < 2
    assert pid_gone(pid)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert not dialog.isVisible() and boxes[0] == []


def test_a_child_that_ignores_cancel_is_killed(qtbot, runner, boxes, tmp_path, monkeypatch):
    monkeypatch.setattr(export_runner, "KILL_AFTER_MS", 300)
    out = tmp_path / "daftar.pdf"
    runner.start(["stubborn", "--out", str(out), "--pages", "10000"], out, "Ekspor")
    qtbot.waitUntil(lambda: runner.job.bar.value() >= 1, timeout=10_000)
    pid = runner.job.process.processId()
    leftover = tmp_path / ".daftar.pdf.0a1b2c.part"  # what a killed writer leaves (see documents.export_files)
    leftover.write_bytes(b"%PDF-1.4 half")
    with qtbot.waitSignal(runner.cancelled, timeout=3000):
        runner.cancel()
    assert pid_gone(pid)
    assert not out.exists() and not leftover.exists() and boxes[0] == []


def test_a_user_error_is_shown_translated_without_a_traceback(qtbot, runner, boxes, tmp_path):
    class English(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "Disk full: cannot write {name}." if context == "Storage" and source.startswith("Disk penuh") else ""

    english = English()
    QCoreApplication.installTranslator(english)
    try:
        out = tmp_path / "daftar.pdf"
        with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
            runner.start(["user-error", "--out", str(out)], out, "Ekspor")
    finally:
        QCoreApplication.removeTranslator(english)
    assert blocker.args == ["Disk full: cannot write daftar.pdf."]
    assert boxes[0] == ["error: Disk full: cannot write daftar.pdf."]  # a StorageError is an error box
    assert runner.job is None and not out.exists()


def test_a_crash_shows_a_generic_message_and_logs_the_details(qtbot, runner, boxes, tmp_path, caplog):
    out = tmp_path / "daftar.pdf"
    with (caplog.at_level(logging.ERROR, logger=export_runner.__name__),
          qtbot.waitSignal(runner.failed, timeout=10_000) as blocker):
        runner.start(["crash", "--out", str(out)], out, "Ekspor")
    [text] = boxes[0]
    assert text.startswith("error: Ekspor gagal karena kesalahan tak terduga") and str(config.log_dir()) in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    assert blocker.args == [text.removeprefix("error: ")]
    assert "ZeroDivisionError" in caplog.text
    assert runner.job is None


def test_a_worker_that_cannot_start_shows_the_generic_message(qtbot, window, boxes, tmp_path, monkeypatch):
    monkeypatch.setattr(export_runner, "worker_program", lambda: [str(tmp_path / "no-such-program")])
    runner = ExportRunner(window)
    out = tmp_path / "daftar.pdf"
    with qtbot.waitSignal(runner.failed, timeout=5000):
        runner.start(["export-archive", "--out", str(out)], out, "Ekspor")
    assert boxes[0][0].startswith("error: Ekspor gagal karena kesalahan tak terduga")
    assert not runner.is_running()


def test_rebuilt_errors_keep_their_kind_field_and_parameters():
    exc = rebuild_error(json.dumps({"context": "Validation", "text": "Tahun {year} tidak ada.", "field": "year",
                                    "params": {"year": 1990}}))
    assert type(exc) is ValidationError and exc.field == "year" and exc.message() == "Tahun 1990 tidak ada."
    assert type(rebuild_error('{"context": "Storage", "text": "x", "params": {}}')) is StorageError
    assert type(rebuild_error('{"context": "Unknown", "text": "x"}')) is UserError


def test_worker_program_is_this_interpreter_or_the_bundles_console_twin(monkeypatch, tmp_path):
    assert worker_program() == [sys.executable, "-m", "ukpbj_desktop"]
    gui = tmp_path / "ukpbj-desktop.exe"
    gui.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(gui))
    assert worker_program() == [str(gui)]  # no twin beside it: the program itself
    (tmp_path / "ukpbj-desktop-cli.exe").touch()
    assert worker_program() == [str(tmp_path / "ukpbj-desktop-cli.exe")]


def test_the_real_cli_exports_the_register_as_csv(qtbot, window, store, boxes, tmp_path):
    from tests.factories import application_input
    from ukpbj_desktop import services

    names = ["Yohanis Rumalutur", "Maria Kaize", "Drs. Japar Kwairumaratu"]
    for n, name in enumerate(names, start=1):
        services.submit(store, application_input(nip=f"19700101 199503 2 00{n}", name=name))
    runner = ExportRunner(window)
    out = tmp_path / "register.csv"
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.start(["export-register", "--out", str(out)], out, "Ekspor register")
    text = out.read_bytes().decode("utf-8-sig")
    assert all(text.count(name) == 1 for name in names)
    assert boxes[0] == [f"Berkas sudah disimpan:\n{out}\n\nBuka berkas itu sekarang?"]


def test_the_real_clis_user_error_reaches_the_user(qtbot, window, store, boxes, tmp_path):
    runner = ExportRunner(window)
    out = tmp_path / "berkas.pdf"
    with qtbot.waitSignal(runner.failed, timeout=30_000) as blocker:
        runner.start(["export-dossier", "--agenda", "999/XX", "--out", str(out)], out, "Ekspor berkas")
    assert boxes[0] == ["warning: Nomor agenda 999/XX tidak ditemukan."]
    assert blocker.args == ["Nomor agenda 999/XX tidak ditemukan."] and not out.exists()
