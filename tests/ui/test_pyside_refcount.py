"""PySide6 must not leak references to None when Qt hands Python an invalid QVariant.

PySide6 6.12.0 with Python 3.11 drops a reference to None on each such call and aborts
("Fatal Python error: none_dealloc") after a few thousand; the register view makes them
all the time (every role a model leaves unhandled). A release that fails this must not
replace the pinned one.
"""
import sys

from PySide6.QtCore import QModelIndex, Qt

from ukpbj_desktop.ui.register.model import RegisterModel

CALLS = 10_000


def test_invalid_qvariants_keep_none_alive(qapp):
    model = RegisterModel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QModelIndex().data()
        model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.UserRole + 99)
    assert sys.getrefcount(None) > before - CALLS // 10
