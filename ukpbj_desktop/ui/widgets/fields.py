"""Small widgets the step dialogs share: fields that say what is wrong with them,
typed dates, copyable values, a list of reasons, an editable suggestion box.

Colours are fixed dark tones rather than palette roles so that red, amber and green
keep their meaning (and their contrast on a light background) on every platform style.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import validation
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen

TONES = {"error": "#b3261e", "warning": "#8a5300", "ok": "#1b6e20", "info": "#33414e"}


class StatusLabel(QLabel):
    """A wrapped line of text in one of :data:`TONES`; hidden while it says nothing."""

    def __init__(self, parent: QWidget | None = None, bold: bool = False):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._bold = bold
        self.setVisible(False)

    def show_text(self, text: str, tone: str = "info") -> None:
        weight = "font-weight: bold;" if self._bold else ""
        self.setStyleSheet(f"color: {TONES[tone]}; {weight}")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_text(self) -> None:
        self.show_text("")


class FieldRow(QWidget):
    """An input with its problem in red under it, and a warning that does not block in amber."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error_label = StatusLabel(self)
        self.warning_label = StatusLabel(self)
        self.column = QVBoxLayout(self)  # the editor and its messages; callers may add lines below
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addWidget(editor)
        self.column.addWidget(self.error_label)
        self.column.addWidget(self.warning_label)
        self.setFocusProxy(editor)

    def set_error(self, text: str) -> None:
        self.error_label.show_text(text, "error")

    def set_warning(self, text: str) -> None:
        self.warning_label.show_text(text, "warning")

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""


def show_error_at(parent: QWidget, exc: UserError, rows: dict[str, FieldRow]) -> None:
    """Tell the user about ``exc``; when it names a field shown here, write it there and go to it."""
    messages.show_user_error(parent, exc)
    row = rows.get(exc.field or "")
    if row is not None:
        row.set_error(messages.translate_error(exc))
        row.setFocus(Qt.FocusReason.OtherFocusReason)


def button_box(ok_text: str, parent: QWidget) -> tuple[QDialogButtonBox, QPushButton]:
    """OK/Cancel with our own (translated) texts: Qt ships no Indonesian catalogue for its own."""
    box = QDialogButtonBox(parent)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("FieldWidgets", "&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    return box, ok


def button_bar(box: QDialogButtonBox, *actions: QPushButton) -> QHBoxLayout:
    """``actions`` on the left, apart from the OK/Cancel of ``box`` on the right."""
    bar = QHBoxLayout()
    for button in actions:
        button.setAutoDefault(False)  # Enter means OK, never a side action
        bar.addWidget(button)
    bar.addStretch(1)
    bar.addWidget(box)
    return bar


class DateField(QWidget):
    """A date typed as ``dd-mm-yyyy`` or picked from a calendar; empty while the document has none.

    A plain line edit rather than ``QDateEdit``: that one silently turns 31-02 into 28-02 and, clicked
    into, types into whichever section the click landed on. Here the text stays what was typed, the
    core (``validation.parse_date``) says what is wrong with it, and typing works however the field
    got its focus.
    """

    def __init__(self, start: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.start = start  # where the calendar opens while the field is empty
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.edit.setClearButtonEnabled(True)
        self.pick_button = QToolButton(self)
        self.pick_button.setText("\u2026")
        self.pick_button.setToolTip(self.tr("Pilih tanggal dari kalender"))
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.pick_button.clicked.connect(self.show_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(value.strftime("%d-%m-%Y") if value else "")

    def show_calendar(self) -> None:
        try:
            shown = validation.parse_date(self.text()) or self.start or dt.date.today()
        except UserError:
            shown = self.start or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.calendar.hide()
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.editingFinished.emit()  # picked: as good as typed and left


def line_edit_of(combo: QComboBox) -> QLineEdit:
    """The text input of an editable combo (only a combo that is not editable has none)."""
    edit = combo.lineEdit()
    assert edit is not None, "the combo is editable"
    return edit


def suggestion_combo(items: list[str], parent: QWidget | None = None) -> QComboBox:
    """An editable combo whose list narrows to the entries containing what is typed."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # As wide as the form gives it, not as its longest entry: a work unit's name would widen the dialog off screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.addItems(items)
    combo.setCurrentIndex(-1)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line_edit_of(combo).setClearButtonEnabled(True)
    return combo


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class CopyField(QWidget):
    """A read-only value with a button that puts it on the clipboard, ready to paste into SPSE."""

    copied = Signal(str)

    def __init__(self, value: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(value, self)
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(self.tr("(kosong)"))
        self.edit.setCursorPosition(0)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Salin"))
        self.button.setToolTip(self.tr("Salin ke clipboard untuk ditempel di SPSE"))
        self.button.setEnabled(bool(value))
        self.button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: str) -> None:
        self.edit.setText(value)
        self.edit.setCursorPosition(0)
        self.button.setEnabled(bool(value))

    def copy(self) -> None:
        copy_to_clipboard(self.value())
        self.copied.emit(self.value())


class ReasonsEdit(QPlainTextEdit):
    """Reasons typed one per line; Tab leaves the box, as in every other field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Satu alasan per baris"))
        self.setMinimumHeight(90)

    def reasons(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_reasons(self, reasons: list[str]) -> None:
        self.setPlainText("\n".join(reasons))
        self.moveCursor(QTextCursor.MoveOperation.End)


class ReasonsDialog(QDialog):
    """Asks for the reasons of a refusal, one per line, starting from a proposal."""

    def __init__(self, title: str, prompt: str, reasons: list[str], ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(prompt, self)
        intro.setWordWrap(True)
        self.edit = ReasonsEdit(self)
        self.edit.set_reasons(reasons)
        self.row = FieldRow(self.edit, self)
        box, self.ok_button = button_box(ok_text, self)
        box.accepted.connect(self._accept_if_given)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.row, 1)
        layout.addWidget(box)
        fit_to_screen(self, QSize(520, 300))
        self.edit.setFocus()

    def _accept_if_given(self) -> None:
        if self.edit.reasons():
            self.accept()
        else:
            self.row.set_error(self.tr("Tuliskan paling sedikit satu alasan."))
            self.edit.setFocus()


def ask_reasons(parent: QWidget | None, title: str, prompt: str, reasons: list[str], ok_text: str) -> list[str] | None:
    """The reasons the user confirmed, or None when cancelled. Tests replace this."""
    dialog = ReasonsDialog(title, prompt, reasons, ok_text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.edit.reasons()



def _tab_stops(layout: QLayout) -> Iterator[QWidget]:
    """The widgets Tab should visit, in the order the layout shows them."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        assert item is not None, "an index below count() has an item"
        widget, inner = item.widget(), item.layout()
        if widget is not None and not widget.isHidden():
            if widget.focusProxy() is None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                yield widget
            elif (own := widget.layout()) is not None:
                yield from _tab_stops(own)
        elif inner is not None:
            yield from _tab_stops(inner)


def tab_in_layout_order(dialog: QWidget) -> None:
    """Make Tab follow the form top to bottom.

    Qt 6 moves a focus proxy (a ``FieldRow``'s editor) next to its widget in the tab chain,
    so a form whose editors were made before their rows loops back to its first field and
    never reaches the buttons; setting the order from the layout mends the chain."""
    layout = dialog.layout()
    assert layout is not None, "the dialog is built"
    stops = list(_tab_stops(layout))
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)
