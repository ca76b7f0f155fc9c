"""Check a paper account slip: type its verification code or scan its QR code.

A USB barcode scanner types like a keyboard and ends with Enter, so the field checks on
Enter and then selects its text: the next scan simply replaces it.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop import slips
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.ui.widgets import messages
from ukpbj_desktop.ui.widgets.formatting import datetime_text
from ukpbj_desktop.ui.widgets.screen_fit import fit_to_screen

OK_COLOR, BAD_COLOR = "#006400", "#a00000"


class SlipVerifyDialog(QDialog):
    """Says whose slip a code belongs to, or that this office never issued it."""
    HELP_SECTION = "slip-verify"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Periksa keaslian slip akun"))
        self.found: slips.SlipInfo | None = None

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Kode verifikasi (mis. K7QXM-3HRTA) atau pindai kode QR slip"))
        self.code.setClearButtonEnabled(True)
        self.code.returnPressed.connect(self.check)
        label = QLabel(self.tr("&Kode:"))
        label.setBuddy(self.code)
        check = QPushButton(self.tr("&Periksa"))
        check.setAutoDefault(False)
        check.clicked.connect(self.check)
        self.result_label = QLabel(self.tr("Ketik kode verifikasi yang tercetak di slip, atau arahkan pemindai "
                                           "ke kode QR-nya."))
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result_label.setMinimumHeight(180)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)  # Enter after a scan checks the code; it must not close the dialog
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.code, 1)
        row.addWidget(check)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 320))

    def check(self) -> None:
        """Look the typed or scanned text up and show the answer."""
        try:
            self.found = slips.find_slip(self.code.text())
        except UserError as exc:
            self.found = None
            self._show(BAD_COLOR, escape(messages.translate_error(exc)))
        else:
            if self.found is None:
                self._show(BAD_COLOR, "<b>" + escape(self.tr("Kode tidak dikenal - slip mungkin palsu.")) + "</b><br>"
                           + escape(self.tr("Tidak ada slip dengan kode ini yang pernah dicetak kantor ini. "
                                            "Jangan layani permintaan berdasarkan slip ini; hubungi PPK "
                                            "yang namanya tertera.")))
            else:
                self._show_slip(self.found)
        self.code.selectAll()
        self.code.setFocus()

    def _show(self, color: str, html: str) -> None:
        self.result_label.setText(f"<div style='color:{color}'>{html}</div>")

    def _show_slip(self, info: slips.SlipInfo) -> None:
        yes, no = self.tr("Ya"), self.tr("Tidak")
        if info.replaced_at:
            heading = self.tr("Slip ini pernah dicetak kantor ini, tetapi SUDAH TIDAK BERLAKU: diganti cetak "
                              "ulang dengan password baru pada {when}.").format(when=datetime_text(info.replaced_at))
            color = BAD_COLOR
        else:
            heading = self.tr("Slip asli: tercatat di register kantor ini.")
            color = OK_COLOR
        if info.received_by:
            handed = info.received_by + (" " + self.tr("(kuasa)") if info.by_proxy else "")
        else:
            handed = self.tr("belum diserahkan")
        rows = [(self.tr("Nomor agenda"), info.agenda_number), (self.tr("Nama PPK"), info.name),
                (self.tr("NIP"), group_nip(info.nip)), (self.tr("User ID"), info.user_id),
                (self.tr("Kode verifikasi"), info.verification_code),
                (self.tr("Dicetak"), self.tr("{when} oleh {who}").format(when=datetime_text(info.printed_at),
                                                                         who=info.printed_by)),
                (self.tr("Cetak ulang"), yes if info.reprint else no), (self.tr("Diserahkan kepada"), handed)]
        table = "".join(f"<tr><td style='padding-right:12px'>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>"
                        for k, v in rows)
        self.result_label.setText(f"<p style='color:{color}'><b>{escape(heading)}</b></p><table>{table}</table>")
