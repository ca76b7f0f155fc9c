"""Command line: start the window, or run the services without one (demo data, checks)."""
from __future__ import annotations

import argparse
import sys
import time

from .errors import UserError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ukpbj-desktop", description="UKPBJ Desktop: akun PPK SPSE sesuai SOP")
    parser.add_argument("--db", help="berkas SQLite atau URL postgresql:// (bawaan: folder data pengguna)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="isi basis data dengan permohonan contoh")
    demo.add_argument("--db", dest="db_sub", help="berkas basis data")
    demo.add_argument("--requests", type=int, default=1000, help="jumlah permohonan (bawaan 1000)")
    demo.add_argument("--seed", type=int, default=2026)
    check = sub.add_parser("check", help="periksa keutuhan basis data dan jejak audit")
    check.add_argument("--db", dest="db_sub")
    return parser


def _demo(target: str | None, requests: int, seed: int) -> int:
    from . import demo
    from .bootstrap import open_store

    open_store(target)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} permohonan", end="", file=sys.stderr, flush=True)

    count = demo.generate(requests, seed=seed, progress=progress)
    print(f"\n{count} permohonan dibuat dalam {time.perf_counter() - started:.1f} detik", file=sys.stderr)
    return 0


def _check(target: str | None) -> int:
    from .audit import verify_chain
    from .bootstrap import open_store
    from .db import database, is_sqlite

    open_store(target)
    if is_sqlite():
        result = database.execute_sql("PRAGMA integrity_check").fetchone()[0]
        print(f"integrity_check: {result}")
        if result != "ok":
            return 1
    broken = verify_chain()
    print("jejak audit: utuh" if broken is None else f"jejak audit: rusak mulai peristiwa #{broken}")
    return 0 if broken is None else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    target = getattr(args, "db_sub", None) or args.db
    try:
        if args.command == "demo":
            return _demo(target, args.requests, args.seed)
        if args.command == "check":
            return _check(target)
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    from .app import run_gui

    return run_gui(target, args.lang)
