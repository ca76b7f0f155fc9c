"""Initial credentials for a new SPSE account, printed on the handover slip.

Nothing here is stored or logged: the password exists only until the slip is printed
and the PPK must change it at first login (SOP step 8).
"""
from __future__ import annotations

import re
import secrets
import string
import unicodedata
from collections.abc import Callable

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from ukpbj_desktop.validation import normalize_nip

# Read from paper and typed by hand: characters that look alike in print are left out.
LOOK_ALIKES = frozenset("0Oo1lIiL")
# Letters and digits only. Symbols sit on different keys across keyboard layouts and
# are misread on paper ("-" vs "_", "#"); SPSE does not ask for them, and length buys
# more strength: 14 characters from these 54 give about 80 bits.
PASSWORD_ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.ascii_lowercase + string.digits if c not in LOOK_ALIKES
)
MIN_PASSWORD_LENGTH = 12

USER_ID_MAX_LENGTH = 30
CONVENTIONS = ("nip", "name", "name_nip")
_USER_ID = re.compile(r"[a-z0-9](?:[a-z0-9._]*[a-z0-9])?")
# Titles and degrees as written without dots ("Drs", "H", "SE"); dotted ones such as
# "S.Kom" are recognised by their inner dot.
_TITLES = frozenset({
    "dr", "drs", "dra", "drg", "ir", "h", "hj", "hc", "prof", "kh", "ns", "apt", "se", "sh", "st", "sp", "mm",
    "mt", "mh", "msi", "mpd", "spd", "skom", "ssos", "sip", "ssi", "skm", "amd", "mkes", "mkom", "map", "ak",
    "mba", "phd",
})

# Not secret: lets anyone holding the slip check it against the register.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


def spse_accepts(password: str) -> bool:
    """SPSE's password rule: 6+ characters, an upper- and a lower-case letter, a digit, no spaces."""
    return (
        len(password) >= 6
        and any(c in string.ascii_uppercase for c in password)
        and any(c in string.ascii_lowercase for c in password)
        and any(c in string.digits for c in password)
        and not any(c.isspace() for c in password)
    )


def generate_password(length: int = 14) -> str:
    """A random initial password SPSE accepts, free of look-alike characters."""
    if length < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password length must be at least {MIN_PASSWORD_LENGTH}")
    while True:  # rejection keeps every accepted password equally likely
        password = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))
        if spse_accepts(password):
            return password


def normalize_user_id(text: str) -> str:
    """A user ID in lower case from ``[a-z0-9._]``, at most 30 characters."""
    uid = (text or "").strip().lower()

    def refuse(message: str, **params: object) -> ValidationError:
        return ValidationError(message, field="user_id", **params)

    if not uid:
        raise refuse(QT_TRANSLATE_NOOP("Validation", "User ID wajib diisi."))
    if any(c.isspace() for c in uid):
        raise refuse(QT_TRANSLATE_NOOP("Validation", "User ID tidak boleh berisi spasi."))
    if len(uid) > USER_ID_MAX_LENGTH:
        raise refuse(
            QT_TRANSLATE_NOOP("Validation", "User ID terlalu panjang: {n} karakter, maksimal 30."), n=len(uid)
        )
    bad = sorted({c for c in uid if c not in string.ascii_lowercase + string.digits + "._"})
    if bad:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation",
                "User ID hanya boleh berisi huruf a-z, angka, titik, dan garis bawah; bukan: {chars}",
            ),
            chars=" ".join(bad),
        )
    if not _USER_ID.fullmatch(uid):
        raise refuse(QT_TRANSLATE_NOOP("Validation", "User ID harus diawali dan diakhiri huruf atau angka."))
    return uid


def _is_title(word: str) -> bool:
    return word.strip(".").lower() in _TITLES or "." in word.strip(".")


def _name_parts(name: str) -> list[str]:
    """The name's words in plain a-z, academic and religious titles removed."""
    words = (name or "").split(",")[0].split()  # after the first comma come only degrees
    plain = (unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower() for w in words)
    parts = ["".join(c for c in w if c in string.ascii_lowercase) for w in plain if not _is_title(w)]
    parts = [p for p in parts if p]
    if not parts:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Nama tidak menghasilkan user ID (tidak ada huruf setelah gelar dihapus); pakai konvensi NIP.",
            ),
            field="name",
        )
    return [parts[0], parts[-1]] if len(parts) > 1 else parts


def propose_user_id(
    name: str,
    nip: str,
    convention: str = "nip",
    taken: Callable[[str], bool] = lambda uid: False,
) -> str:
    """A free user ID by the office's convention; ``2``, ``3``, ... is appended while ``taken``."""
    if convention == "nip":
        head, tail = normalize_nip(nip), ""
    elif convention == "name":
        head, tail = ".".join(_name_parts(name)), ""
    elif convention == "name_nip":
        head, tail = "".join(_name_parts(name)), normalize_nip(nip)[-3:]
    else:
        raise ValueError(f"unknown user-ID convention {convention!r}; expected one of {CONVENTIONS}")
    for n in range(1, 1000):
        suffix = str(n) if n > 1 else ""
        uid = head[: USER_ID_MAX_LENGTH - len(tail) - len(suffix)].rstrip("._") + tail + suffix
        if not taken(uid):
            return uid
    raise ValidationError(
        QT_TRANSLATE_NOOP("Validation", "Semua user ID turunan dari {base} sudah dipakai; isi user ID secara manual."),
        field="user_id",
        base=head + tail,
    )


def new_verification_code() -> str:
    """A random code like ``K7QXM-3HRTA`` that identifies one handover slip."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{code[:5]}-{code[5:]}"


def normalize_verification_code(text: str) -> str:
    """A typed or scanned code (any case, spaces, with or without dash) as ``XXXXX-XXXXX``."""
    code = re.sub(r"[\s\-]+", "", text or "").upper()

    def refuse(message: str, **params: object) -> ValidationError:
        return ValidationError(message, field="verification_code", **params)

    if not code:
        raise refuse(QT_TRANSLATE_NOOP("Validation", "Kode verifikasi wajib diisi."))
    bad = sorted({c for c in code if c not in CODE_ALPHABET})
    if bad:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Kode verifikasi berisi karakter yang tidak dipakai ({chars}); "
                "kode hanya memakai huruf A-Z tanpa I, L, O, dan angka 2-9.",
            ),
            chars=" ".join(bad),
        )
    if len(code) != CODE_LENGTH:
        raise refuse(
            QT_TRANSLATE_NOOP("Validation", "Kode verifikasi harus 10 karakter (tanpa tanda hubung), bukan {n}."),
            n=len(code),
        )
    return f"{code[:5]}-{code[5:]}"
