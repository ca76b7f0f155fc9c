"""Run a long export in a child process, with a progress dialog and Cancel.

ReportLab is pure Python: rendering in a thread of the GUI process holds the GIL and the
window stutters (see benchmarks/bench_export_smoothness.py). The GUI therefore runs the
headless command line (``export-archive``, ``export-register``, ...) in ``--worker`` mode
and only reads its stdout protocol:

    progress DONE TOTAL        done N        error {"context": .., "text": .., "params": {..}}

exit status 0 = written, 3 = cancelled, anything else = failed (2 for the user's error); an
error line says why, a crash says nothing on stdout. The child stops when its stdin closes
or reads ``cancel``. Error texts arrive untranslated and are translated here, in the GUI's
language.
"""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QProcess, QProcessEnvironment, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ukpbj_desktop import config
from ukpbj_desktop.documents.export_files import remove_partials
from ukpbj_desktop.errors import StorageError, UserError, ValidationError, WorkflowError
from ukpbj_desktop.store import db
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.formatting import number_text

log = logging.getLogger(__name__)

EXIT_OK, EXIT_CANCELLED = 0, 3
# A child that has not stopped this long after Cancel is killed; a well-behaved one stops
# at its next page or batch of rows, well within it.
KILL_AFTER_MS = 4000
STDERR_KEPT = 20_000  # bytes of the child's stderr kept for the log
_ERROR_CLASSES = {cls.context: cls for cls in (UserError, ValidationError, WorkflowError, StorageError)}


def worker_program() -> list[str]:
    """The command that starts the command line: the bundle's console program, or this interpreter.

    A window program on Windows may have no usable stdout, so the bundle's console twin
    (``ukpbj-desktop-cli``, see build.spec) does the work; Qt starts it without a console
    window because the GUI has none."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        twin = executable.with_name(executable.stem + "-cli" + executable.suffix)
        return [str(twin if twin.exists() else executable)]
    return [sys.executable, "-m", "ukpbj_desktop"]


def child_environment() -> QProcessEnvironment:
    """The GUI's environment plus the open database (kept off the visible command line)."""
    env = QProcessEnvironment.systemEnvironment()
    target = db.current_target()
    if target:
        env.insert(config.DB_ENV, target)
    env.insert("PYTHONUNBUFFERED", "1")  # progress lines must arrive as they are printed
    env.insert("PYTHONIOENCODING", "utf-8")
    return env


def rebuild_error(payload: str) -> UserError:
    """The UserError a worker reported as JSON, of the class its context names."""
    data = json.loads(payload)
    cls = _ERROR_CLASSES.get(data.get("context"), UserError)
    return cls(str(data["text"]), field=data.get("field"), **dict(data.get("params") or {}))


@dataclass
class ExportJob:
    """One export under way: the child, its progress dialog, and what the child has said so far."""

    process: QProcess
    dialog: QProgressDialog
    bar: QProgressBar  # driven directly, see ExportRunner._make_dialog
    out: Path
    title: str
    step_text: str
    ask_to_open: bool = True
    error: UserError | None = None
    stderr: bytearray = field(default_factory=bytearray)
    cancel_requested: bool = False


class ExportRunner(QObject):
    """Runs one export at a time for ``parent_widget``, whose window it blocks meanwhile."""

    finished = Signal(Path)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent_widget: QWidget | None = None):
        super().__init__(parent_widget)
        self._widget = parent_widget
        self.job: ExportJob | None = None
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._kill)

    def is_running(self) -> bool:
        return self.job is not None

    def start(self, command: list[str], out: Path, title: str, step_text: str | None = None,
              ask_to_open: bool = True) -> None:
        """Run ``command`` (a CLI export writing ``out``) with a progress dialog.

        ``step_text`` is the translated progress line, with ``{done}``, ``{total}`` and
        ``{percent}``, e.g. "Baris {done} dari {total}"; the default names no unit (some
        exports count thousandths of the job) and leaves the figures to the bar. Without
        ``ask_to_open`` success is only the ``finished`` signal (its receiver shows the file).
        """
        if self.is_running():
            raise RuntimeError("an export is already running")
        dialog, bar = self._make_dialog(title)
        process = QProcess(self)
        job = ExportJob(process, dialog, bar, Path(out), title, step_text or self.tr("Sedang membuat berkas..."),
                        ask_to_open)
        self.job = job
        process.setProcessEnvironment(child_environment())
        process.readyReadStandardOutput.connect(partial(self._read_stdout, job))
        process.readyReadStandardError.connect(partial(self._read_stderr, job))
        process.finished.connect(partial(self._on_finished, job))
        process.errorOccurred.connect(partial(self._on_process_error, job))
        program, *arguments = [*worker_program(), *command, "--worker"]
        process.start(program, arguments)
        dialog.show()

    def _make_dialog(self, title: str) -> tuple[QProgressDialog, QProgressBar]:
        dialog = QProgressDialog(self._widget)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumWidth(420)
        dialog.setLabelText(self.tr("Menyiapkan..."))
        dialog.setCancelButtonText(self.tr("&Batal"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        # The bar is driven directly: QProgressDialog.setValue re-enters the event loop when
        # modal (it is meant for loops that block the GUI), and ours is fed by the event loop.
        bar = QProgressBar(dialog)
        bar.setRange(0, 0)  # busy until the first progress line
        dialog.setBar(bar)
        # Cancel, Esc and the close button ask the child to stop; the dialog stays up,
        # saying so, until the child has gone and its temporary file with it.
        dialog.canceled.disconnect(dialog.cancel)
        dialog.canceled.connect(self.cancel)
        dialog.installEventFilter(self)
        return dialog, bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.job is not None and watched is self.job.dialog and event.type() == QEvent.Type.Close:
            event.ignore()
            self.cancel()
            return True
        return False

    # The child ----------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the child to stop, then wait for it without blocking; kill it if it lingers."""
        job = self.job
        if job is None or job.cancel_requested:
            return
        job.cancel_requested = True
        job.dialog.setLabelText(self.tr("Membatalkan..."))
        job.dialog.setCancelButton(None)
        job.process.write(b"cancel\n")
        job.process.closeWriteChannel()
        self._kill_timer.start(KILL_AFTER_MS)

    def _kill(self) -> None:
        if self.job is not None:
            log.warning("export worker did not stop after cancel; killing it")
            self.job.process.kill()

    def _read_stderr(self, job: ExportJob) -> None:
        job.stderr += bytes(job.process.readAllStandardError().data())
        del job.stderr[:-STDERR_KEPT]

    def _read_stdout(self, job: ExportJob) -> None:
        while job.process.canReadLine():
            self._handle_line(job, bytes(job.process.readLine().data()).decode("utf-8", "replace").strip())

    def _handle_line(self, job: ExportJob, line: str) -> None:
        word, _, rest = line.partition(" ")
        try:
            if word == "progress":
                done, total = (int(n) for n in rest.split())
                self._show_progress(job, done, total)
            elif word == "error":
                job.error = rebuild_error(rest)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            log.error("unreadable line from the export worker: %r (%s)", line, exc)

    def _show_progress(self, job: ExportJob, done: int, total: int) -> None:
        if job.cancel_requested:
            return
        job.dialog.setLabelText(job.step_text.format(done=number_text(done), total=number_text(total),
                                                     percent=done * 100 // max(total, 1)))
        job.bar.setRange(0, max(total, 1))
        job.bar.setValue(min(done, total))

    def _on_process_error(self, job: ExportJob, error: QProcess.ProcessError) -> None:
        # Only a child that never started leaves without "finished"; the rest end there.
        if error == QProcess.ProcessError.FailedToStart:
            log.error("export worker could not start: %s", job.process.errorString())
            self._end(job, partial(self._report_crash, job))

    def _on_finished(self, job: ExportJob, code: int, status: QProcess.ExitStatus) -> None:
        self._read_stdout(job)
        tail = bytes(job.process.readAllStandardOutput().data()).decode("utf-8", "replace").strip()
        if tail:
            self._handle_line(job, tail)
        self._read_stderr(job)
        crashed = status != QProcess.ExitStatus.NormalExit
        if crashed:  # killed (cancel ignored) or crashed: it could not remove its temporary file
            remove_partials(job.out)
        if job.error is not None and code not in (EXIT_OK, EXIT_CANCELLED) and not crashed:
            self._end(job, partial(self._report_user_error, job.error))
        elif code == EXIT_OK and not crashed and job.out.exists():
            self._end(job, partial(self._report_success, job))
        elif code == EXIT_CANCELLED or job.cancel_requested:
            self._end(job, self.cancelled.emit)
        else:
            log.error("export worker failed (exit %s, %s, %s %s); stderr:\n%s", code, status.name, job.out,
                      "exists" if job.out.exists() else "missing", job.stderr.decode("utf-8", "replace"))
            self._end(job, partial(self._report_crash, job))

    def _end(self, job: ExportJob, report: Callable[[], object]) -> None:
        """Close the dialog and forget the child, then report (a box must not sit under the dialog)."""
        self._kill_timer.stop()
        job.dialog.removeEventFilter(self)
        job.dialog.hide()
        job.dialog.deleteLater()
        job.process.deleteLater()
        self.job = None
        report()

    # Telling the user ---------------------------------------------------------

    def _report_user_error(self, error: UserError) -> None:
        log.warning("export stopped by a user error: %s", error)
        messages.show_user_error(self._widget, error)
        self.failed.emit(messages.translate_error(error))

    def _report_crash(self, job: ExportJob) -> None:
        text = self.tr("Ekspor gagal karena kesalahan tak terduga; berkas tidak dibuat. Rinciannya sudah dicatat "
                       "di folder log:\n{folder}\nKirimkan berkas log itu kepada pengelola aplikasi bila masalah "
                       "berulang.").format(folder=config.log_dir())
        messages.error(self._widget, job.title, text)
        self.failed.emit(text)

    def _report_success(self, job: ExportJob) -> None:
        self.finished.emit(job.out)
        if not job.ask_to_open:
            return
        text = self.tr("Berkas sudah disimpan:\n{path}\n\nBuka berkas itu sekarang?").format(path=job.out)
        if messages.confirm(self._widget, job.title, text):
            self._open(job.title, job.out)

    def _open(self, title: str, path: Path) -> None:
        """Open ``path`` in the program the system uses for it (PDF reader, spreadsheet)."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.warning(self._widget, title,
                             self.tr("Tidak ada program untuk membuka berkas ini. Berkasnya ada di folder:\n"
                                     "{folder}").format(folder=path.parent))
