"""The office's archive classification codes (Kode Klasifikasi Arsip) and their retention rules.

The office keeps this table itself: schemes change (027 under Permendagri 78/2012, 000.3.x
under Permendagri 83/2022) and retention follows its own JRA. A rule is only a default:
``services.archive`` copies retention and disposition into each archive record, so editing
a rule here changes the files archived afterwards and never the records already filed,
which keep the retention they were filed with (and printed on the Daftar Arsip). For the
same reason a code that records use can be neither renamed nor deleted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

import peewee

from ukpbj_desktop import audit, validation
from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from ukpbj_desktop.store.db import write_transaction
from ukpbj_desktop.store.models import ArchiveRecord, Classification, Operator

# Final dispositions and development levels of the Daftar Arsip, as printed (Indonesian) and
# as the UI translates them (context "Archive").
DISPOSITION_LABELS = {"musnah": QT_TRANSLATE_NOOP("Archive", "Musnah"),
                      "permanen": QT_TRANSLATE_NOOP("Archive", "Permanen"),
                      "dinilai kembali": QT_TRANSLATE_NOOP("Archive", "Dinilai kembali")}
DEVELOPMENT_LEVEL_LABELS = {"asli": QT_TRANSLATE_NOOP("Archive", "Asli"),
                            "salinan": QT_TRANSLATE_NOOP("Archive", "Salinan")}
DISPOSITIONS = tuple(DISPOSITION_LABELS)
MAX_YEARS = 99
_CODE = re.compile(r"[0-9]+(?:\.[0-9]+)*")
_LENGTHS = (("code", QT_TRANSLATE_NOOP("Validation", "Kode klasifikasi")),
            ("name", QT_TRANSLATE_NOOP("Validation", "Nama klasifikasi")),
            ("scheme", QT_TRANSLATE_NOOP("Validation", "Skema")),
            ("note", QT_TRANSLATE_NOOP("Validation", "Catatan")))
_YEARS = (("active_years", QT_TRANSLATE_NOOP("Validation", "Retensi aktif")),
          ("inactive_years", QT_TRANSLATE_NOOP("Validation", "Retensi inaktif")))


@dataclass
class ClassificationInput:
    code: str
    name: str
    scheme: str = ""
    active_years: int | None = None
    inactive_years: int | None = None
    disposition: str = ""
    note: str = ""


def code_sort_key(code: str) -> tuple[int | str, ...]:
    """Order codes as numbers part by part, so 000.3.10 follows 000.3.9."""
    return tuple(int(part) if part.isdigit() else part for part in code.split("."))


def schemes() -> list[str]:
    """The schemes (regulations) the table's codes come from, for suggestions."""
    return sorted({c.scheme for c in Classification.select(Classification.scheme) if c.scheme})


def list_classifications() -> list[Classification]:
    """Every code, in code order."""
    return sorted(Classification.select(), key=lambda c: code_sort_key(c.code))


def find_classification(code: str | None) -> Classification | None:
    """The stored code ``code``; None when it is not (or no longer) in the table, or none was chosen."""
    return Classification.get_or_none(Classification.code == code) if code else None


def usage_counts() -> dict[str, int]:
    """How many archive records use each code (0 for the unused ones)."""
    used = (Classification.select(Classification.code, peewee.fn.COUNT(ArchiveRecord.id).alias("n"))
            .join(ArchiveRecord, peewee.JOIN.LEFT_OUTER).group_by(Classification.code).tuples())
    return dict(used)  # type: ignore[arg-type]  # peewee's stubs: .tuples() yields tuples, not models


def _usage(code: str) -> int:
    return ArchiveRecord.select().where(ArchiveRecord.classification == code).count()


def _clean(data: ClassificationInput) -> ClassificationInput:
    def text(value: str) -> str:
        return " ".join((value or "").split())

    return replace(data, code=(data.code or "").strip(), name=text(data.name), scheme=text(data.scheme),
                   disposition=text(data.disposition).lower(), note=text(data.note))


def _form_errors(value: ClassificationInput) -> dict[str, ValidationError]:
    """Problems of each field on its own, first one per field."""
    errors: dict[str, ValidationError] = {}
    if not value.code:
        errors["code"] = ValidationError(QT_TRANSLATE_NOOP("Validation", "Kode klasifikasi wajib diisi."),
                                         field="code")
    elif not _CODE.fullmatch(value.code):
        errors["code"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Kode hanya boleh angka dipisah titik, mis. 027 atau 000.3.5."),
            field="code")
    try:
        validation.require(value.name, QT_TRANSLATE_NOOP("Validation", "Nama klasifikasi"), field="name")
    except ValidationError as exc:
        errors["name"] = exc
    for name, label in _LENGTHS:
        limit = Classification._meta.fields[name].max_length
        if name not in errors and len(getattr(value, name)) > limit:
            errors[name] = ValidationError(QT_TRANSLATE_NOOP("Validation", "{label} paling panjang {max} karakter."),
                                           field=name, label=label, max=limit)
    for name, label in _YEARS:
        years = getattr(value, name)
        if years is not None and not 0 <= years <= MAX_YEARS:
            errors[name] = ValidationError(
                QT_TRANSLATE_NOOP("Validation", "{label} harus 0 sampai {max} tahun, atau dikosongkan."),
                field=name, label=label, max=MAX_YEARS)
    if value.disposition and value.disposition not in DISPOSITIONS:
        errors["disposition"] = ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Nasib akhir harus musnah, permanen, atau dinilai kembali."),
            field="disposition")
    return errors


def _code_conflict(code: str, original_code: str | None) -> ValidationError | None:
    """A new code that already exists, or a rename of a code that records use."""
    if code == original_code:
        return None
    if Classification.get_or_none(Classification.code == code) is not None:
        return ValidationError(QT_TRANSLATE_NOOP("Validation", "Kode {code} sudah ada."), field="code", code=code)
    used = _usage(original_code) if original_code is not None else 0
    if used:
        return ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Kode {original} sudah dipakai {count} arsip, jadi kodenya tidak bisa "
                                            "diubah. Tambahkan kode {code} sebagai kode baru."),
            field="code", original=original_code, count=used, code=code)
    return None


def check_classification(data: ClassificationInput, original_code: str | None = None
                         ) -> tuple[ClassificationInput, dict[str, ValidationError]]:
    """The cleaned input and its problems by field, so a form can show each one where it belongs.

    ``original_code`` is the code being edited (None for a new one).
    """
    value = _clean(data)
    errors = _form_errors(value)
    if "code" not in errors:
        conflict = _code_conflict(value.code, original_code)
        if conflict is not None:
            errors["code"] = conflict
    return value, {f.name: errors[f.name] for f in fields(ClassificationInput) if f.name in errors}


def _missing(code: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Validation", "Kode {code} tidak ada lagi; mungkin sudah dihapus "
                                                           "dari komputer lain."), code=code)


def _values(value: ClassificationInput | Classification) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in fields(ClassificationInput)}


def input_from(row: Classification) -> ClassificationInput:
    """A stored code as the form to edit it starts."""
    return ClassificationInput(**_values(row))


def save_classification(operator: Operator, data: ClassificationInput,
                        original_code: str | None = None) -> Classification:
    """Add a code (``original_code`` None) or change the one called ``original_code``.

    Records already filed keep their own retention; the rule applies to files archived from now on.
    """
    def write() -> Classification:
        value, errors = check_classification(data, original_code)
        if errors:
            raise next(iter(errors.values()))
        new = _values(value)
        if original_code is None:
            row = Classification.create(**new)
            audit.record(operator, "create", "classification", None, **new)
            return row
        current = Classification.get_or_none(Classification.code == original_code)
        if current is None:
            raise _missing(original_code)
        changes = {k: [getattr(current, k), v] for k, v in new.items() if getattr(current, k) != v}
        if changes:
            Classification.update(**new).where(Classification.code == original_code).execute()
            audit.record(operator, "update", "classification", None, code=value.code, changes=changes)
        return Classification.get_by_id(value.code)

    return write_transaction(write)


def ensure_deletable(code: str) -> None:
    """Refuse, with the reason, to delete a code that archive records use."""
    used = _usage(code)
    if used:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Kode {code} dipakai {count} arsip dan tidak bisa dihapus. Arsip yang "
                                            "sudah diberkaskan tetap memakai kodenya."), code=code, count=used)


def delete_classification(operator: Operator, code: str) -> None:
    """Remove an unused code; a code in use is refused (see :func:`ensure_deletable`)."""
    def write() -> None:
        current = Classification.get_or_none(Classification.code == code)
        if current is None:
            raise _missing(code)
        ensure_deletable(code)
        current.delete_instance()
        audit.record(operator, "delete", "classification", None, **_values(current))

    write_transaction(write)
