"""What the office sees when it types an applicant's data: accepted, normalised, or refused with a reason."""
from datetime import date, datetime

import pytest
from hypothesis import given, strategies as st

from tests.refusals import refused
from ukpbj_desktop.errors import ValidationError
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.validation import (
    check_nip,
    normalize_email,
    normalize_letter_number,
    normalize_name,
    normalize_nik,
    normalize_nip,
    normalize_phone,
    parse_date,
    parse_datetime,
    require,
)

TODAY = date(2026, 11, 23)
SOP_NIP = "19650705 199203 1 023"


# --- NIP -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    SOP_NIP,
    "196507051992031023",
    "  19650705   199203 1 023 ",
    "19650705-199203-1-023",
    "19650705.199203.1.023",
    "NIP. 19650705 199203 1 023",
    "nip: 196507051992031023",
])
def test_nip_written_in_any_usual_way_is_accepted(text):
    assert check_nip(text, today=TODAY).nip == "196507051992031023"


def test_sop_nip_is_decoded():
    check = check_nip(SOP_NIP, today=TODAY)
    assert (check.birth_date, check.appointment, check.sex, check.serial) == (date(1965, 7, 5), (1992, 3), 1, 23)
    assert check.warnings == () and check.appointment[1] != 21


@pytest.mark.parametrize("text, fragment", [
    ("", "wajib diisi"),
    ("   ", "wajib diisi"),
    ("19650705 199203 1 02", "bukan 17"),
    ("1965070519920310234", "bukan 19"),
    ("19650705 199203 1 O23", "hanya boleh berisi angka"),
    ("19650231 199203 1 023", "31-02-1965"),
    ("19650005 199203 1 023", "bukan tanggal yang ada"),
    ("19391231 196003 1 001", "sebelum 1940"),
    ("20081124 202611 1 001", "belum berumur 18"),
    ("19650705 199213 1 023", "harus 01 sampai 12"),
    ("19650705 199200 1 023", "harus 01 sampai 12"),
    ("19650705 199222 1 023", "harus 01 sampai 12"),
    ("19650705 198306 1 023", "sebelum berumur 18"),
    ("19900101 202612 1 001", "masa depan"),
    ("19650705 199203 3 023", "bukan 3"),
    ("19650705 199203 0 023", "bukan 0"),
    ("19650705 199203 1 000", "tidak boleh 000"),
])
def test_bad_nip_is_refused_with_the_reason(text, fragment):
    error = refused(check_nip, text, today=TODAY)
    assert error.field == "nip"
    assert fragment in error.message()


@pytest.mark.parametrize("text", [
    "20081123 202611 1 001",  # 18 today, appointed this month
    "19650705 198307 1 023",  # appointed the month of the 18th birthday
    "19960229 202001 2 001",  # born on 29 February
])
def test_nip_on_the_boundaries_is_accepted(text):
    assert check_nip(text, today=TODAY).nip == text.replace(" ", "")


def test_pppk_nip_gets_a_warning_not_a_refusal():
    check = check_nip("19900101 202321 1 001", today=TODAY)
    assert check.appointment == (2023, 21)
    assert len(check.warnings) == 1 and "PPPK" in check.warnings[0]


@pytest.mark.parametrize("text, fragment", [
    ("19900101 202721 1 001", "masa depan"),
    ("20000101 201721 1 001", "sebelum berumur 18"),
    ("19900101 202321 3 001", "bukan 3"),
])
def test_pppk_nip_still_gets_the_other_checks(text, fragment):
    assert fragment in refused(check_nip, text, today=TODAY).message()


def test_normalize_nip():
    assert normalize_nip(SOP_NIP) == "196507051992031023"
    assert "bukan 17" in refused(normalize_nip, "19650705199203102").message()


# --- NIK, e-mail, phone, names ---------------------------------------------------------------

ACCEPTED = {  # what each validator keeps of good input, in the form it is stored
    normalize_nik: [
        ("3201011507900001", "3201011507900001"),
        ("3201 0115 0790 0001", "3201011507900001"),
        ("32.01.01.150790.0001", "3201011507900001"),
        ("3201015507900001", "3201015507900001"),  # woman: day 15 + 40
        ("3201012902000001", "3201012902000001"),  # 29 February
        ("3201016902000001", "3201016902000001"),  # woman born 29 February
        ("1101013112990001", "1101013112990001"),
        ("9901017101990001", "9901017101990001"),
    ],
    normalize_email: [
        ("  Budi.Santoso@BulaKab.Go.ID ", "Budi.Santoso@bulakab.go.id"),
        ("ppk+lpse@contoh.co.id", "ppk+lpse@contoh.co.id"),
        ("a@b.id", "a@b.id"),
    ],
    normalize_phone: [  # the national form
        ("+62 812-3456-7890", "081234567890"),
        ("62 812 3456 7890", "081234567890"),
        ("0062 812 3456 7890", "081234567890"),
        ("+62 (0)812 3456 7890", "081234567890"),
        ("0812.3456.7890", "081234567890"),
        ("0812345678", "0812345678"),
        ("(021) 555-1234", "0215551234"),
        ("(0911) 21234", "091121234"),
        ("0811-2345-67890", "0811234567890"),
    ],
    normalize_name: [
        ("  Drs.  Budi   Santoso, M.Si. ", "Drs. Budi Santoso, M.Si."),
        ("Hj. Siti Nur-Aini, S.Kom.", "Hj. Siti Nur-Aini, S.Kom."),
        ("Ni Luh Putu Ayu", "Ni Luh Putu Ayu"),
        ("Ma\u2019ruf", "Ma'ruf"),
        ("Ma\u2018ruf", "Ma'ruf"),
        ("H. Abdul \u201cAco\u201d Rahman", 'H. Abdul "Aco" Rahman'),
        ("Siti Nur\u2013Aini", "Siti Nur-Aini"),
        ("Siti Nur\u2014Aini", "Siti Nur-Aini"),
        ("Dédé", "Dédé"),
        ("Bo", "Bo"),
    ],
}

REFUSED = {  # (validator, the field its error names): bad input and a piece of the reason given
    (normalize_nik, "nik"): [
        ("", "wajib diisi"),
        ("320101150790001", "bukan 15"),
        ("32010115079000012", "bukan 17"),
        ("3201O11507900001", "hanya boleh berisi angka"),
        ("1001011507900001", "mulai dari 11"),
        ("0001011507900001", "mulai dari 11"),
        ("3200011507900001", "digit 3-4"),
        ("3201001507900001", "digit 5-6"),
        ("3201010007900001", "digit 7-8: 00"),
        ("3201013207900001", "digit 7-8: 32"),
        ("3201014007900001", "digit 7-8: 40"),
        ("3201017207900001", "digit 7-8: 72"),
        ("3201011513900001", "digit 9-10: 13"),
        ("3201011500900001", "digit 9-10: 00"),
        ("3201013002900001", "30-02"),
        ("3201013104900001", "31-04"),
        ("3201017104900001", "31-04"),
        ("3201011507900000", "tidak boleh 0000"),
    ],
    (normalize_email, "email"): [
        ("", "wajib diisi"),
        ("budi", "tepat satu tanda @"),
        ("budi@x@contoh.id", "tepat satu tanda @"),
        ("budi@", "Domain e-mail"),
        ("budi@bulakab", "Domain e-mail"),
        ("budi@.go.id", "Domain e-mail"),
        ("budi@bulakab..go.id", "Domain e-mail"),
        ("budi@-bulakab.go.id", "Domain e-mail"),
        ("budi@bulakab.i", "Domain e-mail"),
        ("@bulakab.go.id", "sebelum @"),
        ("budi..santoso@bulakab.go.id", "sebelum @"),
        ("budi santoso@bulakab.go.id", "spasi"),
        ("b" * 250 + "@x.id", "terlalu panjang"),
    ],
    (normalize_phone, "phone"): [
        ("", "wajib diisi"),
        ("812 3456 7890", "diawali 0, 62, atau +62"),
        ("+1 202 555 0100", "luar negeri"),
        ("0044 20 7946 0000", "luar negeri"),
        ("021 123", "terlalu pendek: 6 digit, minimal 9"),
        ("0812 345 67", "terlalu pendek: 9 digit, minimal 10"),
        ("0812 3456 7890 12", "terlalu panjang: 14 digit"),
        ("0112345678", "Kode wilayah"),
        ("08a1 2345 6789", "hanya boleh berisi angka"),
        ("0812+34567890", "hanya boleh berisi angka"),
    ],
    (normalize_name, "name"): [
        ("", "Nama wajib diisi."),
        ("   ", "Nama wajib diisi."),
        ("B", "terlalu pendek"),
        ("B.", "terlalu pendek"),
        ("Budi Santoso 2", "tidak boleh berisi angka"),
        ("19650705 199203 1 023", "tidak boleh berisi angka"),
        ("Budi_Santoso@", "(@ _)"),
        ("A" * 101, "terlalu panjang: 101"),
    ],
}


@pytest.mark.parametrize("normalise, text, expected",
                         [(normalise, *case) for normalise, cases in ACCEPTED.items() for case in cases])
def test_good_input_is_accepted_in_its_stored_form(normalise, text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("normalise, field, text, fragment",
                         [(*key, *case) for key, cases in REFUSED.items() for case in cases])
def test_bad_input_is_refused_naming_the_field_and_the_reason(normalise, field, text, fragment):
    error = refused(normalise, text)
    assert error.field == field
    assert fragment in error.message()


# --- required text, letter numbers -----------------------------------------------------------

def test_require_trims_and_names_the_missing_field():
    assert require("  Dinas Kesehatan ", "Satuan kerja") == "Dinas Kesehatan"
    for empty in ("", "   ", None):
        error = refused(require, empty, "Satuan kerja", field="work_unit")
        assert error.message() == "Satuan kerja wajib diisi." and error.field == "work_unit"


@pytest.mark.parametrize("text, expected", [
    (" 027/01/SOP-LPSE/UKPBJ/2022 ", "027/01/SOP-LPSE/UKPBJ/2022"),
    ("800 /  123\t/ BKD /2024", "800 / 123 / BKD /2024"),
    ("x" * 100, "x" * 100),
])
def test_letter_number_is_trimmed_and_collapsed(text, expected):
    assert normalize_letter_number(text, "Nomor SK") == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "Nomor SK wajib diisi."),
    ("x" * 101, "Nomor SK terlalu panjang: 101 karakter"),
    ("800/12\u200b3", "karakter tak terlihat"),
    ("800/\x00123", "karakter tak terlihat"),
])
def test_bad_letter_number_is_refused(text, fragment):
    assert fragment in refused(normalize_letter_number, text, "Nomor SK").message()


# --- properties ------------------------------------------------------------------------------

@st.composite
def nip_like(draw):
    """Mostly plausible NIPs (appointed 16-45 years after birth) with the odd bad field."""
    birth_year = draw(st.integers(1935, 2010))
    fields = (
        birth_year, draw(st.integers(0, 13)), draw(st.integers(0, 31)),
        birth_year + draw(st.integers(16, 45)), draw(st.sampled_from([*range(0, 14), 21, 22])),
        draw(st.integers(0, 3)), draw(st.integers(0, 999)),
    )
    separator = draw(st.sampled_from(["", " ", ".", "-"]))
    return "{:04d}{:02d}{:02d}{sep}{:04d}{:02d}{sep}{}{sep}{:03d}".format(*fields, sep=separator)


DIGIT_HEAVY = st.one_of(
    st.text(alphabet="0123456789 .-+()"),
    st.text(alphabet="0123456789", min_size=14, max_size=20),
)

# Each validator with inputs close to what it accepts, so idempotence is exercised too.
NORMALISERS = {
    "nip": (lambda t: check_nip(t, today=TODAY).nip, nip_like()),
    "nik": (normalize_nik, st.from_regex(r"\A[0-9]{6}[0-7][0-9][01][0-9]{7}\Z")),
    "email": (normalize_email, st.emails()),
    "phone": (
        normalize_phone,
        st.from_regex(r"\A(\+62|62|0|\+1|00)[ -]?\(?[2-9][0-9]{1,3}\)?[ -.]?[0-9]{3,4}[ -.]?[0-9]{1,5}\Z"),
    ),
    "require": (lambda t: require(t, "Nomor"), st.text()),
    "letter_number": (lambda t: normalize_letter_number(t, "Nomor SK"), st.text()),
    "name": (
        normalize_name,
        st.text(alphabet=st.characters(categories=["L", "Zs"]) | st.sampled_from(".,'-\u2019"), max_size=110),
    ),
}


def accepted_or_refused(normalise, text):
    """The value ``normalise`` returns, or None; anything but ValidationError fails the test."""
    try:
        return normalise(text)
    except ValidationError:
        return None


@pytest.mark.parametrize("name", NORMALISERS)
@given(data=st.data())
def test_no_input_breaks_a_validator_and_normalising_is_idempotent(name, data):
    normalise, likely = NORMALISERS[name]
    once = accepted_or_refused(normalise, data.draw(st.one_of(st.text(), DIGIT_HEAVY, likely)))
    if once is not None:
        assert normalise(once) == once


@given(text=nip_like())
def test_an_accepted_nip_formats_and_decodes_consistently(text):
    check = accepted_or_refused(lambda t: check_nip(t, today=TODAY), text)
    if check is not None:
        assert group_nip(check.nip).replace(" ", "") == check.nip
        assert check_nip(group_nip(check.nip), today=TODAY) == check
        assert check.birth_date.strftime("%Y%m%d") == check.nip[:8]


# --- dates typed into a form --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("17-08-2026", date(2026, 8, 17)), (" 7/8/2026 ", date(2026, 8, 7)), ("29.02.2028", date(2028, 2, 29)),
    ("17082026", date(2026, 8, 17)), ("", None), ("   ", None),
])
def test_a_typed_date_is_read_day_first(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("31-02-2026", "Tanggal 31-02-2026 tidak ada: bulan 02-2026 hanya sampai tanggal 28."),
    ("29-02-2027", "hanya sampai tanggal 28"),
    ("31-04-2026", "hanya sampai tanggal 30"),
    ("00-04-2026", "tidak ada"),
    ("12-13-2026", "Bulan 13 tidak ada"),
    ("12-12-1026", "Tahun 1026"),
    ("2026-12-12", "hh-bb-tttt"),
    ("besok", "hh-bb-tttt"),
])
def test_an_impossible_date_is_refused_never_moved_to_another_day(text, fragment):
    error = refused(parse_date, text, field="sk_date")
    assert fragment in error.message() and error.field == "sk_date"


def test_a_typed_moment_needs_a_date_and_a_time():
    assert parse_datetime("17-08-2026 08.30") == datetime(2026, 8, 17, 8, 30)
    assert parse_datetime("17-08-2026  8:30") == datetime(2026, 8, 17, 8, 30)
    assert parse_datetime("") is None
    assert "hh-bb-tttt jj.mm" in refused(parse_datetime, "17-08-2026").message()
    assert "Jam 24.00 tidak ada" in refused(parse_datetime, "17-08-2026 24.00").message()
    assert "tidak ada" in refused(parse_datetime, "31-09-2026 08.00").message()
