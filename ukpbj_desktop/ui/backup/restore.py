"""Berkas > Pulihkan dari cadangan: verify the chosen backup off the GUI thread, say plainly which files
restoring it loses, ask, restore, and close the application so everything reads the restored register."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from ukpbj_desktop import config
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.store.restore import Restore, current_agendas
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.background import run_in_background

SHOWN_LOST = 20  # agenda numbers listed in the question; the rest are counted


def tr(text: str) -> str:
    return QCoreApplication.translate("Restore", text)


def choose_and_restore(window: QWidget, username: str) -> None:
    """Ask for a backup file, then verify it in the background and go on in ``_verified``."""
    path, _ = QFileDialog.getOpenFileName(window, tr("Pulihkan dari cadangan"), str(config.backup_dir()),
                                          tr("Cadangan UKPBJ (*.zip *.sqlite3)"))
    if not path:
        return
    busy = QProgressDialog(tr("Memeriksa cadangan {name}...").format(name=Path(path).name), "", 0, 0, window)
    busy.setWindowTitle(tr("Pulihkan dari cadangan"))
    busy.setCancelButton(None)  # reading a zip cannot be stopped halfway usefully; it takes seconds
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.show()

    def prepare() -> tuple[Restore, list[str]]:
        prepared = Restore(Path(path))
        return prepared, prepared.lost(current_agendas())

    def verified(result: tuple[Restore, list[str]]) -> None:
        busy.close()
        prepared, lost = result
        with prepared:
            _ask_and_restore(window, prepared, lost, username)

    def failed(exc: Exception) -> None:
        busy.close()
        if not isinstance(exc, UserError):
            raise exc
        messages.show_user_error(window, exc)

    run_in_background(window, prepare, verified, failed)


def _ask_and_restore(window: QWidget, prepared: Restore, lost: list[str], username: str) -> None:
    check = prepared.check
    if not check.ok:
        messages.error(window, tr("Cadangan tidak dapat dipulihkan"),
                       tr("{path} tidak dapat dipulihkan:\n\n{problems}\n\nTidak ada yang diubah.").format(
                           path=check.path, problems="\n".join(check.problems)))
        return
    text = tr("Pulihkan register dari cadangan {path}, dibuat {made}, berisi {count} permohonan?").format(
        path=check.path.name, made=check.created_at.replace("T", " "), count=check.applications)
    if lost:
        shown = ", ".join(lost[:SHOWN_LOST]) + (" ..." if len(lost) > SHOWN_LOST else "")
        text += "\n\n" + tr("{count} permohonan yang sekarang tercatat tidak ada di cadangan ini dan akan hilang "
                            "dari register: {agendas}").format(count=len(lost), agendas=shown)
    if check.notes:
        text += "\n\n" + "\n".join(check.notes)
    text += "\n\n" + tr("Berkas yang sekarang tidak dihapus: disimpan dengan nama lain di folder yang sama. "
                        "Setelah pemulihan aplikasi ditutup; buka lagi untuk bekerja dengan register hasil "
                        "pemulihan.")
    if not messages.confirm(window, tr("Pulihkan dari cadangan"), text, destructive=True):
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        aside = prepared.run(username)
    except UserError as exc:
        messages.show_user_error(window, exc)
        return
    finally:
        QApplication.restoreOverrideCursor()
    messages.info(window, tr("Pemulihan selesai"),
                  tr("Register dipulihkan dari {path}. Berkas sebelumnya disimpan sebagai {aside}. Aplikasi "
                     "sekarang ditutup; bukalah lagi.").format(path=check.path.name, aside=aside))
    QApplication.quit()
