"""Demo databases kept between benchmark runs, in ``.bench-cache/`` of the checkout (git-ignored).

A cached file is reused only while it can stand for a fresh one: its sidecar records the
fingerprint of everything that shapes the file (the demo generator, the models, the
migrations, the reference data it draws on) and the application count. When any of them
changed, or the file no longer opens, it is generated again with the app's own ``demo``
command, and the generation time is recorded beside it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from harness import REPO, app_command, run_python

CACHE = REPO / ".bench-cache"
SIZES = (1_000, 10_000, 100_000)  # applications
SHAPES_THE_FILE = ("ukpbj_desktop/demo.py", "ukpbj_desktop/store/models.py", "ukpbj_desktop/store/migrations/*.py",
                   "resources/sop.json", "resources/work_units.json", "resources/classification.json",
                   "resources/certificates.json", "resources/documents.json")


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    applications: int
    generation_s: float
    built_at: str
    built_now: bool

    @property
    def label(self) -> str:
        return f"{self.applications:,}"


def fingerprint() -> str:
    digest = hashlib.sha256()
    for pattern in SHAPES_THE_FILE:
        for path in sorted(REPO.glob(pattern)):
            digest.update(path.relative_to(REPO).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _applications(path: Path) -> int | None:
    """How many applications the file holds, or None when it is not a readable database."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM application").fetchone()[0]
    except sqlite3.Error:
        return None


def _remove(path: Path) -> None:
    """The file with its WAL, shared memory and any pre-migration copies beside it."""
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()


def ensure(applications: int, progress=print) -> DemoDatabase:
    """The cached demo database of ``applications`` applications, generated when it cannot be reused."""
    path = CACHE / f"demo-{applications}.sqlite3"
    sidecar = path.with_suffix(".json")
    wanted = fingerprint()
    record = json.loads(sidecar.read_text()) if sidecar.exists() else {}
    if record.get("fingerprint") == wanted and _applications(path) == applications:
        return DemoDatabase(path, applications, record["generation_s"], record["built_at"], built_now=False)
    progress(f"generating the demo database of {applications:,} applications ...")
    CACHE.mkdir(exist_ok=True)
    sidecar.unlink(missing_ok=True)
    _remove(path)
    started = time.perf_counter()
    run_python(*app_command("demo", "--db", str(path), "--requests", str(applications)))
    seconds = time.perf_counter() - started
    if _applications(path) != applications:
        raise SystemExit(f"the demo command did not write {applications} applications to {path}")
    record = {"fingerprint": wanted, "applications": applications, "generation_s": seconds,
              "built_at": f"{dt.datetime.now():%Y-%m-%d %H:%M}"}
    sidecar.write_text(json.dumps(record, indent=1))
    return DemoDatabase(path, applications, seconds, record["built_at"], built_now=True)
