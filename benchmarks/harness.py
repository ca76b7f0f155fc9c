"""What every benchmark shares: the child processes' environment, and figures of several runs.

A figure is a list of samples summarised as median, min and max. Children run with their own
data and settings folders (a benchmark never touches the user's), and on Qt's offscreen
platform when there is no display.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCHMARKS = REPO / "benchmarks"
PYCACHE = REPO / ".bench-cache" / "pycache"
SCRATCH_ENV = "UKPBJ_BENCH_SCRATCH"
# The data and settings folders of the children: one per benchmark run, handed down to them.
SCRATCH = Path(os.environ.get(SCRATCH_ENV) or tempfile.mkdtemp(prefix="ukpbj-bench-"))


@dataclass
class Figure:
    """One line of the table: what was measured, on which database, and its samples."""

    name: str
    database: str
    unit: str
    samples: list[float] = field(default_factory=list)
    note: str = ""
    summary: tuple[float, float, float] | None = None  # (median, min, max) when not plain sample statistics

    @property
    def runs(self) -> int:
        return len(self.samples)

    def stats(self) -> tuple[float, float, float]:
        if self.summary is not None:
            return self.summary
        return statistics.median(self.samples), min(self.samples), max(self.samples)

    def as_json(self) -> dict:
        median, low, high = self.stats()
        return {"figure": self.name, "database": self.database, "unit": self.unit, "runs": self.runs,
                "median": median, "min": low, "max": high, "samples": self.samples, "note": self.note}


def child_env() -> dict[str, str]:
    """The environment of every child: scratch data and settings folders, offscreen without a display."""
    env = dict(os.environ)
    env[SCRATCH_ENV] = str(SCRATCH)
    env["UKPBJ_DATA_DIR"] = str(SCRATCH / "data")
    env["XDG_CONFIG_HOME"] = str(SCRATCH / "config")  # QSettings: no window layout of the user's
    env.pop("UKPBJ_DB", None)
    # An installed app starts from compiled bytecode (pip and the bundle both ship it); without
    # this, a shell that forbids writing it would have every start compile the app's modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_python(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``python ARGS`` in the checkout, as a child; its stdout is returned as text."""
    return subprocess.run([sys.executable, *args], cwd=REPO, env=child_env(), capture_output=True, text=True,
                          check=check)


def app_command(*args: str) -> list[str]:
    """The command line of ``python -m ukpbj_desktop ARGS``: the app's own headless commands."""
    return ["-m", "ukpbj_desktop", *args]


def results(completed: subprocess.CompletedProcess) -> dict:
    """The JSON a child printed as its last line ``RESULT {...}``."""
    line = next(line for line in reversed(completed.stdout.splitlines()) if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def timed(action: Callable[[], object], runs: int, warm_up: bool = True) -> list[float]:
    """Milliseconds of ``action()`` over ``runs`` runs, after one untimed run when ``warm_up``."""
    if warm_up:
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples
