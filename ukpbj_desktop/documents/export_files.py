"""What every export shares: cancelling, progress, and writing the file all or nothing.

An export the user stops, or a disk that fills up halfway, must never leave a file that
looks finished but is not: the content goes to a hidden temporary file in the target
folder (same file system, so the final rename is atomic) and only replaces the target
once it is complete and on disk. Kept free of heavy imports: the GUI imports it too.
"""
from __future__ import annotations

import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, StorageError

Progress = Callable[[int, int], None] | None
IsCancelled = Callable[[], bool] | None


class Cancelled(Exception):  # noqa: N818 - the user's choice, not an error
    """The user stopped a long export."""


def check_cancelled(cancelled: IsCancelled) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()


def report_progress(progress: Progress, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# Characters no Windows file name may hold (and "/" none anywhere); control and format characters go too.
_UNSAFE = set('<>:"/\\|?*')
# Device names Windows reserves whatever the extension ("CON.pdf" cannot be created).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³")}
NAME_BYTES = 120  # well inside every file system's 255 and Windows' 260-character paths under a user folder


def safe_file_name(*parts: str, suffix: str = "", fallback: str = "dokumen") -> str:
    """``parts`` joined by "-" as a file name every system accepts, for a save or print dialog's default.

    Agenda numbers hold slashes ("027/0001/UKPBJ/2026") and names may hold anything: each unsafe
    character becomes "-", edges that Windows or a shell trip over (dots, spaces, a leading "-") go,
    a reserved device name gets a "_" in front, and the name is cut to :data:`NAME_BYTES` before ``suffix``.
    """
    text = unicodedata.normalize("NFC", "-".join(part.strip() for part in parts if part.strip()))
    text = "".join(" " if ch.isspace() else "-" if ch in _UNSAFE or unicodedata.category(ch)[0] == "C" else ch
                   for ch in text)
    text = re.sub(r"-{2,}", "-", re.sub(r" {2,}", " ", text)).strip(" .-")
    text = text.encode("utf-8")[:NAME_BYTES].decode("utf-8", "ignore").strip(" .-") or fallback
    if text.split(".")[0].strip().upper() in _RESERVED:
        text = "_" + text
    return text + suffix


_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


def storage_error(path: Path, exc: OSError) -> StorageError:
    """The reason a file could not be written, said so that the user knows what to do."""
    folder, name = str(path.parent), path.name
    if exc.errno in _FULL:
        text = QT_TRANSLATE_NOOP("Storage", "Disk penuh: berkas {name} tidak bisa ditulis di folder {folder}. "
                                            "Kosongkan ruang disk atau pilih folder lain, lalu coba lagi.")
    elif exc.errno in _DENIED:
        text = QT_TRANSLATE_NOOP("Storage", "Berkas {name} di folder {folder} tidak bisa ditulis: tidak ada izin, "
                                            "atau berkas itu sedang dibuka program lain (mis. Excel atau pembaca "
                                            "PDF). Tutup berkas itu atau pilih folder lain, lalu coba lagi.")
    elif exc.errno == errno.ENOENT:
        text = QT_TRANSLATE_NOOP("Storage", "Folder {folder} tidak ada. Pilih folder yang ada, lalu coba lagi.")
    else:
        text = QT_TRANSLATE_NOOP("Storage", "Berkas {name} tidak bisa ditulis di folder {folder} ({detail}). "
                                            "Pilih folder lain, lalu coba lagi.")
    return StorageError(text, folder=folder, name=name, detail=exc.strerror or str(exc))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut; best effort (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _partial(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}.{tag}.part")


def remove_partials(path: Path) -> None:
    """Delete what a killed writer of ``path`` left behind (it had no chance to clean up)."""
    for leftover in Path(path).parent.glob(_partial(Path(path), "*").name):
        with suppress(OSError):
            leftover.unlink()


@contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` only when the ``with`` body finishes without error.

    The temporary file ``.<name>.<random>.part`` is removed on any exception, ``Cancelled``
    included, and an existing ``path`` is then left as it was. OSError becomes StorageError.
    """
    path = Path(path)
    temp = _partial(path, secrets.token_hex(6))
    try:
        handle = open(temp, "xb")  # noqa: SIM115 - closed below, before the rename
    except OSError as exc:
        raise storage_error(path, exc) from exc
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise storage_error(path, exc) from exc
        raise
    _sync_folder(path.parent)
