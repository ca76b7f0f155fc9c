"""Document data built from the records: what the paper says about the applicant."""
from tests.factories import application_input
from tests.printed import pages
from ukpbj_desktop import services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.reports.notices import receipt_pdf


def test_phone_numbers_are_printed_grouped(store):
    app = services.submit(store, application_input())  # mobile typed "0812-3456-7890", stored as digits
    assert app.applicant.mobile == "081234567890"
    assert paperwork.completion_notice(app, store).applicant.phone == "0812-3456-7890"
    assert "Telepon : 0812-3456-7890" in pages(receipt_pdf(paperwork.receipt(app, store)))[0]
    assert paperwork.dossier_data(app.id).applicant.phone == "0812-3456-7890"
