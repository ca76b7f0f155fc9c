"""An application's side panel, in the main window and the archive's history tab: all of it, to read and copy.

The applicant's data appear the way SPSE's staff record lists them, the documents as last
checked, and the step log with each step's duration against its time standard; steps
that took longer, and a file waiting too long now, are marked.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from ukpbj_desktop.formatting import group_nip, group_phone
from ukpbj_desktop.queries import register as rq
from ukpbj_desktop.store.models import now
from ukpbj_desktop.ui.widgets.formatting import date_text, datetime_text
from ukpbj_desktop.ui.widgets.labels import (
    delivery_label,
    document_label,
    duration_label,
    outcome_label,
    state_and_decision_label,
    step_label,
)
from ukpbj_desktop.ui.widgets.rich_text import html_heading, html_table, html_value, unbroken

OVERDUE_COLOUR = "#b3261e"


class DetailsPanel(QWidget):
    """Shows one application's :class:`register_query.Details`, or a hint when none is selected."""

    open_requested = Signal(int)  # application id
    archive_requested = Signal(int)  # application id, to be shown in the archive browser

    def __init__(self, parent: QWidget | None = None, archive_link: bool = False):
        super().__init__(parent)
        self.archive_link = archive_link
        self.application_id: int | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        # A narrow panel may cut the step's name short rather than widen the window.
        self.open_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.open_button.setMinimumWidth(160)
        self.archive_button = QPushButton(self.tr("Lihat di ar&sip"), self)
        self.archive_button.setToolTip(self.tr("Buka arsip berkas ini: letak boks, pindaian, Daftar Arsip"))
        self.archive_button.clicked.connect(lambda: self.archive_requested.emit(self.application_id))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never within a word: a NIP stays whole
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.open_button)
        layout.addWidget(self.archive_button)
        layout.addWidget(self.browser, 1)
        self.show_details(None)

    def show_details(self, details: rq.Details | None) -> None:
        self.application_id = details.id if details else None
        if details is None:
            none = self.tr("Tidak ada permohonan dipilih")
            self.title.setText(f"<b>{html.escape(none)}</b>")
            hint = self.tr("Pilih satu baris di daftar untuk melihat rinciannya.")
            self.browser.setHtml(f"<p>{html.escape(hint)}</p>")
            self.open_button.hide()
            self.archive_button.hide()
            return
        self.title.setText(f"<span style='font-size:large'><b>{html.escape(details.agenda_number)}</b></span><br>"
                           f"{html.escape(details.name)} &middot; "
                           f"{html.escape(state_and_decision_label(details.state, details.decision))}")
        self.open_button.setVisible(details.current_step is not None)
        self.archive_button.setVisible(self.archive_link and details.archive_number is not None)
        if details.current_step is not None:
            label = self.tr("&Proses langkah {step}").format(step=step_label(details.current_step))
            self.open_button.setText(label)
            self.open_button.setToolTip(label.replace("&", ""))
        self.browser.setHtml(self._waiting(details) + self._applicant(details) + self._application(details)
                             + self._documents(details) + self._steps(details))

    def text(self) -> str:
        """What the panel shows, as plain text (for tests and copying)."""
        return QTextDocumentFragment.fromHtml(self.title.text()).toPlainText() + "\n" + self.browser.toPlainText()

    def _open(self) -> None:
        if self.application_id is not None:
            self.open_requested.emit(self.application_id)

    def _waiting(self, d: rq.Details) -> str:
        at = now()
        waited = d.waiting(at)
        if waited is None:
            return ""
        text = self.tr("Menunggu {waited} di langkah {step}.").format(
            waited=duration_label(waited), step=step_label(d.current_step))
        if d.overdue(at):
            text += " " + self.tr("Melewati standar waktu {minutes} menit.").format(minutes=d.standard_minutes)
            return f"<p style='color:{OVERDUE_COLOUR}'><b>&#9888; {html.escape(text)}</b></p>"
        return f"<p>{html.escape(text)}</p>"

    def _applicant(self, d: rq.Details) -> str:
        rows = [(self.tr("Nama"), html_value(d.name)), (self.tr("NIP"), html_value(unbroken(group_nip(d.nip)))),
                (self.tr("NIK"), html_value(d.nik)), (self.tr("Jabatan"), html_value(d.position)),
                (self.tr("Pangkat/golongan"), html_value(d.rank)), (self.tr("Satuan kerja"), html_value(d.work_unit)),
                (self.tr("Instansi"), html_value(d.agency)), (self.tr("E-mail"), html_value(d.email)),
                (self.tr("Telepon"), html_value(group_phone(d.phone))),
                (self.tr("HP"), html_value(group_phone(d.mobile))),
                (self.tr("Alamat"), html_value(d.address))]
        return html_heading(self.tr("Pemohon")) + html_table(rows)

    def _application(self, d: rq.Details) -> str:
        delivery = delivery_label(d.delivery_mode)
        if d.courier_name:
            delivery += f" ({d.courier_name})"
        sk = d.sk_number and self.tr("{number}, tanggal {date}, berlaku s.d. {until}").format(
            number=d.sk_number, date=date_text(d.sk_date) or "-", until=date_text(d.sk_valid_until) or "-")
        number = f"({d.certificate_number})" if d.certificate_number else ""
        certificate = " ".join(part for part in (d.certificate_name, number) if part)
        rows = [(self.tr("Diterima"), html_value(datetime_text(d.received_at))),
                (self.tr("Penyampaian"), html_value(delivery)),
                (self.tr("Pemohon sebagai"),
                 html_value(self.tr("PA yang merangkap PPK") if d.is_pa else self.tr("PPK"))),
                (self.tr("SK"), html_value(sk)), (self.tr("Sertifikat"), html_value(certificate)),
                (self.tr("User ID SPSE"), f"<tt>{html_value(d.user_id)}</tt>" if d.user_id else html_value(None)),
                (self.tr("No. arsip"), html_value(d.archive_number))]
        if d.decision_reasons:
            rows.append((self.tr("Alasan penolakan"), html_value(d.decision_reasons)))
        return html_heading(self.tr("Permohonan")) + html_table(rows)

    def _documents(self, d: rq.Details) -> str:
        heading = html_heading(self.tr("Dokumen"))
        if not d.checklist:
            unchecked = self.tr("Kelengkapan berkas belum diperiksa.")
            return heading + f"<p>{html.escape(unchecked)}</p>"
        lines = []
        for item in d.checklist:
            mark = "&#10004;" if item.present else f"<span style='color:{OVERDUE_COLOUR}'>&#10008;</span>"
            notes = []
            if not item.present:
                notes.append(self.tr("tidak ada"))
            if item.original_sighted:
                notes.append(self.tr("asli diperlihatkan"))
            if item.note:
                notes.append(item.note)
            suffix = f" <i>({html.escape('; '.join(notes))})</i>" if notes else ""
            lines.append(f"<tr><td>{mark}</td><td>{html.escape(document_label(item.name))}{suffix}</td></tr>")
        return heading + f"<table cellspacing='0' cellpadding='2'>{''.join(lines)}</table>"

    def _steps(self, d: rq.Details) -> str:
        """One short block per step: what, outcome, who, when, how long against the standard."""
        blocks = []
        for step in d.steps:
            outcome = outcome_label(step.step, step.outcome)
            timing = duration_label(step.duration)
            if step.standard_minutes:
                timing = self.tr("{duration} (standar {minutes} menit)").format(duration=timing,
                                                                               minutes=step.standard_minutes)
            line = f"{html.escape(step.operator)} &middot; {html.escape(datetime_text(step.finished_at))}"
            if step.started_at != step.finished_at:
                line += f" &middot; {html.escape(timing)}"
            if step.overdue:
                over = self.tr("melewati standar")
                line = f"<span style='color:{OVERDUE_COLOUR}'><b>&#9888; {line}</b> {html.escape(over)}</span>"
            if step.note:
                line += f"<br><i>{html.escape(step.note)}</i>"
            blocks.append(f"<p style='margin:0 0 6px 0'><b>{html.escape(step_label(step.step))}</b> &mdash; "
                          f"{html.escape(outcome)}<br>{line}</p>")
        return html_heading(self.tr("Riwayat langkah")) + "".join(blocks)
