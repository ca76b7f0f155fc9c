"""Official records are always Indonesian: the whole SOP, run through its dialogs with the UI in English,
leaves no English word in any stored text nor on any paper it prints.

"English words" are the words of the catalogue's English translations that no Indonesian source text
uses ("rejected", "received", "location"...), so the check grows with the catalogue.
"""
import json
import re
import xml.etree.ElementTree as ET

import peewee as pw
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tests.printed import pages
from ukpbj_desktop import config
from ukpbj_desktop.documents import exports
from ukpbj_desktop.queries import archive as aq
from ukpbj_desktop.store import models
from ukpbj_desktop.store.models import Application
from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.archive.browser import ArchiveBrowser
from ukpbj_desktop.ui.steps.archive import ArchiveDialog
from ukpbj_desktop.ui.steps.check_completeness import CheckCompletenessDialog
from ukpbj_desktop.ui.steps.check_validity import CheckValidityDialog
from ukpbj_desktop.ui.steps.create_account import CreateAccountDialog
from ukpbj_desktop.ui.steps.hand_over import HandOverDialog
from ukpbj_desktop.ui.steps.notices import RejectDialog, RequestDocumentsDialog, SupplyDocumentsDialog
from ukpbj_desktop.ui.steps.submit import SubmitDialog
from ukpbj_desktop.ui.widgets import fields as field_widgets

WORD = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more; shorter ones are shared by both languages
MARKUP = re.compile(r"\{[^}]*\}|<[^>]*>|&\w+;|%n")  # placeholders, tags and entities are not words

# Words the office's Indonesian uses as they are: Permendagri 83/2022 names a classification "database pengguna
# sistem informasi PBJ"; the first operator is the "Administrator".
LOANWORDS = {"database", "administrator"}

# Columns that hold machine values (codes the program compares, digests, keys), not words for people.
CODES = {"Setting.key", "Operator.username", "Operator.role", "Operator.password_hash", "Application.delivery_mode",
         "Application.current_step", "Application.state", "Application.decision", "ChecklistItem.document_code",
         "StepLog.step", "StepLog.outcome", "SlipPrint.verification_code", "Scan.sha256", "AuditEvent.action",
         "AuditEvent.entity", "AuditEvent.prev_hash", "AuditEvent.hash"}

APPLICANTS = (
    {"nip": "19650705 199203 1 023", "name": "Drs. Japar Kwairumaratu", "nik": "8106011507650003",
     "position": "Kepala Bidang Bina Marga", "rank": "Pembina (IV/a)",
     "work_unit": "Dinas Pekerjaan Umum dan Penataan Ruang", "email": "japar@serambagiantimurkab.go.id",
     "mobile": "0812-3456-7890", "sk_number": "800/123/KEP/2026", "certificate_number": "LV1-0001234"},
    {"nip": "19700101 199503 2 001", "name": "Theodora Kuswandari, S.T.", "nik": "8106014101700002",
     "position": "Sekretaris Dinas", "rank": "Penata Tingkat I (III/d)", "work_unit": "Dinas Kesehatan",
     "email": "theodora@serambagiantimurkab.go.id", "mobile": "0813-1111-2222", "sk_number": "800/77/KEP/2026",
     "certificate_number": "LV1-0007777"},
)


def english_words() -> set[str]:
    """Words of the English catalogue's translations that differ from their source, less every word the
    Indonesian sources use (names of things like SPSE, NIP, PPK are the same in both)."""
    root = ET.parse(config.resources_dir() / "translations" / "ukpbj_en.ts").getroot()
    english, indonesian = set(), set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = " ".join(message.find("translation").itertext())
        indonesian |= words(source)
        if translation.strip() and translation != source:
            english |= words(translation)
    return english - indonesian - LOANWORDS


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(MARKUP.sub(" ", text))}


def stored_texts() -> dict[str, list[str]]:
    """Every text value in the database by "Model.column"; the audit trail's JSON by its values."""
    found: dict[str, list[str]] = {}
    for model in models.ALL_MODELS:
        for field in model._meta.sorted_fields:
            name = f"{model.__name__}.{field.name}"
            if isinstance(field, pw.CharField | pw.TextField) and name not in CODES:
                values = [v for (v,) in model.select(field).tuples() if v]
                found[name] = [text for v in values for text in (json_values(v) if name == "AuditEvent.data"
                                                                    else [v])]
    return found


def json_values(document: str) -> list[str]:
    def walk(value):
        if isinstance(value, dict):
            return [t for v in value.values() for t in walk(v)]
        if isinstance(value, list):
            return [t for v in value for t in walk(v)]
        return [value] if isinstance(value, str) else []

    return walk(json.loads(document))


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


@pytest.fixture
def english(qapp):
    assert i18n.install_translator(qapp, "en")
    yield
    i18n.install_translator(qapp, "id")


@pytest.fixture
def reasons_as_proposed(monkeypatch):
    """The reasons dialog confirmed as the step dialog filled it."""
    monkeypatch.setattr(field_widgets, "ask_reasons", lambda parent, title, prompt, reasons, ok_text: reasons)


def run(dialog_class, store, show, application, act, **options):
    """Open the step's dialog on the file as it now stands, let ``act`` work it; the dialog, accepted."""
    dialog = show(dialog_class(store, Application.get_by_id(application.id), **options))
    act(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, (dialog_class.__name__, dialog.application.current_step)
    return dialog


def submit(store, show, qtbot, values):
    dialog = show(SubmitDialog(store))
    for name, text in values.items():
        edit = dialog.edits[name]
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        edit.editingFinished.emit()
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog.application


def tick_documents(qtbot, dialog, leave_out=0):
    """Every document present (its original seen), but the first ``leave_out``, which get a note."""
    for row in dialog.document_rows[leave_out:]:
        for box in (row.present, row.original):
            if box is not None and not box.isChecked():  # a second check starts from the first one's ticks
                click(qtbot, box)
    for row in dialog.document_rows[:leave_out]:
        row.note.setText("Fotokopi tidak terbaca")


def checked(qtbot, complete):
    def act(dialog):
        tick_documents(qtbot, dialog, leave_out=0 if complete else 1)
        click(qtbot, dialog.receipt_button)  # saves the check, then prints the receipt of what was saved
    return act


def checked_valid(qtbot, valid):
    def act(dialog):
        keys = list(dialog.ticks)
        for key in keys if valid else keys[2:]:  # the first two values do not match the documents
            click(qtbot, dialog.ticks[key])
        for key in [] if valid else keys[:2]:
            click(qtbot, dialog.wrong[key])
        click(qtbot, dialog.contact_group.button(1))
        qtbot.keyClicks(dialog.contact_note, "Dengan Bu Theodora" if not valid else "Dengan Pak Japar")
        click(qtbot, dialog.valid_button if valid else dialog.invalid_button)
    return act


def noticed(qtbot):
    def act(dialog):
        click(qtbot, dialog.preview_button)
        click(qtbot, dialog.record_button)
    return act


def test_the_whole_sop_in_english_leaves_only_indonesian_records(store, show, qtbot, english, previews, shown,
                                                                  reasons_as_proposed, tmp_path):
    accepted, rejected = (submit(store, show, qtbot, values) for values in APPLICANTS)

    # Accepted: complete, valid, account created, slip printed and handed over, archived.
    run(CheckCompletenessDialog, store, show, accepted, checked(qtbot, complete=True))
    run(CheckValidityDialog, store, show, accepted, checked_valid(qtbot, valid=True))
    account = run(CreateAccountDialog, store, show, accepted,
                  lambda d: (d.created.setChecked(True), click(qtbot, d.ok_button)))
    run(HandOverDialog, store, show, accepted, lambda d: (click(qtbot, d.print_button), d.accept()),
        password=account.initial_password)
    run(ArchiveDialog, store, show, accepted, lambda d: click(qtbot, d.ok_button))  # no place: yes, file it

    # Rejected: incomplete, notice, completed, complete, not valid, rejection notice, archived.
    run(CheckCompletenessDialog, store, show, rejected, checked(qtbot, complete=False))
    run(RequestDocumentsDialog, store, show, rejected, noticed(qtbot))
    run(SupplyDocumentsDialog, store, show, rejected, lambda d: click(qtbot, d.ok_button))
    run(CheckCompletenessDialog, store, show, rejected, checked(qtbot, complete=True))
    run(CheckValidityDialog, store, show, rejected, checked_valid(qtbot, valid=False))
    run(RejectDialog, store, show, rejected, noticed(qtbot))
    run(ArchiveDialog, store, show, rejected, lambda d: (d.box.setText("3"), click(qtbot, d.ok_button)))

    assert [kind for kind, _title, _text in shown if kind in ("warning", "error")] == []
    files = {app.id: Application.get_by_id(app.id) for app in (accepted, rejected)}
    assert [(f.state, f.decision) for f in files.values()] == [("archived", "accepted"), ("archived", "rejected")]
    assert len(previews) == 6  # three receipts, the completion and rejection notices, the slip
    browser = show(ArchiveBrowser(store))
    for row in range(browser.model.rowCount()):
        browser.table.selectRow(row)
        browser.show_dossier()
    assert len(previews) == 8
    exports.export_archive_list(aq.ArchiveFilter(), tmp_path / "daftar-arsip.pdf")
    papers = [*previews, " ".join(pages((tmp_path / "daftar-arsip.pdf").read_bytes()))]
    assert "(ditolak)" in papers[-1]  # the rejected file's description, as the core wrote it

    english = english_words()
    assert {"rejected", "received", "location"} <= english  # the check knows English when it sees it
    stored = {name: sorted(words(" ".join(texts)) & english) for name, texts in stored_texts().items()}
    assert {name: found for name, found in stored.items() if found} == {}
    printed = [sorted(words(text) & english) for text in papers]
    assert printed == [[]] * len(papers)
