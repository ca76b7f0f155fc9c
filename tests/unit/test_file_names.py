"""Default file names are accepted by every file system the office uses, whatever the agenda number or name holds."""
import pytest

from ukpbj_desktop.documents.export_files import safe_file_name

FORBIDDEN = set('<>:"/\\|?*') | {chr(n) for n in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


def assert_portable(name: str) -> None:
    assert name and not FORBIDDEN & set(name), name
    assert name == name.strip(" .") and not name.startswith("-"), name
    assert name.split(".")[0].strip().upper() not in RESERVED, name
    assert len(name.encode("utf-8")) <= 150, name


def test_the_agenda_numbers_slashes_become_dashes():
    assert safe_file_name("Slip akun SPSE - 027/0001/UKPBJ/2026", suffix=".pdf") == \
        "Slip akun SPSE - 027-0001-UKPBJ-2026.pdf"
    assert safe_file_name("slip-akun", "027/0001/UKPBJ/2026", suffix=".pdf") == "slip-akun-027-0001-UKPBJ-2026.pdf"


@pytest.mark.parametrize("hostile", [
    "027/0001/UKPBJ/2026", "a\\b\\c", "C:\\Users\\x", "D: laporan", 'a<b>c"d|e?f*g', "tab\there\nnewline",
    "../../etc/passwd", "...", "   ", "", "-rf", "CON", "con", "Nul", "COM1", "lpt9", "CON.txt", "aux .pdf",
    "x" * 400, "Ä" * 300, "nama/" * 100, "\u200bzero\u202ewidth", ".hidden",
])
def test_hostile_names_become_portable_names(hostile):
    name = safe_file_name(hostile, suffix=".pdf")
    assert_portable(name)
    assert name.endswith(".pdf")


def test_reserved_windows_names_are_changed_but_ordinary_names_keep_their_letters():
    assert safe_file_name("CON", suffix=".pdf") != "CON.pdf"
    assert safe_file_name("Console", suffix=".pdf") == "Console.pdf"
    assert safe_file_name("Drs. Yohanis M. Rumalutur, M.Si.") == "Drs. Yohanis M. Rumalutur, M.Si"
    assert safe_file_name("Daftar Arsip — Ruang Ä") == "Daftar Arsip — Ruang Ä"


def test_a_long_name_is_cut_inside_a_character_and_keeps_its_suffix():
    name = safe_file_name("Ä" * 300, suffix=".pdf")
    assert name.endswith(".pdf") and set(name.removesuffix(".pdf")) == {"Ä"}


def test_nothing_usable_falls_back_to_a_plain_name():
    assert safe_file_name("///", suffix=".pdf") == "dokumen.pdf"
    assert safe_file_name("", fallback="arsip") == "arsip"


def test_a_safe_name_stays_as_it_is():
    name = safe_file_name("tanda-terima", "027/0001/UKPBJ/2026", suffix=".pdf")
    assert safe_file_name(name) == name
