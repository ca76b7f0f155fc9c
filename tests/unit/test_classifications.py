"""The editable classification table: what is accepted, what is refused and why, and the trail it leaves."""
import json

import pytest

from tests.factories import advance, application_input
from ukpbj_desktop import audit, classifications, services
from ukpbj_desktop.classifications import ClassificationInput, save_classification
from ukpbj_desktop.errors import ValidationError
from ukpbj_desktop.store.models import ArchiveRecord, AuditEvent, Classification


def archived_under(operator, code: str, nip: str = "19650705 199203 1 023") -> ArchiveRecord:
    app = advance(operator, services.submit(operator, application_input(nip=nip)), "archive")
    services.archive(operator, app, services.ArchiveInput(code, "Berkas akun PPK", "2026"))
    return ArchiveRecord.get(ArchiveRecord.application == app)


def refusal(operator, data, original_code=None) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        save_classification(operator, data, original_code)
    return caught.value


def events(action: str) -> list[dict]:
    query = AuditEvent.select().where((AuditEvent.entity == "classification") & (AuditEvent.action == action))
    return [json.loads(e.data) for e in query.order_by(AuditEvent.id)]


def test_a_new_code_is_stored_cleaned_and_audited(store):
    row = save_classification(store, ClassificationInput(
        code=" 000.3.7 ", name="  Pengelolaan   Akun SPSE ", scheme="Permendagri 83/2022",
        active_years=1, inactive_years=0, disposition="Permanen", note="uji"))
    stored = Classification.get_by_id("000.3.7")
    assert (stored.name, stored.active_years, stored.inactive_years, stored.disposition) == (
        "Pengelolaan Akun SPSE", 1, 0, "permanen")
    assert row.code == "000.3.7"
    assert events("create")[-1]["code"] == "000.3.7"
    assert audit.verify_chain() is None


@pytest.mark.parametrize("code", ["", "   ", "A.1", "000..3", "000.3.", ".027", "027/1", "000 3", "٠٢٧"])
def test_a_code_must_be_digits_separated_by_dots(store, code):
    error = refusal(store, ClassificationInput(code=code, name="Uji"))
    assert error.field == "code"
    assert ("wajib diisi" if not code.strip() else "angka dipisah titik") in error.message()
    assert Classification.select().count() == 8  # the seeded codes only


def test_the_name_is_required(store):
    error = refusal(store, ClassificationInput(code="000.3.7", name="  "))
    assert (error.field, error.message()) == ("name", "Nama klasifikasi wajib diisi.")


@pytest.mark.parametrize("field", ["active_years", "inactive_years"])
@pytest.mark.parametrize("years", [-1, 100])
def test_retention_years_are_0_to_99_or_empty(store, field, years):
    error = refusal(store, ClassificationInput(code="000.3.7", name="Uji", **{field: years}))
    assert error.field == field
    assert "0 sampai 99 tahun" in error.message()
    for fine in (0, 99, None):
        save_classification(store, ClassificationInput(code="000.3.7", name="Uji", **{field: fine}),
                            original_code="000.3.7" if Classification.get_or_none(code="000.3.7") else None)
        assert getattr(Classification.get_by_id("000.3.7"), field) == fine


def test_the_disposition_is_one_of_three_or_empty(store):
    error = refusal(store, ClassificationInput(code="000.3.7", name="Uji", disposition="dibakar"))
    assert error.field == "disposition"
    assert "musnah, permanen, atau dinilai kembali" in error.message()
    for value in ("musnah", "permanen", "dinilai kembali", ""):
        save_classification(store, ClassificationInput(code=f"9.{len(value)}", name="Uji", disposition=value))
        assert Classification.get_by_id(f"9.{len(value)}").disposition == value


def test_overlong_text_is_refused_at_its_field(store):
    error = refusal(store, ClassificationInput(code="000.3.7", name="Uji", scheme="x" * 61))
    assert (error.field, error.message()) == ("scheme", "Skema paling panjang 60 karakter.")


def test_the_first_problem_in_form_order_is_raised(store):
    error = refusal(store, ClassificationInput(code="abc", name="", disposition="x"))
    assert error.field == "code"
    _, errors = classifications.check_classification(ClassificationInput(code="abc", name="", disposition="x"))
    assert list(errors) == ["code", "name", "disposition"]


def test_a_duplicate_code_is_refused_new_or_renamed(store):
    error = refusal(store, ClassificationInput(code="027", name="Pengadaan lagi"))
    assert (error.field, error.message()) == ("code", "Kode 027 sudah ada.")
    error = refusal(store, ClassificationInput(code="027", name="Swakelola"), original_code="000.3.4")
    assert error.message() == "Kode 027 sudah ada."
    assert Classification.get_by_id("000.3.4").name == "Swakelola"


def test_an_unused_code_can_be_renamed(store):
    save_classification(store, ClassificationInput(code="000.3.40", name="Swakelola"), original_code="000.3.4")
    assert Classification.get_or_none(code="000.3.4") is None
    assert Classification.get_by_id("000.3.40").name == "Swakelola"
    assert events("update")[-1]["changes"]["code"] == ["000.3.4", "000.3.40"]


def test_renaming_a_code_that_records_use_is_refused(store):
    archived_under(store, "027")
    error = refusal(store, ClassificationInput(code="027.1", name="Pengadaan"), original_code="027")
    assert error.field == "code"
    assert "Kode 027 sudah dipakai 1 arsip" in error.message()
    assert Classification.get_or_none(code="027") is not None and Classification.get_or_none(code="027.1") is None


def test_editing_a_rule_leaves_filed_records_as_they_were(store):
    record = archived_under(store, "000.3.5")
    rule = classifications.input_from(Classification.get_by_id("000.3.5"))
    rule.active_years, rule.inactive_years, rule.disposition = 10, 20, "musnah"
    save_classification(store, rule, original_code="000.3.5")
    again = ArchiveRecord.get_by_id(record.id)
    assert (again.active_years, again.inactive_years, again.disposition) == (2, 3, "permanen")
    assert Classification.get_by_id("000.3.5").active_years == 10
    assert events("update")[-1] == {"code": "000.3.5", "changes": {
        "active_years": [2, 10], "inactive_years": [3, 20], "disposition": ["permanen", "musnah"]}}


def test_saving_without_a_change_writes_no_event(store):
    save_classification(store, classifications.input_from(Classification.get_by_id("027")), original_code="027")
    assert events("update") == []


def test_delete_of_an_unused_code_is_audited(store):
    classifications.delete_classification(store, "000.3.6")
    assert Classification.get_or_none(code="000.3.6") is None
    assert events("delete")[-1]["name"] == "Monitoring dan Evaluasi Pengadaan"
    assert audit.verify_chain() is None


def test_delete_of_a_used_code_is_refused_with_the_count(store):
    archived_under(store, "027")
    with pytest.raises(ValidationError) as caught:
        classifications.delete_classification(store, "027")
    assert "Kode 027 dipakai 1 arsip dan tidak bisa dihapus" in caught.value.message()
    assert Classification.get_or_none(code="027") is not None
    assert events("delete") == []


def test_a_code_deleted_meanwhile_is_reported(store):
    classifications.delete_classification(store, "000.3.6")
    with pytest.raises(ValidationError, match="tidak ada lagi"):
        classifications.delete_classification(store, "000.3.6")
    with pytest.raises(ValidationError, match="tidak ada lagi"):
        save_classification(store, ClassificationInput(code="000.3.6", name="Monev"), original_code="000.3.6")


def test_usage_counts_and_order(store):
    archived_under(store, "027")
    archived_under(store, "027", nip="19700101 199503 2 001")
    save_classification(store, ClassificationInput(code="000.3.10", name="Lain-lain"))
    counts = classifications.usage_counts()
    assert counts["027"] == 2 and counts["000.3.5"] == 0 and counts["000.3.10"] == 0
    codes = [c.code for c in classifications.list_classifications()]
    assert codes.index("000.3.6") < codes.index("000.3.10") < codes.index("027")


def test_a_code_is_found_until_it_is_deleted(store):
    found = classifications.find_classification("000.3.6")
    assert found is not None and found.code == "000.3.6"
    classifications.delete_classification(store, "000.3.6")
    assert classifications.find_classification("000.3.6") is None
