"""The credentials printed on the handover slip: passwords SPSE accepts, user IDs, slip codes."""
import re

import pytest
from hypothesis import given, strategies as st

from tests.refusals import refused
from ukpbj_desktop.credentials import (
    CODE_ALPHABET,
    PASSWORD_ALPHABET,
    generate_password,
    new_verification_code,
    normalize_user_id,
    normalize_verification_code,
    propose_user_id,
    spse_accepts,
)
from ukpbj_desktop.errors import ValidationError

SOP_NIP = "19650705 199203 1 023"
LOOK_ALIKES = set("0Oo1lIiL")


# --- passwords -------------------------------------------------------------------------------

def test_ten_thousand_passwords_are_accepted_readable_and_distinct():
    passwords = [generate_password() for _ in range(10_000)]
    assert all(spse_accepts(p) for p in passwords)
    assert all(len(p) >= 12 for p in passwords)
    assert not LOOK_ALIKES & set("".join(passwords))
    assert len(set(passwords)) == len(passwords)
    assert set("".join(passwords)) == set(PASSWORD_ALPHABET)  # the whole alphabet is used


def test_password_length_can_grow_but_not_below_twelve():
    assert len(generate_password(20)) == 20
    with pytest.raises(ValueError):
        generate_password(8)


@pytest.mark.parametrize("password, accepted", [
    ("Abcde1", True),
    ("Kq7mNp3xRt2w", True),
    ("Abcd1", False),       # too short
    ("abcdef1", False),     # no upper case
    ("ABCDEF1", False),     # no lower case
    ("Abcdefg", False),     # no digit
    ("Abc def1", False),    # space
    ("Abcdef1\t", False),   # tab
    ("", False),
])
def test_spse_password_rule(password, accepted):
    assert spse_accepts(password) is accepted


# --- user IDs --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, convention, expected", [
    ("Budi Santoso", "nip", "196507051992031023"),
    ("Budi Santoso", "name", "budi.santoso"),
    ("Drs. Budi Santoso, M.Si.", "name", "budi.santoso"),
    ("Ir. H. Ahmad Fauzi Rahman, S.T., M.T.", "name", "ahmad.rahman"),
    ("Hj. Siti Aminah S.Kom", "name", "siti.aminah"),
    ("Dr Drs Made Wirawan MSi", "name", "made.wirawan"),
    ("Ma'ruf Al-Amin", "name", "maruf.alamin"),
    ("Dédé Sétiawan", "name", "dede.setiawan"),
    ("Sukarno", "name", "sukarno"),
    ("Budi Santoso", "name_nip", "budisantoso023"),
    ("Drs. Budi Santoso, M.Si.", "name_nip", "budisantoso023"),
])
def test_user_id_conventions(name, convention, expected):
    assert propose_user_id(name, SOP_NIP, convention) == expected


def test_taken_user_ids_get_the_next_free_number():
    taken = {"budi.santoso", "budi.santoso2"}
    assert propose_user_id("Budi Santoso", SOP_NIP, "name", taken.__contains__) == "budi.santoso3"
    assert propose_user_id("Budi Santoso", SOP_NIP, "nip", {"196507051992031023"}.__contains__) == (
        "1965070519920310232"
    )


def test_long_names_are_cut_to_thirty_characters_keeping_the_nip_digits():
    name = "Maximilianus Kristoforus Hadiwidjojokusumowardhani"
    assert len(propose_user_id(name, SOP_NIP, "name")) == 30
    uid = propose_user_id(name, SOP_NIP, "name_nip", {"maximilianushadiwidjojokusu023"}.__contains__)
    assert uid.endswith("0232") and len(uid) == 30


def test_names_without_letters_or_bad_nips_are_refused():
    assert refused(propose_user_id, "S.Kom., M.Si.", SOP_NIP, "name").field == "name"
    assert refused(propose_user_id, "Budi", "1965070519920310", "nip").field == "nip"
    assert refused(propose_user_id, "Budi", "1965070519920310", "name_nip").field == "nip"
    assert "sudah dipakai" in refused(propose_user_id, "Budi", SOP_NIP, "name", lambda uid: True).message()
    with pytest.raises(ValueError):
        propose_user_id("Budi", SOP_NIP, "email")


@given(name=st.text(), convention=st.sampled_from(["name", "name_nip"]))
def test_any_proposed_user_id_is_one_the_office_may_enter(name, convention):
    try:
        uid = propose_user_id(name, SOP_NIP, convention)
    except ValidationError:
        return
    assert normalize_user_id(uid) == uid


# --- typed back: user IDs and verification codes ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (" budi.santoso ", "budi.santoso"),
    ("Budi.Santoso", "budi.santoso"),
    ("196507051992031023", "196507051992031023"),
    ("budi_santoso2", "budi_santoso2"),
    ("b" * 30, "b" * 30),
])
def test_good_user_id_is_accepted(text, expected):
    assert normalize_user_id(text) == expected


def test_verification_codes_are_grouped_unambiguous_and_round_trip():
    codes = [new_verification_code() for _ in range(1000)]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", code)
        assert not LOOK_ALIKES & set(code)
        assert normalize_verification_code(code) == code
        assert normalize_verification_code(code.lower().replace("-", "")) == code
        assert normalize_verification_code(f" {code[:3]} {code[3:]}\n") == code


REFUSED = {  # (check, the field its error names): what the office might type, and a piece of the reason given
    (normalize_user_id, "user_id"): [
        ("", "wajib diisi"),
        ("budi santoso", "spasi"),
        ("b" * 31, "31 karakter"),
        ("budi-santoso", "bukan: -"),
        ("budi@lpse", "bukan: @"),
        (".budi", "diawali dan diakhiri"),
        ("budi_", "diawali dan diakhiri"),
    ],
    (normalize_verification_code, "verification_code"): [
        ("", "wajib diisi"),
        ("ABCDE-FGHJ", "bukan 9"),
        ("ABCDE-FGHJKM", "bukan 11"),
        ("ABCDE-FGH0K", "(0)"),
        ("ABCDE-FGHOK", "(O)"),
    ],
}


@pytest.mark.parametrize("normalise, field, text, fragment",
                         [(*key, *case) for key, cases in REFUSED.items() for case in cases])
def test_a_bad_user_id_or_code_is_refused_naming_the_field_and_the_reason(normalise, field, text, fragment):
    error = refused(normalise, text)
    assert error.field == field and fragment in error.message()


@given(text=st.one_of(st.text(), st.text(alphabet=CODE_ALPHABET + CODE_ALPHABET.lower() + " -")))
def test_no_input_breaks_the_user_id_and_code_checks(text):
    for normalise in (normalize_user_id, normalize_verification_code):
        try:
            once = normalise(text)
        except ValidationError:
            continue
        assert normalise(once) == once
