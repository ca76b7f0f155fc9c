"""The manual: F1 opens it (at the start, or at the section of the dialog F1 was pressed in), in the UI's
language, and every section a dialog names and every link the manual makes exists in both languages."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

import ukpbj_desktop.ui
from tests import factories
from ukpbj_desktop import services, workflow
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.archive.browser import ArchiveBrowser
from ukpbj_desktop.ui.help import manual, shortcut
from ukpbj_desktop.ui.help.window import HelpWindow
from ukpbj_desktop.ui.main_window import MainWindow
from ukpbj_desktop.ui.steps import dispatch
from ukpbj_desktop.ui.steps.check_validity import CheckValidityDialog
from ukpbj_desktop.ui.steps.submit import SubmitDialog
from ukpbj_desktop.ui.widgets import fields
from ukpbj_desktop.ui.widgets.labels import step_label

LANGUAGES = ("id", "en")
HELP = Path(__file__).resolve().parents[2] / "resources" / "help"


@pytest.fixture
def language(qapp):
    """Switch the UI's language in a test; back to Indonesian afterwards."""
    yield lambda code: i18n.install_translator(qapp, code)
    i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


@pytest.fixture
def help_key(qapp):
    """F1 installed app-wide, as the app's start-up does; removed afterwards."""
    shortcut.install(qapp)
    yield
    shortcut.uninstall(qapp)


def outline(language):
    return manual.read_outline(HELP / language / manual.PAGE)


def manual_of(window: QWidget) -> HelpWindow:
    found = window.findChild(HelpWindow)
    assert found is not None, "no manual opened"
    return found


def ui_classes():
    """Every class defined under ukpbj_desktop.ui."""
    for info in pkgutil.walk_packages(ukpbj_desktop.ui.__path__, "ukpbj_desktop.ui."):
        module = importlib.import_module(info.name)
        yield from (cls for _name, cls in inspect.getmembers(module, inspect.isclass) if cls.__module__ == info.name)


def step_dialogs():
    """The dialog of each step of the SOP, by step code."""
    sop = workflow.sop()
    return {code: SubmitDialog if code == sop.first.code else dispatch.dialog_class(code) for code in sop.steps}


# --- F1 --------------------------------------------------------------------------------------


def test_f1_in_the_main_window_opens_the_manual_at_its_start(store, show, qtbot):
    window = show(MainWindow(store))
    assert [a.text() for a in window.menuBar().actions()[-1].menu().actions()][:1] == ["&Panduan"]
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = manual_of(window)
    assert shown.isVisible()
    assert shown.browser.source().fragment() == ""
    assert Path(shown.browser.source().toLocalFile()) == HELP / "id" / manual.PAGE
    assert shown.browser.verticalScrollBar().value() == 0


def test_f1_in_a_step_dialog_opens_its_section_in_a_window_the_modal_dialog_does_not_block(store, show, qtbot,
                                                                                           help_key):
    app = factories.advance(store, services.submit(store, factories.application_input()), "check_validity")
    dialog = show(CheckValidityDialog(store, app))
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    shown = manual_of(dialog)
    assert shown.parentWidget() is dialog  # a window of the dialog: its modality leaves it usable
    assert shown.browser.source().fragment() == "check-validity"
    assert shown.browser.verticalScrollBar().value() > 0  # scrolled down to the section
    assert shown.contents.currentItem().text().strip() == step_label("check_validity")
    dialog.reject()
    assert not shown.isVisible(), "the manual closes with its dialog"


def test_f1_in_a_window_without_a_section_opens_its_parents(store, show, qtbot, help_key):
    app = factories.advance(store, services.submit(store, factories.application_input()), "check_validity")
    parent = show(CheckValidityDialog(store, app))
    reasons = show(fields.ReasonsDialog("Berkas tidak valid", "?", [], "&Simpan", parent))
    qtbot.waitUntil(reasons.isActiveWindow)
    qtbot.keyClick(reasons, Qt.Key.Key_F1)
    assert manual_of(reasons).browser.source().fragment() == "check-validity"


def test_f1_in_the_archive_browser_opens_its_section(store, show, qtbot, help_key):
    browser = show(ArchiveBrowser(store))
    qtbot.waitUntil(browser.isActiveWindow)
    qtbot.keyClick(browser, Qt.Key.Key_F1)
    assert manual_of(browser).browser.source().fragment() == "archive-browser"


def test_a_window_with_its_own_f1_keeps_it(store, show, help_key, qtbot):
    window = show(MainWindow(store))
    qtbot.waitUntil(window.isActiveWindow)
    assert window.findChild(shortcut.HelpKey) is None  # the menu's Panduan answers F1 there


def test_the_english_ui_opens_the_english_manual(store, show, qtbot, language):
    assert language("en")
    window = show(MainWindow(store))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = manual_of(window)
    assert Path(shown.browser.source().toLocalFile()) == HELP / "en" / manual.PAGE
    assert shown.windowTitle() == "UKPBJ Desktop manual"


def test_a_language_without_a_manual_gets_the_indonesian_one():
    assert manual.manual_path("fr") == HELP / "id" / manual.PAGE
    assert manual.manual_path() == HELP / "id" / manual.PAGE  # no catalogue installed: Indonesian


# --- the manual's window ---------------------------------------------------------------------


def test_back_forward_and_the_contents_list(qtbot, show):
    shown = show(HelpWindow())
    qtbot.waitUntil(shown.isActiveWindow)
    shown.open_section("search")
    shown.open_section("backup")
    assert shown.back_action.isEnabled() and not shown.forward_action.isEnabled()
    qtbot.keyClick(shown, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown.browser.source().fragment() == "search"
    qtbot.keyClick(shown, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown.browser.source().fragment() == "backup"
    item = shown.contents.findItems(step_label("hand_over"), Qt.MatchFlag.MatchContains)[0]
    shown.contents.itemClicked.emit(item)
    assert shown.browser.source().fragment() == "hand-over"


def test_ctrl_f_finds_in_the_page_going_round_its_end(qtbot, show):
    shown = show(HelpWindow())
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = shown.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "Daftar Arsip")
    first = shown.browser.textCursor()
    assert first.selectedText() == "Daftar Arsip"
    hits = [first.selectionStart()]
    while len(hits) < 20 and (len(hits) == 1 or hits[-1] > hits[-2]):
        qtbot.keyClick(shown, Qt.Key.Key_F3)
        hits.append(shown.browser.textCursor().selectionStart())
    assert len(hits) > 2 and hits[-1] == hits[0], "F3 goes to each next hit, then round to the first"
    qtbot.keyClick(shown, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert shown.browser.textCursor().selectionStart() == hits[-2], "Shift+F3 goes back round the start"
    qtbot.keyClicks(bar.edit, "zzq")
    assert bar.status.text() == "Tidak ditemukan"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and shown.isVisible()


# --- the manual's content --------------------------------------------------------------------


def test_every_help_section_a_window_names_is_an_anchor_of_both_manuals():
    named = {cls.__qualname__: cls.HELP_SECTION for cls in ui_classes()
             if issubclass(cls, QWidget) and getattr(cls, "HELP_SECTION", "")}
    assert {"ArchiveBrowser", "CheckValidityDialog", "PdfPreviewDialog"} <= named.keys()
    for language in LANGUAGES:
        anchors = outline(language).anchors
        missing = {name: section for name, section in named.items() if section not in anchors}
        assert not missing, f"{language}/index.html has no anchor for {missing}"


def test_every_step_dialog_names_a_section_headed_by_the_steps_name_as_the_app_shows_it(language):
    dialogs = step_dialogs()
    unnamed = [code for code, cls in dialogs.items() if not cls.HELP_SECTION]
    assert not unnamed, f"step dialogs without HELP_SECTION: {unnamed}"
    for code_language in LANGUAGES:
        assert language(code_language)
        headings = {h.anchor: h.title for h in outline(code_language).headings}
        for code, cls in dialogs.items():
            assert headings.get(cls.HELP_SECTION) == step_label(code), (code_language, code)


def test_every_link_of_the_manual_leads_somewhere():
    for language in LANGUAGES:
        page = outline(language)
        assert page.headings and page.links
        for link in page.links:
            target, _, fragment = link.partition("#")
            assert not target, f"{language}: {link} leaves the page"
            assert fragment in page.anchors, f"{language}: {link} leads nowhere"


def test_both_manuals_have_the_same_sections():
    assert outline("id").anchors == outline("en").anchors
    assert [h.anchor for h in outline("id").headings] == [h.anchor for h in outline("en").headings]


def test_every_shortcut_of_the_windows_is_in_the_manuals_table(store, qtbot, language):
    windows = [MainWindow(store), ArchiveBrowser(store), HelpWindow()]
    for window in windows:
        qtbot.addWidget(window)
    keys = {action.text(): [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]
            for window in windows for action in window.actions() if action.shortcuts()}
    for code_language in LANGUAGES:
        table = outline(code_language).sections["shortcuts"]
        undocumented = {text: shortcuts for text, shortcuts in keys.items() if not any(k in table for k in shortcuts)}
        assert not undocumented, f"{code_language}: shortcuts missing from the manual: {undocumented}"


def test_the_checker_sees_a_missing_anchor_and_a_dead_link(tmp_path):
    page = tmp_path / manual.PAGE
    page.write_text('<h2 id="a">A</h2><p>x <a href="#b">b</a></p><h3 id="c">C</h3>', encoding="utf-8")
    read = manual.read_outline(page)
    assert read.anchors == {"a", "c"}
    assert read.links == ["#b"]
    assert [(h.level, h.anchor, h.title) for h in read.headings] == [(2, "a", "A"), (3, "c", "C")]
    assert read.sections == {"a": "Ax bC"}


def test_the_self_test_names_a_manual_left_out_of_the_bundle(monkeypatch, tmp_path):
    from ukpbj_desktop.self_test import CheckError
    from ukpbj_desktop.ui import self_test_window

    monkeypatch.setattr(self_test_window, "help_dir", lambda: tmp_path)
    with pytest.raises(CheckError, match="panduan tidak ditemukan"):
        self_test_window._check_manual({"check-validity"})
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / manual.PAGE).write_text('<h2 id="archive">x</h2>', encoding="utf-8")
    with pytest.raises(CheckError, match="panduan 'id' tanpa bagian check-validity"):
        self_test_window._check_manual({"archive", "check-validity"})
