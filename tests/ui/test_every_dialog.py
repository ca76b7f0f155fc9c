"""Every window and dialog (the list in every_dialog.py), in both languages: it fits a 1024x768 and a
1366x768 screen less its taskbar, and no two of its mnemonics (Alt+letter) clash."""
from collections import defaultdict

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget

from tests.ui.every_dialog import BASES, DIALOGS, window_classes
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.widgets import screen_fit

TASKBAR = 40  # an office laptop's taskbar takes this much of its 768 pixels
SCREENS = (QSize(1024, 768), QSize(1366, 768))
LANGUAGES = ("id", "en")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    assert i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def simulate_screen(monkeypatch, screen: QSize) -> QRect:
    free = QRect(0, 0, screen.width(), screen.height() - TASKBAR)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: free)
    return free


def opened(qtbot, entry, operator) -> QWidget:
    window = entry.build(operator)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    return window


def outer_size(window: QWidget) -> QSize:
    """The window with its frame: as reported, or with the frame the window manager will add."""
    frame, inner = window.frameGeometry().size(), window.size() + screen_fit.DECORATION
    return QSize(max(frame.width(), inner.width()), max(frame.height(), inner.height()))


def test_every_window_class_of_the_application_is_in_the_list():
    listed = {entry.opens for entry in DIALOGS} | BASES
    missing = window_classes() - listed
    assert not missing, f"add these to tests/ui/every_dialog.py DIALOGS (or BASES): {sorted(missing)}"


@pytest.mark.parametrize("entry", DIALOGS, ids=lambda entry: entry.name)
def test_it_fits_the_screen(entry, language, store, qtbot, monkeypatch):
    for screen in SCREENS:
        free = simulate_screen(monkeypatch, screen)
        window = opened(qtbot, entry, store)
        size = outer_size(window)
        assert size.width() <= free.width() and size.height() <= free.height(), (
            f"{entry.name} ({language}) is {size.width()}x{size.height()} with its frame; a {screen.width()}x"
            f"{screen.height()} screen leaves {free.width()}x{free.height()}")
        window.close()


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def window_mnemonics(window: QWidget) -> list[str]:
    """The texts whose Alt+letter works anywhere in ``window``: buttons, labels with a buddy, group boxes,
    tabs, and a main window's menu titles."""
    texts = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
    if isinstance(window, QMainWindow):
        texts.extend(action.text() for action in window.menuBar().actions() if action.isVisible())
    return texts


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_key = defaultdict(list)
    for text in texts:
        if key := mnemonic(text):
            by_key[key].append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


@pytest.mark.parametrize("entry", [entry for entry in DIALOGS if entry.ours], ids=lambda entry: entry.name)
def test_no_two_mnemonics_clash(entry, language, store, qtbot, monkeypatch):
    simulate_screen(monkeypatch, SCREENS[1])
    window = opened(qtbot, entry, store)
    found = {"window": clashes(window_mnemonics(window))}
    for menu in window.findChildren(QMenu):
        found[menu.title() or menu.objectName()] = clashes([a.text() for a in menu.actions() if a.isVisible()])
    found = {scope: clash for scope, clash in found.items() if clash}
    assert not found, f"{entry.name} ({language}): {found}"
