"""Berkas > Pulihkan dari cadangan: the backup is verified off the GUI thread, the files it would lose are
named in the question, and the register is restored only when the user says so."""
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.store import backup
from ukpbj_desktop.store.models import Application
from ukpbj_desktop.ui.main_window import MainWindow

OTHER = "19700101 199503 2 001"


@pytest.fixture
def window(store, qtbot, tmp_path, monkeypatch):
    services.submit(store, application_input())
    zipped = backup.make_backup(tmp_path / "cadangan.zip")
    later = services.submit(store, application_input(nip=OTHER))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(zipped), ""))
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.quits, shown.later = quits, later
    return shown


def question(shown):
    return next(text for kind, _title, text in shown if kind == "confirm")


def test_the_question_names_what_is_lost_and_no_leaves_everything(window, shown, qtbot):
    shown.answers.append(False)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "confirm" for kind, _t, _x in shown), timeout=10000)
    assert window.later.agenda_number in question(shown) and "1 permohonan" in question(shown)
    assert Application.select().count() == 2 and not window.quits


def test_yes_restores_and_closes_the_application(window, shown, qtbot):
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(window.quits), timeout=10000)
    assert [kind for kind, _t, _x in shown] == ["confirm", "info"]
    assert Application.select().count() == 1
