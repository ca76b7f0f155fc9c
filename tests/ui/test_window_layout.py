"""The main window on an office laptop's screen: every register column in view, the name column taking the
room, a details panel that closes and stays closed, NIPs that never break, archive filters that show their
choice whole."""
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.factories import application_input
from ukpbj_desktop import services, workflow
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.archive.browser import ArchiveBrowser
from ukpbj_desktop.ui.main_window import MainWindow
from ukpbj_desktop.ui.register.model import COLUMN
from ukpbj_desktop.ui.widgets import screen_fit
from ukpbj_desktop.ui.widgets.application_details import DetailsPanel
from ukpbj_desktop.ui.widgets.labels import state_and_decision_label

TASKBAR = 40


def on_screen(monkeypatch, width: int, height: int = 768) -> None:
    free = QRect(0, 0, width, height - TASKBAR)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: free)


def opened_main_window(qtbot, store) -> MainWindow:
    window = MainWindow(store)
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.register.columns_fitted)
    QApplication.processEvents()
    return window


@pytest.fixture
def applications(store):
    for n, name in enumerate(("Ahmad", "Budi", "Citra", "Dewi", "Eko")):
        services.submit(store, application_input(nip=f"19{60 + n}0101 19{90 + n}01 1 00{n + 1}",
                                                 name=f"Drs. {name} Dengan Nama Panjang Sekali, S.T., M.Si."))


@pytest.mark.parametrize("width", [1024, 1366])
def test_every_register_column_is_in_view_and_the_name_takes_the_room(width, store, applications, qtbot,
                                                                     monkeypatch):
    on_screen(monkeypatch, width)
    window = opened_main_window(qtbot, store)
    table, header = window.register.table, window.register.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0, "a column lies behind the horizontal scrollbar"
    name = header.sectionSize(COLUMN["applicant_name"])
    # at 1024 the whole state ("Menunggu kelengkapan PPK") and every header leave the name some 16 characters
    assert name >= 120 and all(name >= header.sectionSize(COLUMN[other]) for other in ("work_unit", "current_step"))
    assert header.length() >= table.viewport().width() - 2, "empty space beside the columns"


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_longest_state_shows_whole_at_1024_though_the_register_started_empty(language, store, qtbot,
                                                                                monkeypatch, qapp):
    """An office's first start has no rows to measure: the state column still fits every state it can show."""
    on_screen(monkeypatch, 1024)
    assert i18n.install_translator(qapp, language)
    try:
        window = opened_main_window(qtbot, store)
        width = window.register.table.horizontalHeader().sectionSize(COLUMN["state"])
        metrics = window.register.table.fontMetrics()
        longest = max(metrics.horizontalAdvance(state_and_decision_label(state, decision))
                      for state in workflow.STATES for decision in ("", *workflow.DECISION_LABELS))
    finally:
        i18n.install_translator(qapp, "id")
    assert width >= longest + 12, (width, longest)


def test_on_a_narrow_screen_the_details_panel_starts_closed_and_f9_opens_it(store, applications, qtbot,
                                                                          monkeypatch):
    on_screen(monkeypatch, 1024)
    window = opened_main_window(qtbot, store)
    assert not window.details.isVisible()
    window.details_action.trigger()
    qtbot.waitUntil(lambda: window.details.width() >= window.details.minimumSizeHint().width())
    assert window.details.isVisible()


def test_the_details_panel_closes_when_dragged_away_and_stays_closed(store, applications, qtbot, monkeypatch):
    on_screen(monkeypatch, 1366)
    window = opened_main_window(qtbot, store)
    assert window.details.isVisible()
    window.splitter.moveSplitter(window.splitter.width(), 1)
    assert not window.details_action.isChecked() and not window.details.isVisible()
    window.close()
    assert not opened_main_window(qtbot, store).details.isVisible()
    window.show()
    window.details_action.trigger()
    qtbot.waitUntil(lambda: window.details.width() > 200)  # not the sliver it was dragged to


def test_a_nip_never_breaks_in_the_details_panel(store, qtbot):
    app = services.submit(store, application_input(nip="19780312 200501 2 004"))
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(240, 600)
    panel.show()
    panel.show_details(rq.details(app.id))
    document = panel.browser.document()
    document.setTextWidth(160)
    found = document.find("19780312")
    assert not found.isNull()
    found.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len("200501 2 004") + 1)
    assert found.selectedText().replace("\u00a0", " ") == "19780312 200501 2 004"
    layout, start = found.block().layout(), found.block().position()
    lines = {layout.lineForTextPosition(position - start).lineNumber()
             for position in range(found.selectionStart(), found.selectionEnd())}
    assert len(lines) == 1, "the NIP is broken over two lines"


def test_archive_filters_show_their_choices_whole(store, qtbot, monkeypatch):
    on_screen(monkeypatch, 1366)
    browser = ArchiveBrowser(store)
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)
    browser.retention_filter.setCurrentIndex(browser.retention_filter.findData("either"))
    QApplication.processEvents()
    for combo in browser._combos:
        for index in range(combo.count()):
            text = combo.itemText(index)
            if len(text) <= 20:
                needed = combo.fontMetrics().horizontalAdvance(text)
                assert combo.width() - 30 >= needed, f"{text!r} is cut in its box"
