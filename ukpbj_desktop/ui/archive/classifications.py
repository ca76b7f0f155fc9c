"""The office's table of archive classification codes and retention rules, with its editor.

A rule is the default the archiving dialog starts from; records already filed keep the
retention they were filed with, so both dialogs say that editing a rule does not touch them.
"""
from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import classifications
from ukpbj_desktop.classifications import DISPOSITIONS, ClassificationInput
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, UserError
from ukpbj_desktop.store.models import Classification, Operator
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.fields import (
    FieldRow,
    StatusLabel,
    button_bar,
    button_box,
    line_edit_of,
    show_error_at,
    suggestion_combo,
)
from ukpbj_desktop.ui.widgets.labels import disposition_label
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen


def years_text(years: int | None) -> str:
    if years is None:
        return "-"
    return QCoreApplication.translate("ClassificationDialog", "{n} tahun").format(n=years)


class ClassificationEditor(QDialog):
    """Add a code, or change one; problems are written under their field as they are typed."""
    HELP_SECTION = "classifications"

    saved = Signal(str)  # the code as saved, just before the editor accepts

    def __init__(self, operator: Operator, row: Classification | None = None, used: int = 0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.original_code = row.code if row is not None else None
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Ubah kode klasifikasi {code}").format(code=row.code) if row is not None
                            else self.tr("Tambah kode klasifikasi"))

        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("mis. 000.3.5"))
        self.code.setMaxLength(20)
        self.name = QLineEdit(self)
        self.scheme = suggestion_combo(classifications.schemes(), self)
        line_edit_of(self.scheme).setPlaceholderText(self.tr("mis. Permendagri 83/2022"))
        self.active_years, self.inactive_years = self._years(), self._years()
        self.disposition = QComboBox(self)
        self.disposition.addItem(self.tr("(belum ditentukan)"), "")
        for value in DISPOSITIONS:
            self.disposition.addItem(disposition_label(value), value)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("mis. 2 tahun setelah pemutakhiran data"))

        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, editor in (
                ("code", self.tr("&Kode:"), self.code), ("name", self.tr("&Nama:"), self.name),
                ("scheme", self.tr("Ske&ma:"), self.scheme),
                ("active_years", self.tr("Retensi &aktif:"), self._with_unit(self.active_years)),
                ("inactive_years", self.tr("Retensi &inaktif:"), self._with_unit(self.inactive_years)),
                ("disposition", self.tr("Nasib ak&hir:"), self.disposition),
                ("note", self.tr("&Catatan:"), self.note)):
            row_widget = FieldRow(editor, self)
            form.addRow(label, row_widget)
            self.rows[name] = row_widget

        self.hint = QLabel(self._hint(used), self)
        self.hint.setWordWrap(True)
        box, self.save_button = button_box(self.tr("&Simpan"), self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(box)
        self.setMinimumWidth(640)

        # FieldRow proxies its editor, and Qt 6 lets Tab land on a proxy's target, so the last field would
        # wrap to the first one and skip the buttons unless the order is set explicitly.
        chain = [self.code, self.name, self.scheme, self.active_years, self.inactive_years, self.disposition,
                 self.note, *box.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        if row is not None:
            self._load(classifications.input_from(row))
        if used:
            self.code.setEnabled(False)
            self.code.setToolTip(self.tr("Kode yang sudah dipakai arsip tidak bisa diganti."))
        self._connect()
        (self.name if used else self.code).setFocus()

    def _hint(self, used: int) -> str:
        if used:
            return self.tr("Kode ini dipakai {n} arsip, jadi kodenya tidak bisa diganti. Perubahan retensi dan "
                           "nasib akhir hanya berlaku untuk berkas yang diarsipkan sesudah ini; {n} arsip yang "
                           "sudah ada tetap memakai retensinya sendiri.").format(n=used)
        return self.tr("Retensi dan nasib akhir menjadi isian bawaan saat berkas diarsipkan dengan kode ini. "
                       "Kosongkan retensi bila belum ditentukan.")

    def _years(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setValidator(QIntValidator(0, classifications.MAX_YEARS, edit))
        edit.setPlaceholderText(self.tr("kosong"))
        edit.setMaximumWidth(80)
        return edit

    def _with_unit(self, edit: QLineEdit) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        layout.addWidget(QLabel(self.tr("tahun"), row))
        layout.addStretch(1)
        row.setFocusProxy(edit)
        return row

    def _texts(self) -> dict[str, QLineEdit]:
        return {"code": self.code, "name": self.name, "scheme": line_edit_of(self.scheme),
                "active_years": self.active_years, "inactive_years": self.inactive_years, "note": self.note}

    def _load(self, value: ClassificationInput) -> None:
        for name, edit in self._texts().items():
            current = getattr(value, name)
            edit.setText("" if current is None else str(current))
        self.disposition.setCurrentIndex(max(0, self.disposition.findData(value.disposition)))

    def _connect(self) -> None:
        for name, edit in self._texts().items():
            edit.textChanged.connect(self._refresh)
            edit.editingFinished.connect(lambda name=name: self._touch(name))
        self.disposition.currentIndexChanged.connect(self._refresh)

    def value(self) -> ClassificationInput:
        """The form as the core takes it."""
        def years(edit: QLineEdit) -> int | None:
            return int(edit.text()) if edit.text().strip() else None

        return ClassificationInput(
            code=self.code.text(), name=self.name.text(), scheme=self.scheme.currentText(),
            active_years=years(self.active_years), inactive_years=years(self.inactive_years),
            disposition=self.disposition.currentData(), note=self.note.text())

    def _touch(self, *names: str) -> None:
        self._touched.update(names)
        self._refresh()

    def _refresh(self) -> None:
        """Write each problem under its field once the user has been there."""
        _, errors = classifications.check_classification(self.value(), self.original_code)
        for name, row in self.rows.items():
            row.set_error(messages.translate_error(errors[name]) if name in errors and name in self._touched else "")

    def accept(self) -> None:
        self._touch(*self.rows)
        try:
            saved = classifications.save_classification(self.operator, self.value(), self.original_code)
        except UserError as exc:
            show_error_at(self, exc, self.rows)
            return
        self.saved.emit(saved.code)
        super().accept()


class ClassificationDialog(QDialog):
    """The list of codes with their retention; Insert adds, Enter or a double click edits, Delete removes."""
    HELP_SECTION = "classifications"

    COLUMNS = (QT_TRANSLATE_NOOP("ClassificationDialog", "Kode"), QT_TRANSLATE_NOOP("ClassificationDialog", "Nama"),
               QT_TRANSLATE_NOOP("ClassificationDialog", "Skema"),
               QT_TRANSLATE_NOOP("ClassificationDialog", "Retensi aktif"),
               QT_TRANSLATE_NOOP("ClassificationDialog", "Retensi inaktif"),
               QT_TRANSLATE_NOOP("ClassificationDialog", "Nasib akhir"),
               QT_TRANSLATE_NOOP("ClassificationDialog", "Dipakai arsip"))

    def __init__(self, operator: Operator, parent: QWidget | None = None):
        super().__init__(parent)
        self.operator = operator
        self.editor: ClassificationEditor | None = None
        self.setWindowTitle(self.tr("Kode Klasifikasi Arsip"))

        intro = StatusLabel(self)
        intro.show_text(self.tr(
            "Retensi dan nasib akhir sebuah kode menjadi isian bawaan saat berkas diarsipkan. Mengubahnya tidak "
            "mengubah arsip yang sudah diberkaskan: arsip itu tetap memakai retensinya sendiri. Kode yang sudah "
            "dipakai arsip tidak bisa diganti atau dihapus."))
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.itemSelectionChanged.connect(self._enable)

        self.add_button = QPushButton(self.tr("&Tambah"), self)
        self.add_button.setToolTip(self.tr("Tambah kode (Insert)"))
        self.edit_button = QPushButton(self.tr("&Ubah"), self)
        self.edit_button.setToolTip(self.tr("Ubah kode terpilih (Enter, klik ganda)"))
        self.delete_button = QPushButton(self.tr("&Hapus"), self)
        self.delete_button.setToolTip(self.tr("Hapus kode terpilih (Delete)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        box = QDialogButtonBox(self)
        self.close_button = box.addButton(self.tr("Tutu&p"), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)

        self._shortcut(self, QKeySequence(Qt.Key.Key_Insert), self.add)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._shortcut(self.table, QKeySequence(key), self.edit_selected)
        self._shortcut(self, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_bar(box, self.add_button, self.edit_button, self.delete_button))
        fit_to_screen(self, QSize(980, 460))
        self.reload()
        self.table.setFocus()

    @staticmethod
    def _shortcut(widget: QWidget, key: QKeySequence, slot) -> None:
        shortcut = QShortcut(key, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def reload(self, select: str | None = None, row: int = 0) -> None:
        """Fill the table from the database; select the code ``select``, else the row at ``row``."""
        counts = classifications.usage_counts()
        rules = classifications.list_classifications()
        self.table.setRowCount(len(rules))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, rule in enumerate(rules):
            cells = (rule.code, rule.name, rule.scheme, years_text(rule.active_years),
                     years_text(rule.inactive_years), disposition_label(rule.disposition) or "-",
                     str(counts[rule.code]))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4, 6):
                    item.setTextAlignment(right)
                if c == 1:  # long names are cut off in the column
                    item.setToolTip("\n".join(filter(None, (rule.name, rule.note))))
                self.table.setItem(r, c, item)
        codes = [rule.code for rule in rules]
        target = codes.index(select) if select in codes else min(row, len(codes) - 1)
        if target >= 0:
            self.table.selectRow(target)
        self._enable()

    def codes(self) -> list[str]:
        """The codes listed, top to bottom."""
        return [self._text_at(r, 0) for r in range(self.table.rowCount())]

    def _text_at(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None, "reload fills every cell"
        return item.text()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_code(self) -> str | None:
        row = self._selected_row()
        return self._text_at(row, 0) if row is not None else None

    def _enable(self) -> None:
        chosen = self.selected_code() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        code = self.selected_code()
        if code is not None:
            self._open_editor(code)

    def _open_editor(self, code: str | None) -> None:
        """Open the editor window-modal; the table is refilled when it saves."""
        row = classifications.find_classification(code) if code is not None else None
        used = classifications.usage_counts().get(code, 0) if code is not None else 0
        editor = ClassificationEditor(self.operator, row, used, self)
        editor.saved.connect(lambda code: self.reload(select=code))
        editor.finished.connect(self.table.setFocus)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def delete_selected(self) -> None:
        """Delete the selected code after asking; a code in use is refused before the question."""
        row = self._selected_row()
        if row is None:
            return
        code, name = self._text_at(row, 0), self._text_at(row, 1)
        try:
            classifications.ensure_deletable(code)
            if not messages.confirm(self, self.tr("Hapus kode klasifikasi"),
                                    self.tr("Hapus kode {code} ({name})? Kode itu tidak bisa dipilih lagi saat "
                                            "mengarsipkan.").format(code=code, name=name),
                                    destructive=True):
                return
            classifications.delete_classification(self.operator, code)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.reload(row=row)
