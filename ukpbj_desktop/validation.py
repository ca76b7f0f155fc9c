"""Checks for the data an applicant's file carries, before it is typed into SPSE.

Every function is pure: it returns the normalised value or raises ``ValidationError``
whose (translatable) message says what is wrong and what to do. Digit checks use
explicit ``[0-9]`` because ``str.isdigit`` and ``\\d`` also accept non-ASCII digits.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

ADULT_AGE = 18
EARLIEST_BIRTH_YEAR = 1940
PPPK_MONTH_CODE = 21  # PPPK NIPs carry 21 where a PNS NIP has the appointment month
MAX_TEXT_LENGTH = 100

_PPPK_WARNING = QT_TRANSLATE_NOOP(
    "Validation",
    "NIP tampaknya NIP PPPK (digit 13-14 bernilai 21, bukan bulan pengangkatan): "
    "bulan pengangkatan tidak diperiksa. Pastikan dengan SK pengangkatan.",
)

_SEPARATORS = re.compile(r"[\s.\-]+")
_DIGITS = re.compile(r"[0-9]*")
_NIP_LABEL = re.compile(r"^\s*NIP\s*[.:]?", re.IGNORECASE | re.ASCII)
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]+")
_PHONE = re.compile(r"\+?[0-9]+")
_EMAIL_LOCAL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
)
_EMAIL_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})"
)
_NAME_PUNCTUATION = " .,'\"-"
# What word processors and phones type for quotes and dashes, as the plain characters SPSE takes.
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u00b4": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"',
                              "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                              "\u2212": "-"})
_DATE = re.compile(r"([0-9]{1,2})[-/. ]([0-9]{1,2})[-/. ]([0-9]{4})|([0-9]{2})([0-9]{2})([0-9]{4})")
_TIME = re.compile(r"([0-9]{1,2})[.:]([0-9]{2})")
EARLIEST_YEAR, LATEST_YEAR = 1950, 2100  # a date outside is a typing slip, not a document


@dataclass(frozen=True)
class NipCheck:
    """A NIP that passed the checks, with the facts encoded in it.

    For a PPPK NIP ``appointment`` holds ``(year, 21)``: the code, not a month.
    """

    nip: str
    birth_date: date
    appointment: tuple[int, int]
    sex: int
    serial: int
    warnings: tuple[str, ...] = ()


CONTROL_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"  # all but tab, newline and carriage return
_UNSTORABLE = re.compile(f"[{CONTROL_CHARACTERS}\ud800-\udfff]")


def storable(text: str) -> bool:
    """No control character and no broken (lone surrogate) character: either breaks a record, an export or a PDF."""
    return _UNSTORABLE.search(text) is None


UNSTORABLE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Isian ini memuat karakter kendali atau karakter rusak yang "
                                                     "tidak bisa disimpan; ketik ulang isiannya.")


def _required(value: str | None, message: str, field: str | None, **params: object) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message, field=field, **params)
    return text


def require(value: str | None, label: str, field: str | None = None) -> str:
    """``value`` trimmed; an empty one is refused naming ``label``."""
    return _required(value, QT_TRANSLATE_NOOP("Validation", "{label} wajib diisi."), field, label=label)


def _separated_digits(value: str, *, field: str, empty: str, bad: str) -> str:
    """Digits of a number people write grouped with spaces, dots or dashes."""
    digits = _SEPARATORS.sub("", _required(value, empty, field))
    if not _DIGITS.fullmatch(digits):
        raise ValidationError(bad, field=field)
    return digits


def _nip_digits(text: str) -> str:
    """The 18 digits of a NIP, also when pasted with its ``NIP.`` label."""
    nip = _separated_digits(
        _NIP_LABEL.sub("", text or "", count=1),
        field="nip",
        empty=QT_TRANSLATE_NOOP("Validation", "NIP wajib diisi."),
        bad=QT_TRANSLATE_NOOP(
            "Validation",
            "NIP hanya boleh berisi angka; spasi, titik, dan tanda hubung boleh dipakai sebagai pemisah.",
        ),
    )
    if len(nip) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "NIP harus 18 digit, bukan {n}. Periksa kembali dengan SK atau kartu pegawai."
            ),
            field="nip",
            n=len(nip),
        )
    return nip


def _nip_birth_date(nip: str, today: date) -> date:
    try:
        birth = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Tanggal lahir pada NIP (digit 1-8: {value}) bukan tanggal yang ada. Periksa kembali NIP.",
            ),
            field="nip",
            value=f"{nip[6:8]}-{nip[4:6]}-{nip[0:4]}",
        ) from None
    if birth.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Tahun lahir pada NIP ({year}) sebelum 1940. Periksa kembali digit 1-4."
            ),
            field="nip",
            year=birth.year,
        )
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    if age < ADULT_AGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Menurut tanggal lahir pada NIP ({value}), pemiliknya belum berumur 18 tahun. "
                "Periksa kembali digit 1-8.",
            ),
            field="nip",
            value=birth.strftime("%d-%m-%Y"),
        )
    return birth


def check_nip(text: str, today: date | None = None) -> NipCheck:
    """Check a NIP (birth date, appointment, sex digit, serial) and decode it."""
    nip = _nip_digits(text)
    today = today or date.today()
    birth = _nip_birth_date(nip, today)
    year, month = int(nip[8:12]), int(nip[12:14])
    warnings: tuple[str, ...] = ()
    if month == PPPK_MONTH_CODE:
        warnings = (_PPPK_WARNING,)
        earliest, latest = (year, 1), (year, 12)
    elif 1 <= month <= 12:
        earliest = latest = (year, month)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Bulan pengangkatan pada NIP (digit 13-14: {value}) harus 01 sampai 12."
            ),
            field="nip",
            value=nip[12:14],
        )
    if latest < (birth.year + ADULT_AGE, birth.month):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Menurut NIP, pemiliknya diangkat ({value}) sebelum berumur 18 tahun. Periksa kembali digit 9-14.",
            ),
            field="nip",
            value=f"{nip[8:12]}-{nip[12:14]}",
        )
    if earliest > (today.year, today.month):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Tahun/bulan pengangkatan pada NIP ({value}) masih di masa depan. Periksa kembali digit 9-14.",
            ),
            field="nip",
            value=f"{nip[8:12]}-{nip[12:14]}",
        )
    if nip[14] not in "12":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita), bukan {value}."
            ),
            field="nip",
            value=nip[14],
        )
    if nip[15:] == "000":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Nomor urut pada NIP (digit 16-18) tidak boleh 000."), field="nip"
        )
    return NipCheck(nip, birth, (year, month), int(nip[14]), int(nip[15:]), warnings)


def normalize_nip(text: str) -> str:
    """The NIP as 18 digits, after all the checks of :func:`check_nip`."""
    return check_nip(text).nip


def normalize_nik(text: str) -> str:
    """The 16-digit NIK (KTP number), with its region and birth-date fields checked."""
    nik = _separated_digits(
        text,
        field="nik",
        empty=QT_TRANSLATE_NOOP("Validation", "NIK wajib diisi."),
        bad=QT_TRANSLATE_NOOP(
            "Validation", "NIK hanya boleh berisi angka; spasi dan titik boleh dipakai sebagai pemisah."
        ),
    )

    def refuse(message: str, **params: object) -> ValidationError:
        return ValidationError(message, field="nik", **params)

    if len(nik) != 16:
        raise refuse(
            QT_TRANSLATE_NOOP("Validation", "NIK harus 16 digit, bukan {n}. Periksa kembali dengan KTP."), n=len(nik)
        )
    if int(nik[0:2]) < 11:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation", "Kode provinsi pada NIK (digit 1-2: {value}) tidak ada; kode provinsi mulai dari 11."
            ),
            value=nik[0:2],
        )
    if nik[2:4] == "00":
        raise refuse(QT_TRANSLATE_NOOP("Validation", "Kode kabupaten/kota pada NIK (digit 3-4) tidak boleh 00."))
    if nik[4:6] == "00":
        raise refuse(QT_TRANSLATE_NOOP("Validation", "Kode kecamatan pada NIK (digit 5-6) tidak boleh 00."))
    day, month = int(nik[6:8]), int(nik[8:10])
    day_of_month = day - 40 if day > 40 else day  # women's birth day is written plus 40
    if not (1 <= day <= 31 or 41 <= day <= 71):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation", "Tanggal lahir pada NIK (digit 7-8: {value}) harus 01-31, atau 41-71 untuk perempuan."
            ),
            value=nik[6:8],
        )
    if not 1 <= month <= 12:
        raise refuse(
            QT_TRANSLATE_NOOP("Validation", "Bulan lahir pada NIK (digit 9-10: {value}) harus 01 sampai 12."),
            value=nik[8:10],
        )
    if day_of_month > calendar.monthrange(2000, month)[1]:  # 2000 is a leap year: 29 February exists
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation", "Tanggal lahir pada NIK ({value}) tidak ada di kalender. Periksa kembali digit 7-10."
            ),
            value=f"{day_of_month:02d}-{month:02d}",
        )
    if nik[12:] == "0000":
        raise refuse(QT_TRANSLATE_NOOP("Validation", "Nomor urut pada NIK (digit 13-16) tidak boleh 0000."))
    return nik


def normalize_email(text: str) -> str:
    """``local@domain.tld`` trimmed, with the domain in lower case."""
    email = _required(text, QT_TRANSLATE_NOOP("Validation", "E-mail wajib diisi."), "email")
    if any(c.isspace() for c in email):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "E-mail tidak boleh berisi spasi."), field="email")
    if email.count("@") != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "E-mail harus berisi tepat satu tanda @, misalnya budi.santoso@contoh.go.id."
            ),
            field="email",
        )
    local, domain = email.split("@")
    if not _EMAIL_LOCAL.fullmatch(local):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Bagian e-mail sebelum @ kosong atau berisi karakter yang tidak diizinkan."
            ),
            field="email",
        )
    if not _EMAIL_DOMAIN.fullmatch(domain):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Domain e-mail (setelah @) tidak lengkap atau tidak valid; contoh yang benar: nama@contoh.go.id.",
            ),
            field="email",
        )
    if len(email) > 254:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "E-mail terlalu panjang: {n} karakter, maksimal 254."),
            field="email",
            n=len(email),
        )
    return f"{local}@{domain.lower()}"


def normalize_phone(text: str) -> str:
    """An Indonesian phone number in national form: ``+62 812-3456-7890`` -> ``081234567890``."""
    compact = _PHONE_SEPARATORS.sub(
        "", _required(text, QT_TRANSLATE_NOOP("Validation", "Nomor telepon wajib diisi."), "phone")
    )

    def refuse(message: str, **params: object) -> ValidationError:
        return ValidationError(message, field="phone", **params)

    if not _PHONE.fullmatch(compact):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, kurung, dan + di depan.",
            )
        )
    if compact.startswith(("+", "00")):
        international = compact.removeprefix("+") if compact.startswith("+") else compact[2:]
        if not international.startswith("62"):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Validation", "Nomor luar negeri tidak diterima; gunakan nomor Indonesia (0, 62, atau +62)."
                )
            )
        national = "0" + international[2:].removeprefix("0")  # "+62 (0)812..." is common
    elif compact.startswith("62"):
        national = "0" + compact[2:].removeprefix("0")
    elif compact.startswith("0"):
        national = compact
    else:
        raise refuse(
            QT_TRANSLATE_NOOP("Validation", "Nomor telepon harus diawali 0, 62, atau +62, misalnya 081234567890.")
        )
    mobile = national.startswith("08")
    shortest = 10 if mobile else 9
    if len(national) < shortest:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation", "Nomor telepon terlalu pendek: {n} digit, minimal {min} digit (dengan 0 di depan)."
            ),
            n=len(national),
            min=shortest,
        )
    if len(national) > 13:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation", "Nomor telepon terlalu panjang: {n} digit, maksimal 13 digit (dengan 0 di depan)."
            ),
            n=len(national),
        )
    if national[1] in "01":
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Kode wilayah tidak ada: setelah 0 harus angka 2 sampai 9 (misalnya 021 atau 0812).",
            )
        )
    return national


def normalize_letter_number(text: str, label: str, field: str | None = None) -> str:
    """An SK, certificate or letter number: trimmed, whitespace collapsed, printable."""
    number = " ".join(require(text, label, field).split())
    if not number.isprintable():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "{label} berisi karakter tak terlihat atau karakter kontrol; ketik ulang nomornya."
            ),
            field=field,
            label=label,
        )
    if len(number) > MAX_TEXT_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{label} terlalu panjang: {n} karakter, maksimal 100."),
            field=field,
            label=label,
            n=len(number),
        )
    return number


def normalize_name(text: str) -> str:
    """A person's name as on the SK, academic titles included (``Drs. Budi Santoso, M.Si.``)."""
    name = unicodedata.normalize(
        "NFC", _required(text, QT_TRANSLATE_NOOP("Validation", "Nama wajib diisi."), "name")
    )
    name = " ".join(name.translate(_TYPOGRAPHIC).split())
    if any(c.isdigit() for c in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Nama tidak boleh berisi angka. Tulis nama sesuai SK, tanpa NIP."),
            field="name",
        )
    bad = sorted({c for c in name if not (c.isalpha() or c in _NAME_PUNCTUATION)})
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Nama berisi karakter yang tidak diizinkan ({chars}). "
                "Gunakan huruf, spasi, titik, koma, apostrof, tanda petik, atau tanda hubung.",
            ),
            field="name",
            chars=" ".join(bad),
        )
    if sum(c.isalpha() for c in name) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Nama terlalu pendek: minimal 2 huruf."), field="name"
        )
    if len(name) > MAX_TEXT_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Nama terlalu panjang: {n} karakter, maksimal 100."),
            field="name",
            n=len(name),
        )
    return name


def parse_date(text: str, field: str | None = None) -> date | None:
    """A date typed as ``dd-mm-yyyy`` (``/``, ``.`` or a space also separate; ``31122026`` too); None when empty.

    A day the month does not have is refused with its reason, never moved to the month's last day."""
    typed = (text or "").strip()
    if not typed:
        return None
    match = _DATE.fullmatch(typed)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Tulis tanggal sebagai hh-bb-tttt, misalnya 17-08-2026."), field=field
        )
    day, month, year = (int(part) for part in match.groups() if part is not None)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Tahun {year} tidak masuk akal; periksa ketikannya."),
            field=field,
            year=year,
        )
    if not 1 <= month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Bulan {month} tidak ada; bulan ditulis 01 sampai 12."),
            field=field,
            month=month,
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Tanggal {date} tidak ada: bulan {month:02d}-{year} hanya sampai tanggal {last}."
            ),
            field=field,
            date=typed,
            month=month,
            year=year,
            last=last,
        )
    return date(year, month, day)


def parse_datetime(text: str, field: str | None = None) -> datetime | None:
    """A moment typed as ``dd-mm-yyyy hh.mm`` (or ``hh:mm``); None when empty."""
    typed = " ".join((text or "").split())
    if not typed:
        return None
    day_part, _, time_part = typed.rpartition(" ")
    match = _TIME.fullmatch(time_part)
    if not day_part or match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Tulis tanggal dan jam sebagai hh-bb-tttt jj.mm, misalnya 17-08-2026 08.30."
            ),
            field=field,
        )
    day = parse_date(day_part, field)
    assert day is not None, "a non-empty date part"
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Jam {time} tidak ada; jam ditulis 00.00 sampai 23.59."),
            field=field,
            time=time_part,
        )
    return datetime.combine(day, time(hour, minute))
