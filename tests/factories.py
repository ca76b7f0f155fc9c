"""Valid inputs and applications at a given SOP step, for tests."""
import datetime as dt

from ukpbj_desktop import services, workflow
from ukpbj_desktop.required_documents import CheckedDocument, required_documents

NIP = "19650705 199203 1 023"


def application_input(nip=NIP, name="Drs. Japar Kwairumaratu", is_pa=False, delivery_mode="in_person", **extra):
    applicant = services.ApplicantInput(
        nip=nip, name=name, position="Kepala Bidang Bina Marga",
        work_unit="Dinas Pekerjaan Umum dan Penataan Ruang", rank="IV/a", email="japar@serambagiantimurkab.go.id",
        mobile="0812-3456-7890")
    values = dict(sk_number="800/123/KEP/2026", sk_date=dt.date(2026, 1, 5), sk_valid_until=dt.date(2099, 12, 31),
                  certificate_type="LEVEL-1", certificate_number="LV1-0001234")
    if "received_at" in extra:  # a file recorded after it came in says why
        values["received_reason"] = "diterima sebelum aplikasi dipakai"
    values.update(extra)
    return services.ApplicationInput(applicant=applicant, is_pa=is_pa, delivery_mode=delivery_mode, **values)


def all_present(app):
    return [CheckedDocument(d.code, True, True if d.original_in_person else None)
            for d in required_documents(app.is_pa)]


def advance(operator, app, to_step):
    """Walk an application along the happy path until it waits at ``to_step``."""
    moves = {
        "check_completeness": lambda a: services.check_completeness(operator, a, all_present(a))[0],
        "check_validity": lambda a: services.check_validity(operator, a, True),
        "create_account": lambda a: services.create_account(operator, a, a.applicant.nip),
        "hand_over": lambda a: (services.record_slip(operator, a, f"TEST{a.id:06d}") and
                      services.hand_over(operator, a, a.applicant.name)),
        "archive": lambda a: services.archive(operator, a, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026")),
    }
    while app.current_step != to_step:
        step = app.current_step
        app = moves[step](app) if step in moves else services.record_step(
            operator, app, step, next(iter(workflow.sop().step(step).outcomes)))  # a revised SOP's new step
    return app
