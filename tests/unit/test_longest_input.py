"""Every document prints every input validation accepts: each field at its longest, as words and as one
unbroken run of characters, through the real services and into each PDF, with no layout error."""
from dataclasses import replace

import pytest

from tests.factories import advance, all_present
from tests.printed import pages
from ukpbj_desktop import services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.reports.archive_list import archive_list_pdf
from ukpbj_desktop.documents.reports.dossier import dossier_pdf
from ukpbj_desktop.documents.reports.notices import completion_notice_pdf, receipt_pdf, rejection_notice_pdf
from ukpbj_desktop.documents.reports.slip import handover_slip_pdf
from ukpbj_desktop.errors import ValidationError
from ukpbj_desktop.queries import archive as aq
from ukpbj_desktop.required_documents import CheckedDocument
from ukpbj_desktop.store import limits
from ukpbj_desktop.store.models import Applicant, Application, ArchiveRecord, ChecklistItem, StepLog


def text(length, unbroken=False):
    """``length`` characters of words, or of one word that cannot be wrapped at a space."""
    if unbroken:
        return ("Pengadaan" * (length // 9 + 1))[:length]
    return ("Pengadaan barang jasa pemerintah " * (length // 30 + 1))[:length - 1] + "x"


def longest(unbroken):
    cut = lambda column: text(limits.limit(column), unbroken)  # noqa: E731
    applicant = services.ApplicantInput(
        nip="19650705 199203 1 023", name=("Drs. " + "Abcdefghij " * 10)[:100],
        position=cut(Applicant.position), work_unit=cut(Applicant.work_unit), rank=cut(Applicant.rank),
        agency=cut(Applicant.agency), address=cut(Applicant.address),
        email="a" * 64 + "@" + "b" * 49 + ".go.id", mobile="0812-3456-7890")
    return services.ApplicationInput(applicant=applicant, delivery_mode="courier", courier_name=cut(
        Application.courier_name), sk_number="800/" + "1" * 96, certificate_type="LEVEL-1",
        certificate_number="LV1/" + "2" * 96)


@pytest.fixture(params=[False, True], ids=["words", "unbroken"])
def unbroken(request):
    return request.param


def test_every_document_prints_the_longest_input(store, unbroken, tmp_path):
    data = longest(unbroken)
    assert len(data.applicant.address) == limits.limit(Applicant.address)
    note = text(limits.NOTE_LIMIT, unbroken)
    app = services.submit(store, data)
    checked = [CheckedDocument(d.code, False, None, text(limits.CHECKLIST_NOTE_LIMIT, unbroken))
               for d in all_present(app)]
    app, _missing = services.check_completeness(store, app, checked, note=note[:1500])
    pdfs = [completion_notice_pdf(paperwork.completion_notice(app, store)), receipt_pdf(paperwork.receipt(app, store))]
    app = services.request_documents(store, app, note=note)
    app = services.supply_documents(store, app, note=note)
    app, _missing = services.check_completeness(store, app, all_present(app), note=note)
    reasons = [text(199, unbroken) for _ in range(10)]  # 10 lines of 199 and their breaks: 1,999 characters
    app = services.check_validity(store, app, False, reasons=reasons, note=note)
    pdfs.append(rejection_notice_pdf(paperwork.rejection_notice(app, store)))
    app = services.reject(store, app)
    cut = lambda column: text(limits.limit(column), unbroken)  # noqa: E731
    services.archive(store, app, services.ArchiveInput(
        "000.3.5", cut(ArchiveRecord.description), cut(ArchiveRecord.period), folder_no=cut(ArchiveRecord.folder_no),
        box_no=cut(ArchiveRecord.box_no), room=cut(ArchiveRecord.room), rack=cut(ArchiveRecord.rack),
        shelf=cut(ArchiveRecord.shelf), media=cut(ArchiveRecord.media)))
    assert max(len(s.note) for s in StepLog.select()) >= limits.NOTE_LIMIT
    pdfs.append(dossier_pdf(paperwork.dossier_data(app.id, store)))
    flt = aq.ArchiveFilter()
    pdfs.append(archive_list_pdf(paperwork.archive_list_data(aq.iter_rows(flt), flt, store)))
    other = replace(data, applicant=replace(data.applicant, nip="19650705 199203 1 031"))
    accepted = advance(store, services.submit(store, other), "hand_over")
    pdfs.append(handover_slip_pdf(paperwork.slip(accepted, store, "a" * 30, "Kata@Sandi2026", "ABCDE-FGHJK")))
    for pdf in pdfs:
        assert pages(pdf)  # rendered, and readable back


@pytest.mark.parametrize("column, field", [(Applicant.email, "email"), (Applicant.position, "position"),
                                           (Application.courier_name, "courier_name"), (Applicant.address, "address")])
def test_a_text_longer_than_its_column_is_refused_at_its_field(store, column, field):
    data = longest(False)
    too_long = "x" * (limits.limit(column) + 1)
    if field == "email":
        too_long = "a" * 64 + "@" + "b" * 56 + ".go.id"  # 127 characters: a valid address, too long to keep
    target = data.applicant if hasattr(data.applicant, field) else data
    changed = replace(target, **{field: too_long})
    data = replace(data, applicant=changed) if target is data.applicant else changed
    checked = services.check_application_input(data)
    assert field in checked.errors and "terlalu panjang" in checked.errors[field].message()
    with pytest.raises(ValidationError):
        services.submit(store, data)
    assert Application.select().count() == 0


def test_a_step_note_or_a_checklist_note_past_its_limit_is_refused_and_nothing_is_written(store):
    app = services.submit(store, longest(False))
    with pytest.raises(ValidationError, match="terlalu panjang") as refused:
        services.check_completeness(store, app, all_present(app), note="x" * (limits.NOTE_LIMIT + 1))
    assert refused.value.field == "note"
    long_note = [CheckedDocument(d.code, True, d.original_sighted, "x" * 301) for d in all_present(app)]
    with pytest.raises(ValidationError, match="terlalu panjang"):
        services.check_completeness(store, app, long_note)
    assert ChecklistItem.select().count() == 0 and StepLog.select().count() == 1  # only the registration
