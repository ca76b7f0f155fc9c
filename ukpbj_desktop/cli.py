"""Command line: start the window, or run the services without one (demo data, checks)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ukpbj_desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError

if TYPE_CHECKING:
    from ukpbj_desktop.documents.export_files import IsCancelled, Progress
    from ukpbj_desktop.queries.archive import ArchiveFilter
    from ukpbj_desktop.queries.register import RegisterFilter
    from ukpbj_desktop.store.models import Operator
    from ukpbj_desktop.store.restore import BackupCheck

    # Subcommands: argparse's own type for them is private.
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ukpbj-desktop", description="UKPBJ Desktop: akun PPK SPSE sesuai SOP")
    parser.add_argument("--db", help="berkas SQLite atau URL postgresql:// (bawaan: folder data pengguna)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="isi basis data dengan permohonan contoh")
    demo.add_argument("--db", dest="db_sub", help="berkas basis data")
    demo.add_argument("--requests", type=int, default=1000, help="jumlah permohonan (bawaan 1000)")
    demo.add_argument("--seed", type=int, default=2026)
    check = sub.add_parser("check", help="periksa keutuhan basis data, jejak audit, dan berkas pindaian")
    check.add_argument("--db", dest="db_sub")
    verify = sub.add_parser("verify-slip", help="periksa keaslian slip akun: 0 bila asli dan berlaku, 1 bila tidak")
    verify.add_argument("code", metavar="KODE", help="kode verifikasi yang tercetak di slip, atau isi kode QR-nya")
    verify.add_argument("--db", dest="db_sub", help="berkas basis data")
    verify_backup = sub.add_parser("verify-backup", help="periksa apakah berkas cadangan utuh dan dapat dipulihkan: "
                                                         "0 bila dapat, 1 bila tidak")
    verify_backup.add_argument("backup", metavar="CADANGAN", help="berkas cadangan .zip")
    restore = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan; berkas yang sekarang "
                                             "disimpan dengan nama lain, tidak dihapus")
    restore.add_argument("backup", metavar="CADANGAN", help="berkas cadangan .zip")
    restore.add_argument("--db", dest="db_sub", help="berkas basis data yang dipulihkan")
    restore.add_argument("--yes", action="store_true", help="jangan bertanya lagi bila ada permohonan yang hilang")
    _add_export_parsers(sub)
    sub.add_parser("self-test", help="uji mandiri tanpa layar: basis data sementara, semua langkah SOP, "
                                     "dokumen, jendela utama")
    return parser


def _demo(target: str | None, requests: int, seed: int) -> int:
    from ukpbj_desktop import demo
    from ukpbj_desktop.store.bootstrap import open_store

    open_store(target)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} permohonan", end="", file=sys.stderr, flush=True)

    count = demo.generate(requests, seed=seed, progress=progress)
    print(f"\n{count} permohonan dibuat dalam {time.perf_counter() - started:.1f} detik", file=sys.stderr)
    return 0


def _check(target: str | None) -> int:
    """Every kind of damage as a readable line, exit 1 when any is found; a damaged file is not upgraded."""
    from ukpbj_desktop import health
    from ukpbj_desktop.config import database_url
    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.store.db import open_database, require_existing

    location = database_url(target)
    require_existing(location)
    open_database(location)
    storage = health.storage_findings()
    _report("basis data", storage)
    if storage:
        return 1  # nothing is written to a damaged file, not even an upgrade
    open_store(target, create=False)
    findings = [health.workflow_findings(), _audit_findings(), _scan_findings()]
    for name, lines in zip(("alur SOP", "jejak audit", "pindaian"), findings, strict=True):
        _report(name, lines)
    return 1 if any(findings) else 0


def _report(name: str, findings: list[str]) -> None:
    print(f"{name}: utuh" if not findings else f"{name}: {len(findings)} temuan")
    for line in findings:
        print(f"  {line}")


def _audit_findings() -> list[str]:
    from ukpbj_desktop.audit import verify_chain

    broken = verify_chain()
    return [] if broken is None else [f"rusak mulai peristiwa #{broken}"]


def _scan_findings() -> list[str]:
    from ukpbj_desktop.scans import MISSING, verify_all

    return [f"{scan.filename} (arsip #{scan.archive_id}): {'hilang' if status == MISSING else 'rusak'}"
            for scan, status in verify_all()]


def _verify_backup(path: str) -> int:
    from ukpbj_desktop.store.restore import Restore

    with Restore(Path(path)) as prepared:
        _print_backup(prepared.check)
        return 0 if prepared.check.ok else 1


def _print_backup(check: BackupCheck) -> None:
    if check.ok:
        print(f"{check.path}: utuh, dapat dipulihkan ({check.applications} permohonan, dibuat {check.created_at})")
    else:
        print(f"{check.path}: tidak dapat dipulihkan")
    for line in (*check.problems, *check.notes):
        print(f"  {line}")


def _restore(target: str | None, path: str, yes: bool) -> int:
    """Verify, say which files the restore loses, ask, restore; the replaced file is kept beside it."""
    import getpass

    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.store.restore import Restore, current_agendas

    open_store(target, create=False)
    with Restore(Path(path)) as prepared:
        _print_backup(prepared.check)
        if not prepared.check.ok:
            return 1
        lost = prepared.lost(current_agendas())
        if lost:
            print(f"{len(lost)} permohonan yang sekarang tercatat tidak ada di cadangan ini dan akan hilang "
                  f"dari register (tetap ada di berkas yang disisihkan): {', '.join(lost[:50])}"
                  + (" ..." if len(lost) > 50 else ""))
            if not yes and input("Lanjutkan pemulihan? (ya/tidak) ").strip().lower() not in ("y", "ya", "yes"):
                print("Pemulihan dibatalkan; tidak ada yang diubah.")
                return 1
        aside = prepared.run(getpass.getuser())
    print(f"Basis data dipulihkan dari {path}. Berkas sebelumnya disimpan sebagai {aside}.")
    return 0


def _verify_slip(target: str | None, code: str) -> int:
    """One line on whether the slip ``code`` names is genuine and current (exit 0) or not (exit 1).

    A missing database is reported, never created, and no input ends in a traceback."""
    from peewee import DatabaseError

    from ukpbj_desktop.store.db import storage_error

    try:
        answer, genuine = _slip_answer(target, code)
    except UserError as exc:
        answer, genuine = exc.message(), False
    except (DatabaseError, OSError) as exc:  # a locked, damaged or unreadable file: say so in one line
        answer, genuine = storage_error(exc).message(), False
    print(answer)
    return 0 if genuine else 1


def _slip_answer(target: str | None, code: str) -> tuple[str, bool]:
    from ukpbj_desktop.formatting import format_datetime, group_nip
    from ukpbj_desktop.slips import find_slip
    from ukpbj_desktop.store.bootstrap import open_store

    open_store(target, create=False)
    info = find_slip(code)
    if info is None:
        return "Kode tidak dikenal: kantor ini tidak pernah mencetak slip dengan kode ini; slip mungkin palsu.", False
    whose = f"{info.agenda_number}, {info.name} (NIP {group_nip(info.nip)}), user ID {info.user_id or '-'}"
    if info.replaced_at is not None:
        return (f"Slip tidak berlaku lagi: {whose}; diganti cetak ulang dengan password baru pada "
                f"{format_datetime(info.replaced_at)}."), False
    return f"Slip asli dan berlaku: {whose}, dicetak {format_datetime(info.printed_at)}.", True


EXIT_USER_ERROR, EXIT_CANCELLED, EXIT_FAILED = 2, 3, 1
UNDECIDED = "undecided"  # --decision for files not accepted or rejected yet (RegisterFilter.decision "")


def _export_parser(sub: Subparsers, name: str, help_text: str, out_help: str = "berkas hasil",
                   out_required: bool = True) -> argparse.ArgumentParser:
    """A command that writes one file, with progress and cancel (also run by the GUI as a worker)."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    parser.add_argument("--db", dest="db_sub", help="berkas basis data")
    parser.add_argument("--out", required=out_required, type=Path, help=out_help)
    parser.add_argument("--worker", action="store_true",
                        help="untuk aplikasi: baris progress/done/error di stdout, batal lewat stdin")
    return parser


def _add_export_parsers(sub: Subparsers) -> None:
    from ukpbj_desktop.queries.archive import SORT_COLUMNS
    from ukpbj_desktop.workflow import DECIDED, STATES, sop

    archive = _export_parser(sub, "export-archive", "cetak Daftar Arsip (PDF) dari arsip yang disaring")
    archive.add_argument("--year", type=int, help="tahun agenda permohonan")
    archive.add_argument("--classification", help="kode klasifikasi, mis. 000.3.5")
    archive.add_argument("--box", help="nomor boks")
    archive.add_argument("--location", help="ruang simpan")
    archive.add_argument("--unplaced", action="store_true", help="hanya arsip yang lokasinya belum diisi "
                                                                 "(tanpa boks, ruang, rak, dan baris)")
    archive.add_argument("--disposition", choices=("musnah", "permanen", "dinilai kembali"), help="nasib akhir")
    archive.add_argument("--retention", choices=("active", "inactive", "either"),
                         help="retensi aktif/inaktif yang berakhir pada --retention-year")
    archive.add_argument("--retention-year", type=int, help="tahun berakhirnya retensi (bawaan: tahun ini)")
    archive.add_argument("--text", default="", help="cari nama, NIP, nomor agenda atau arsip, uraian")
    archive.add_argument("--sort", default="archived_at", choices=SORT_COLUMNS,
                         help="urutan baris (bawaan: waktu diarsipkan)")
    archive.add_argument("--descending", action="store_true", help="urutan menurun")
    archive.add_argument("--operator", help="nama pengguna petugas yang menandatangani sebagai pembuat")
    dossier = _export_parser(sub, "export-dossier", "cetak berkas lengkap satu permohonan (PDF)")
    which = dossier.add_mutually_exclusive_group(required=True)
    which.add_argument("--agenda", help="nomor agenda")
    which.add_argument("--id", type=int, help="id permohonan")
    register = _export_parser(sub, "export-register", "ekspor register permohonan (.csv atau .xlsx)")
    register.add_argument("--year", type=int, help="tahun agenda")
    register.add_argument("--state", choices=STATES, help="status permohonan")
    register.add_argument("--decision", choices=(*DECIDED, UNDECIDED),
                          help="keputusan permohonan, juga setelah diarsipkan")
    register.add_argument("--step", choices=list(sop().steps), help="kode langkah SOP yang sedang ditunggu")
    register.add_argument("--work-unit", help="satuan kerja, persis seperti tercatat")
    register.add_argument("--text", default="", help="cari nama, NIP, nomor agenda")
    _export_parser(sub, "backup", "cadangkan basis data dan semua pindaian ke satu berkas .zip",
                   "berkas .zip (bawaan: folder cadangan, bernama menurut waktu)", out_required=False)


def _options(pairs: Iterable[tuple[str, object]]) -> list[str]:
    """(option, value) pairs as command-line arguments; unset values (None, "") left out."""
    arguments: list[str] = []
    for option, value in pairs:
        if value not in (None, ""):
            arguments += [option, str(value)]
    return arguments


def archive_options(flt: ArchiveFilter) -> list[str]:
    """An ``ArchiveFilter`` as ``export-archive`` options, so the printed list is exactly what the browser shows."""
    return _options((("--text", flt.text), ("--year", flt.year), ("--classification", flt.classification),
                     ("--box", flt.box), ("--location", flt.location), ("--disposition", flt.disposition),
                     ("--retention", flt.retention), ("--retention-year", flt.retention_year))) + (
        ["--unplaced"] if flt.unplaced else [])


def archive_sort_options(column: str, descending: bool) -> list[str]:
    """The browser's sort as ``export-archive`` options, so the printed list is in the order shown."""
    return ["--sort", column, *(["--descending"] if descending else [])]


def archive_filter(args: argparse.Namespace) -> ArchiveFilter:
    """The ``ArchiveFilter`` that ``export-archive`` options (``archive_options``) describe."""
    from ukpbj_desktop.queries.archive import ArchiveFilter

    return ArchiveFilter(text=args.text, year=args.year, classification=args.classification, box=args.box,
                         location=args.location, unplaced=args.unplaced, disposition=args.disposition,
                         retention=args.retention, retention_year=args.retention_year)


def register_options(flt: RegisterFilter) -> list[str]:
    """A ``RegisterFilter`` as ``export-register`` options, so the export is exactly what the register shows."""
    decision = UNDECIDED if flt.decision == "" else flt.decision
    return _options((("--text", flt.text.strip()), ("--year", flt.year), ("--state", flt.state),
                     ("--decision", decision), ("--step", flt.step), ("--work-unit", flt.work_unit)))


def register_filter(args: argparse.Namespace) -> RegisterFilter:
    """The ``RegisterFilter`` that ``export-register`` options (``register_options``) describe."""
    from ukpbj_desktop.queries.register import RegisterFilter

    decision = "" if args.decision == UNDECIDED else args.decision
    return RegisterFilter(text=args.text, state=args.state, decision=decision, step=args.step, year=args.year,
                          work_unit=args.work_unit)


def _operator(username: str | None) -> Operator | None:
    from ukpbj_desktop.store.models import Operator

    if username is None:
        return None
    found = Operator.get_or_none(Operator.username == username)
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Petugas {name} tidak dikenal."), field="operator",
                              name=username)
    return found


def _export_archive(args: argparse.Namespace, progress: Progress, cancelled: IsCancelled) -> int:
    from ukpbj_desktop.documents.exports import export_archive_list

    return export_archive_list(archive_filter(args), args.out, progress, cancelled,
                               (args.sort, args.descending), _operator(args.operator))


def _application_id(agenda: str) -> int:
    from ukpbj_desktop.store.models import Application

    found = Application.get_or_none(Application.agenda_number == agenda.strip())
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Nomor agenda {number} tidak ditemukan."),
                              field="agenda", number=agenda)
    return found.id


def _export_dossier(args: argparse.Namespace, progress: Progress, cancelled: IsCancelled) -> int:
    from ukpbj_desktop.documents.exports import export_dossier

    export_dossier(args.id if args.id is not None else _application_id(args.agenda), args.out)
    return 1


def _export_register(args: argparse.Namespace, progress: Progress, cancelled: IsCancelled) -> int:
    from ukpbj_desktop.documents.exports import export_register

    return export_register(register_filter(args), args.out, progress, cancelled)


def _backup(args: argparse.Namespace, progress: Progress, cancelled: IsCancelled) -> int:
    from ukpbj_desktop.store.backup import default_path, make_backup

    args.out = args.out or default_path()
    make_backup(args.out, progress, cancelled)
    return 1


_EXPORTS = {"export-archive": _export_archive, "export-dossier": _export_dossier,
            "export-register": _export_register, "backup": _backup}


def _emit(line: str) -> None:
    """One protocol line for the GUI, flushed at once: it reads them as they come."""
    print(line, flush=True)


def _watch_stdin(stop: threading.Event) -> None:
    """Worker mode: the GUI cancels with a ``cancel`` line, or by closing our stdin (it went away).

    ``os.read`` rather than ``sys.stdin``: a daemon thread blocked inside the buffered reader
    can abort the interpreter's shutdown.
    """
    def watch() -> None:
        pending = b""
        try:
            while chunk := os.read(fd, 256):
                *lines, pending = (pending + chunk).split(b"\n")
                if any(line.strip() == b"cancel" for line in lines):
                    break
        except OSError:
            pass
        stop.set()

    fd = sys.stdin.fileno()
    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


def _worker_progress(stop: threading.Event) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        try:
            _emit(f"progress {done} {total}")
        except OSError:  # nobody reads our output any more: stop as if cancelled
            stop.set()
    return progress


class _TerminalProgress:
    """A percentage on stderr, rewritten in place; printed only when it changes."""

    def __init__(self) -> None:
        self.shown: int | None = None

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != self.shown:
            self.shown = percent
            print(f"\r{percent}%", end="", file=sys.stderr, flush=True)


def _worker_error(exc: UserError) -> None:
    _emit("error " + json.dumps({"context": exc.context, "text": exc.text, "params": exc.params},
                                ensure_ascii=False, default=str))


def _export(args: argparse.Namespace, target: str | None) -> int:
    """Run an export command: 0 written, 2 the user's error, 3 cancelled (stdin, or Ctrl+C)."""
    from ukpbj_desktop.documents.export_files import Cancelled
    from ukpbj_desktop.store.bootstrap import open_store

    stop = threading.Event()
    if args.worker:
        _watch_stdin(stop)
    try:
        open_store(target, create=False)
        count = _EXPORTS[args.command](args, _worker_progress(stop) if args.worker else _TerminalProgress(),
                                       stop.is_set)
    except (Cancelled, KeyboardInterrupt):
        if not args.worker:
            print("\nDibatalkan; tidak ada berkas yang ditulis.", file=sys.stderr)
        return EXIT_CANCELLED
    except UserError as exc:
        if not args.worker:
            raise
        _worker_error(exc)
        return EXIT_USER_ERROR
    except Exception:
        if not args.worker:
            raise
        from ukpbj_desktop.config import log_dir
        from ukpbj_desktop.logs import setup_logging

        setup_logging().exception("%s failed", args.command)
        _worker_error(UserError(QT_TRANSLATE_NOOP("Errors", "Ekspor gagal karena kesalahan yang tidak terduga. "
                                                            "Rinciannya tercatat di {log}."),
                                log=str(log_dir() / "ukpbj.log")))
        return EXIT_FAILED
    if args.worker:
        _emit(f"done {count}")
    else:
        print(f"\nSelesai: {args.out} ({count} entri)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    target = getattr(args, "db_sub", None) or args.db
    try:
        if args.command == "demo":
            return _demo(target, args.requests, args.seed)
        if args.command == "check":
            return _check(target)
        if args.command == "verify-slip":
            return _verify_slip(target, args.code)
        if args.command == "verify-backup":
            return _verify_backup(args.backup)
        if args.command == "restore":
            return _restore(target, args.backup, args.yes)
        if args.command == "self-test":
            from ukpbj_desktop.self_test import run

            return run(sys.stdout)
        if args.command in _EXPORTS:
            return _export(args, target)
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    from ukpbj_desktop.app import run_gui

    return run_gui(target, args.lang)
