"""Use cases through the services: what ends up in the database, and what is refused."""
import datetime as dt
import json

import pytest

from tests.factories import advance, all_present, application_input
from ukpbj_desktop import audit, services, workflow
from ukpbj_desktop.errors import ValidationError, WorkflowError
from ukpbj_desktop.required_documents import CheckedDocument
from ukpbj_desktop.store.models import Application, AuditEvent, ChecklistItem, SpseAccount, StepLog, now
from ukpbj_desktop.store.settings import set_setting


def register(operator, **kw):
    return services.submit(operator, application_input(**kw))


def test_register_gives_agenda_numbers_per_year(store):
    first = register(store, received_at=dt.datetime(2025, 3, 1, 9))
    second = register(store, nip="19700101 199503 2 001", received_at=dt.datetime(2025, 3, 2, 9))
    next_year = register(store, nip="19700101 199503 2 002", received_at=dt.datetime(2026, 1, 2, 9))
    assert [first.agenda_number, second.agenda_number, next_year.agenda_number] == [
        "027/0001/UKPBJ/2025", "027/0002/UKPBJ/2025", "027/0001/UKPBJ/2026"]
    assert first.current_step == "check_completeness" and first.state == workflow.IN_PROGRESS
    assert first.applicant.nip == "196507051992031023"  # grouped form normalised
    assert first.applicant.mobile == "081234567890"


def test_agenda_pattern_is_configurable(store):
    set_setting("agenda_pattern", "{year}/PPK/{seq:03d}")
    assert register(store, received_at=dt.datetime(2026, 5, 1)).agenda_number == "2026/PPK/001"


def test_registration_logs_step_one_and_an_audit_event(store):
    app = register(store)
    log = StepLog.get(StepLog.application == app)
    assert (log.step, log.outcome, log.operator_id) == ("submit", "registered", store.id)
    assert AuditEvent.select().where(AuditEvent.entity_id == app.id).count() == 1


@pytest.mark.parametrize("field,kw", [
    ("nip", {"nip": "19650705199203102"}),                       # 17 digits
    ("nip", {"nip": "19650231 199203 1 023"}),                   # born 31 February
    ("name", {"name": ""}),
])
def test_bad_input_is_refused_and_nothing_is_saved(store, field, kw):
    with pytest.raises(ValidationError) as err:
        register(store, **kw)
    assert err.value.field == field
    assert Application.select().count() == 0 and StepLog.select().count() == 0


def test_an_unknown_certificate_type_is_named_at_its_field_not_a_foreign_key_error(store):
    with pytest.raises(ValidationError) as err:
        services.submit(store, application_input(certificate_type="LEVEL-9"))
    assert err.value.field == "certificate_type" and '"LEVEL-9" tidak dikenal' in err.value.message()
    assert Application.select().count() == 0


@pytest.mark.parametrize("field, value", [("name", "Budi \ud800Santoso"), ("address", "Jl. Ahmad Yani\x00 12"),
                                          ("sk_number", "800/1\x1b23"), ("courier_name", "Ojek\udfff")])
def test_a_control_or_broken_character_is_refused_at_its_field(store, field, value):
    data = application_input(delivery_mode="courier", courier_name="Pak Ali")
    if hasattr(data.applicant, field):
        setattr(data.applicant, field, value)
    else:
        setattr(data, field, value)
    with pytest.raises(ValidationError) as err:
        services.submit(store, data)
    assert err.value.field == field and "karakter kendali atau karakter rusak" in err.value.message()
    assert Application.select().count() == 0


def test_email_without_domain_is_reported_with_other_errors(store):
    data = application_input(name="")
    data.applicant.email = "japar@"
    checked = services.check_application_input(data)
    assert {"email", "name"} <= set(checked.errors)


def test_duplicate_open_application_names_the_existing_one(store):
    first = register(store)
    with pytest.raises(WorkflowError) as err:
        register(store)
    assert first.agenda_number in err.value.message()
    assert Application.select().count() == 1


def test_a_ppk_may_apply_again_once_the_earlier_file_is_archived(store):
    app = register(store)
    app = services.reject_at_completeness_check(store, app, ["Bukan PPK"])
    app = services.reject(store, app)
    services.archive(store, app, services.ArchiveInput("000.3.5", "Berkas", "2026"))
    again = register(store, name="Drs. Japar Kwairumaratu, M.Si.")
    assert again.applicant_id == app.applicant_id  # the applicant is not typed twice
    assert again.applicant.name == "Drs. Japar Kwairumaratu, M.Si."


def test_incomplete_file_goes_to_notice_then_back_to_checklist(store):
    app = register(store)
    checked = [CheckedDocument("SURAT_PERMOHONAN", True), CheckedDocument("SK_PPK", True, original_sighted=False),
               CheckedDocument("SERTIFIKAT_PBJ", False)]
    app, missing = services.check_completeness(store, app, checked)
    assert app.current_step == "request_documents"
    assert any("Sertifikat" in m for m in missing) and any("asli" in m for m in missing)
    assert services.current_missing(app) == missing
    app = services.request_documents(store, app)
    assert app.state == workflow.AWAITING_PPK
    app = services.supply_documents(store, app)
    assert app.current_step == "check_completeness"
    app, missing = services.check_completeness(store, app, all_present(app))
    assert missing == [] and app.current_step == "check_validity"
    assert ChecklistItem.select().where(ChecklistItem.application == app).count() == 3


def test_pa_brings_the_sk_pelantikan(store):
    app = register(store, is_pa=True)
    app, missing = services.check_completeness(store, app, [CheckedDocument("SURAT_PERMOHONAN", True),
                                                             CheckedDocument("SK_PPK", True, True),
                                                             CheckedDocument("SERTIFIKAT_PBJ", True)])
    assert missing == ["SK Pelantikan (bagi PA yang merangkap PPK)"]


def test_courier_delivery_needs_no_original(store):
    app = register(store, delivery_mode="courier")
    docs = [CheckedDocument(c, True) for c in ("SURAT_PERMOHONAN", "SK_PPK", "SERTIFIKAT_PBJ")]
    assert services.check_completeness(store, app, docs)[1] == []


def test_full_happy_path_records_every_step_with_times(store):
    app = advance(store, register(store), None)
    assert app.state == workflow.ARCHIVED and app.decision == "accepted"
    steps = [s.step for s in StepLog.select().where(StepLog.application == app).order_by(StepLog.id)]
    assert steps == ["submit", "check_completeness", "check_validity", "create_account", "hand_over", "archive"]
    assert SpseAccount.get(SpseAccount.application == app).user_id == "196507051992031023"
    assert all(s.finished_at >= s.started_at for s in StepLog.select())
    assert audit.verify_chain() is None


def test_step_duration_is_measured_from_when_the_dialog_opened(store):
    app = register(store)
    opened = dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=7)
    services.check_completeness(store, app, all_present(app), started_at=opened)
    log = StepLog.get((StepLog.application == app) & (StepLog.step == "check_completeness"))
    assert (log.finished_at - log.started_at) >= dt.timedelta(minutes=7)
    assert log.standard_minutes == 5


def test_invalid_needs_reasons_and_leads_to_rejection(store):
    app = advance(store, register(store), "check_validity")
    with pytest.raises(ValidationError):
        services.check_validity(store, app, False, reasons=[" "])
    app = services.check_validity(store, app, False, reasons=["Nomor SK berbeda"], contact="telepon")
    assert (app.current_step, app.state) == ("reject", workflow.REJECTED)
    app = services.reject(store, app)
    assert app.current_step == "archive" and app.decision_reasons == "Nomor SK berbeda"


def test_valid_needs_the_fields_spse_asks_for(store):
    app = advance(store, register(store, sk_number=""), "check_validity")
    with pytest.raises(ValidationError) as err:
        services.check_validity(store, app, True)
    assert err.value.field == "sk_number"


def test_expired_sk_cannot_be_valid(store):
    expired = register(store, sk_valid_until=dt.date(2020, 1, 1), sk_date=dt.date(2019, 1, 1))
    app = advance(store, expired, "check_validity")
    with pytest.raises(ValidationError):
        services.check_validity(store, app, True)


def test_user_id_must_be_unique(store):
    first = advance(store, register(store), "create_account")
    services.create_account(store, first, "ppk.pupr")
    other = advance(store, register(store, nip="19700101 199503 2 001"), "create_account")
    with pytest.raises(ValidationError) as err:
        services.create_account(store, other, "PPK.PUPR")
    assert err.value.field == "user_id"
    assert Application.get_by_id(other.id).current_step == "create_account"  # nothing half-written


def test_illegal_moves_change_nothing(store):
    app = register(store)
    before = (StepLog.select().count(), AuditEvent.select().count())
    with pytest.raises(WorkflowError):
        services.hand_over(store, app, "Japar")
    with pytest.raises(WorkflowError):
        services.create_account(store, app, "x123")
    assert (StepLog.select().count(), AuditEvent.select().count()) == before
    assert not SpseAccount.select().exists()
    archived = advance(store, app, None)
    with pytest.raises(WorkflowError):
        services.archive(store, archived, services.ArchiveInput("000.3.5", "Berkas", "2026"))
    assert StepLog.select().where(StepLog.step == "archive").count() == 1


def test_slip_before_account_and_handover_before_slip_are_refused(store):
    app = advance(store, register(store), "check_validity")
    with pytest.raises(WorkflowError):
        services.record_slip(store, app, "AAAAA-BBBBB")
    app = advance(store, app, "create_account")
    app = services.create_account(store, app, "ppk1")
    with pytest.raises(WorkflowError):
        services.hand_over(store, app, "Japar")
    services.record_slip(store, app, "AAAAA-BBBBB")
    assert services.record_slip(store, app, "AAAAA-CCCCC").reprint is True


def test_data_can_be_corrected_until_the_account_is_created_and_the_audit_keeps_old_and_new(store):
    app = advance(store, register(store), "check_validity")
    app = services.update_application(store, app, application_input(name="Japar K.", sk_valid_until="31-12-2098"))
    assert (app.applicant.name, app.sk_valid_until) == ("Japar K.", dt.date(2098, 12, 31))
    assert app.current_step == "check_validity"  # a correction is no step
    event = AuditEvent.select().where(AuditEvent.action == "update").get()
    assert json.loads(event.data)["changes"] == {"name": ["Drs. Japar Kwairumaratu", "Japar K."],
                                                 "sk_valid_until": ["2099-12-31", "2098-12-31"]}
    app = advance(store, app, "hand_over")
    with pytest.raises(WorkflowError, match="sudah dibuat"):
        services.update_application(store, app, application_input(name="Japar"))
    assert Application.get_by_id(app.id).applicant.name == "Japar K."


def test_what_the_checklist_depended_on_stays_once_checked(store):
    app = advance(store, register(store), "check_validity")
    for change in ({"is_pa": True}, {"delivery_mode": "courier", "courier_name": "La Ode"}):
        with pytest.raises(ValidationError, match="Status PA dan cara penyampaian"):
            services.update_application(store, app, application_input(**change))
    assert services.update_application(store, register(store, nip="19700101 199503 2 001"),
                                       application_input(nip="19700101 199503 2 001", is_pa=True)).is_pa


def test_a_rejected_file_cannot_be_corrected(store):
    app = advance(store, register(store), "check_validity")
    app = services.check_validity(store, app, False, reasons=["NIK salah"])
    with pytest.raises(WorkflowError, match="sudah ditolak"):
        services.update_application(store, app, application_input(name="Japar K."))


def test_impossible_dates_are_refused_at_their_field_never_moved(store):
    checked = services.check_application_input(application_input(sk_date="31-02-2026", sk_valid_until="2026-12"))
    assert checked.errors["sk_date"].message() == ("Tanggal 31-02-2026 tidak ada: bulan 02-2026 hanya sampai "
                                                   "tanggal 28.")
    assert checked.errors["sk_valid_until"].field == "sk_valid_until"
    with pytest.raises(ValidationError):
        services.submit(store, application_input(sk_date="31-02-2026"))
    assert Application.select().count() == 0


def test_a_back_dated_file_keeps_its_receipt_time_and_its_reason(store):
    received = now() - dt.timedelta(days=2, hours=3)
    typed = received.strftime("%d-%m-%Y %H.%M")
    with pytest.raises(ValidationError, match="Tuliskan mengapa") as refused:
        services.submit(store, application_input(received_at=typed, received_reason=""))
    assert refused.value.field == "received_reason"
    app = services.submit(store, application_input(received_at=typed, received_reason="  komputer   mati "))
    assert app.received_at == received.replace(second=0) == app.step_entered_at
    log = StepLog.get(StepLog.application == app.id)
    assert log.note.endswith(": komputer mati") and log.started_at == app.received_at
    event = AuditEvent.select().where(AuditEvent.action == "backdate").get()
    assert json.loads(event.data)["reason"] == "komputer mati"


@pytest.mark.parametrize("typed, message", [
    ("01-01-2021 08.00", "sebelum SOP berlaku"),
    ((now() + dt.timedelta(hours=2)).strftime("%d-%m-%Y %H.%M"), "setelah saat ini"),
    ("01-01-2026", "jam"),
    ("01-01-2026 25.00", "Jam 25.00 tidak ada"),
])
def test_a_receipt_time_in_the_future_before_the_sop_or_malformed_is_refused(typed, message):
    checked = services.check_application_input(application_input(received_at=typed))
    assert message in checked.errors["received_at"].message()


def test_a_file_recorded_within_minutes_needs_no_reason(store):
    app = services.submit(store, application_input(received_at=(now() - dt.timedelta(minutes=3))
                                                   .strftime("%d-%m-%Y %H.%M"), received_reason=""))
    assert StepLog.get(StepLog.application == app.id).note == ""


def test_archive_defaults_retention_from_the_classification(store):
    app = advance(store, register(store), "archive")
    app = services.archive(store, app, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026", box_no="12"))
    record = app.archive.get()
    assert (record.active_years, record.inactive_years, record.disposition) == (2, 3, "permanen")
    assert record.archive_number.startswith(f"ARS/{dt.date.today().year}/")


def test_tampering_with_the_audit_trail_is_detected(store):
    register(store)
    register(store, nip="19700101 199503 2 001")
    first = AuditEvent.select().order_by(AuditEvent.id).first()
    AuditEvent.update(data='{"agenda": "forged"}').where(AuditEvent.id == first.id).execute()
    assert audit.verify_chain() == first.id
