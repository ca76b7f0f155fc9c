"""The classification table as the office edits it: by mouse and by keyboard, with refusals it can read."""
import pytest
from PySide6.QtCore import Qt

from tests.unit.test_classifications import archived_under
from ukpbj_desktop.store.models import Classification
from ukpbj_desktop.ui.archive.classifications import ClassificationDialog, ClassificationEditor


def active(qtbot, widget):
    """Keys reach shortcuts only in the active window, as they do for the user."""
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def dialog(store, show, qtbot):
    return active(qtbot, show(ClassificationDialog(store)))


def row_of(dialog, code: str) -> list[str]:
    r = dialog.codes().index(code)
    return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]


def choose(dialog, code: str) -> None:
    dialog.table.setFocus()
    dialog.table.selectRow(dialog.codes().index(code))


def opened_editor(dialog, qtbot) -> ClassificationEditor:
    assert dialog.editor is not None and dialog.editor.isVisible()
    return active(qtbot, dialog.editor)


def test_add_a_code_by_typing_and_clicking(dialog, qtbot, boxes):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = opened_editor(dialog, qtbot)
    assert editor.windowTitle() == "Tambah kode klasifikasi"
    qtbot.keyClicks(editor.code, "000.3.7")
    qtbot.keyClicks(editor.name, "Pengelolaan Akun SPSE")
    qtbot.keyClicks(editor.scheme.lineEdit(), "Permendagri 83/2022")
    qtbot.keyClicks(editor.active_years, "2")
    qtbot.keyClicks(editor.inactive_years, "8")
    editor.disposition.setCurrentIndex(editor.disposition.findData("permanen"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert not editor.isVisible() and boxes[0] == []
    assert row_of(dialog, "000.3.7") == ["000.3.7", "Pengelolaan Akun SPSE", "Permendagri 83/2022", "2 tahun",
                                         "8 tahun", "Permanen", "0"]
    assert dialog.selected_code() == "000.3.7"
    assert dialog.codes().index("000.3.6") < dialog.codes().index("000.3.7") < dialog.codes().index("027")
    assert Classification.get_by_id("000.3.7").inactive_years == 8


def test_the_keyboard_alone_adds_a_code(dialog, qtbot, boxes):
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    editor = opened_editor(dialog, qtbot)
    assert editor.focusWidget() is editor.code
    qtbot.keyClicks(editor.code, "000.3.8")
    qtbot.keyClick(editor.code, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.name
    qtbot.keyClicks(editor.name, "Pengaduan")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert row_of(dialog, "000.3.8")[:2] == ["000.3.8", "Pengaduan"]
    assert row_of(dialog, "000.3.8")[3:6] == ["-", "-", "-"]


def test_tab_walks_the_editor_to_its_buttons(dialog, qtbot):
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    editor = opened_editor(dialog, qtbot)
    order = [editor.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        order.append(editor.focusWidget())
    assert [w.text() if hasattr(w, "text") else w for w in order[7:]] == ["&Simpan", "&Batal"]
    assert order[:7] == [editor.code, editor.name, editor.scheme, editor.active_years,
                         editor.inactive_years, editor.disposition, editor.note]


def test_problems_show_at_their_field_as_typed_and_nothing_is_saved(dialog, qtbot, boxes):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = opened_editor(dialog, qtbot)
    qtbot.keyClicks(editor.code, "000.3.")
    qtbot.keyClick(editor.code, Qt.Key.Key_Tab)
    assert editor.rows["code"].error() == "Kode hanya boleh angka dipisah titik, mis. 027 atau 000.3.5."
    assert editor.rows["name"].error() == ""  # not visited yet
    editor.code.setText("027")
    assert editor.rows["code"].error() == "Kode 027 sudah ada."
    editor.code.setText("000.3.9")
    assert editor.rows["code"].error() == ""

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert boxes[0] == ["warning: Nama klasifikasi wajib diisi."]
    assert editor.isVisible() and editor.focusWidget() is editor.name
    assert editor.rows["name"].error() == "Nama klasifikasi wajib diisi."
    assert Classification.get_or_none(code="000.3.9") is None and "000.3.9" not in dialog.codes()


def test_years_take_digits_only(dialog, qtbot):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = opened_editor(dialog, qtbot)
    qtbot.keyClicks(editor.active_years, "a-5x7")
    assert editor.active_years.text() == "57"
    assert editor.value().active_years == 57 and editor.value().inactive_years is None


def test_enter_edits_the_chosen_code_and_the_table_follows(dialog, qtbot, boxes):
    choose(dialog, "000.3.4")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    editor = opened_editor(dialog, qtbot)
    assert editor.windowTitle() == "Ubah kode klasifikasi 000.3.4"
    assert dialog.isVisible()  # Enter edited; it did not press Tutup
    assert (editor.code.text(), editor.name.text(), editor.active_years.text()) == ("000.3.4", "Swakelola", "2")
    editor.active_years.selectAll()
    qtbot.keyClicks(editor.active_years, "5")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert row_of(dialog, "000.3.4")[3] == "5 tahun"
    assert dialog.selected_code() == "000.3.4"


def test_double_click_edits_and_cancel_changes_nothing(dialog, qtbot):
    r = dialog.codes().index("000.3.2")
    rect = dialog.table.visualItemRect(dialog.table.item(r, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = opened_editor(dialog, qtbot)
    assert editor.code.text() == "000.3.2"
    editor.name.setText("Diubah")
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert row_of(dialog, "000.3.2")[1] == "Pengadaan Langsung"


def test_a_used_code_can_be_edited_but_not_renamed(store, show, qtbot):
    archived_under(store, "027")
    dialog = active(qtbot, show(ClassificationDialog(store)))
    assert row_of(dialog, "027")[6] == "1"
    choose(dialog, "027")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = opened_editor(dialog, qtbot)
    assert not editor.code.isEnabled()
    assert "dipakai 1 arsip" in editor.hint.text() and "tetap memakai retensinya sendiri" in editor.hint.text()
    assert editor.focusWidget() is editor.name


def test_delete_asks_first_and_no_keeps_the_code(dialog, qtbot, boxes):
    shown, answers = boxes
    choose(dialog, "000.3.6")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert shown == ["Hapus kode 000.3.6 (Monitoring dan Evaluasi Pengadaan)? Kode itu tidak bisa dipilih lagi "
                     "saat mengarsipkan."]
    assert "000.3.6" in dialog.codes()

    answers.append(True)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(shown) == 2
    assert "000.3.6" not in dialog.codes() and Classification.get_or_none(code="000.3.6") is None
    assert dialog.selected_code() == "027"  # the next row, ready for the next action


def test_a_used_code_is_not_deleted_and_the_user_is_told_why(store, show, qtbot, boxes):
    shown, answers = boxes
    archived_under(store, "027")
    dialog = active(qtbot, show(ClassificationDialog(store)))
    choose(dialog, "027")
    answers.append(True)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert shown == ["warning: Kode 027 dipakai 1 arsip dan tidak bisa dihapus. Arsip yang sudah diberkaskan "
                     "tetap memakai kodenya."]
    assert answers == [True]  # never asked
    assert "027" in dialog.codes() and Classification.get_or_none(code="027") is not None


def test_tab_order_and_escape(dialog, qtbot):
    assert dialog.focusWidget() is dialog.table and dialog.selected_code() == "000.3"
    order = []
    for _ in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [dialog.add_button, dialog.edit_button, dialog.delete_button, dialog.close_button]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
