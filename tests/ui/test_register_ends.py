"""Ctrl+End reaches the last file of the whole register, not of the rows loaded so far; scrolling up from
there loads the rows above in order, and Ctrl+Home goes back to the first file."""
import pytest
from PySide6.QtCore import Qt

from ukpbj_desktop import demo
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.ui.main_window import MainWindow

FILES = 3 * rq.PAGE_SIZE + 40


@pytest.fixture
def window(store, show, qtbot):
    demo.generate(FILES)
    window = show(MainWindow(store))
    window.register.table.setFocus()
    return window


def register_order(window) -> list[int]:
    view = window.register
    return [row.id for row in rq.page(rq.RegisterFilter(), view.model._sort_column, view.model._descending,
                                      limit=10 * FILES)]


def loaded(window) -> list[int]:
    model = window.register.model
    return [model.row_at(row).id for row in range(model.rowCount())]


def test_ctrl_end_goes_to_the_last_file_of_the_whole_register(window, qtbot):
    order = register_order(window)
    assert window.register.model.rowCount() < len(order)  # only the first page is loaded
    qtbot.keyClick(window.register.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.register.current_id() == order[-1]
    assert window.details.application_id == order[-1]
    assert loaded(window) == order[-window.register.model.rowCount():]


def test_scrolling_up_from_the_end_loads_the_rows_above_in_order(window, qtbot):
    order = register_order(window)
    table = window.register.table
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(4):
        table.verticalScrollBar().setValue(0)
    assert loaded(window) == order
    assert window.register.current_id() == order[-1]  # still the file the user was on


def test_ctrl_home_goes_back_to_the_first_file(window, qtbot):
    order = register_order(window)
    table = window.register.table
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.register.current_id() == order[0]
    assert loaded(window) == order[:window.register.model.rowCount()]
